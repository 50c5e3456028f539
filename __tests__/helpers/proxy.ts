/**
 * A small HTTP proxy on 127.0.0.1 for proxy tests: it answers `CONNECT host:port` by
 * opening a tunnel to one fixed local port whatever host was asked (so a token URL like
 * `https://auth.test/token` needs no DNS), and forwards absolute-URI requests
 * (`http_proxy` style) to that port too. It records what it was asked. It can also
 * accept a CONNECT and never answer it (a hung proxy), and serve over TLS (an https://
 * proxy) with a certificate of the test's choosing.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ProxyVisit {
  /** `CONNECT` or the forwarded method. */
  method: string;
  /** `host:port` for CONNECT, the absolute URI otherwise. */
  target: string;
  /** The Proxy-Authorization header, if any. */
  proxyAuthorization?: string;
}

export interface TestProxy {
  /** `http://127.0.0.1:PORT` (`https://` with `tls`) */
  url: string;
  visits: ProxyVisit[];
  close(): Promise<void>;
}

export interface ProxyOptions {
  /** The local port every tunnel and forwarded request goes to. */
  targetPort: number;
  /** Refuse every CONNECT with this status (a proxy that says no). */
  refuseWith?: number;
  /** Accept every CONNECT and never answer it. */
  hang?: boolean;
  /** Serve over TLS with this key and certificate (an https:// proxy). */
  tls?: { key: string; cert: string };
}

export async function startProxy({ targetPort, refuseWith, hang, tls }: ProxyOptions): Promise<TestProxy> {
  const visits: ProxyVisit[] = [];
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const record = (req: http.IncomingMessage) => visits.push({ method: req.method ?? '', target: req.url ?? '', proxyAuthorization: req.headers['proxy-authorization'] });

  const handler: http.RequestListener = (req, res) => {
    record(req);
    const forwarded = http.request({ host: '127.0.0.1', port: targetPort, method: req.method, path: new URL(req.url ?? '/').pathname, headers: req.headers });
    forwarded.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  server.on(tls ? 'secureConnection' : 'connection', track);
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    record(req);
    track(client);
    if (hang) return;
    if (refuseWith) {
      client.end(`HTTP/1.1 ${refuseWith} ${http.STATUS_CODES[refuseWith] ?? 'Refused'}\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    visits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}
