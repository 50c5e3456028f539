/**
 * HTTP CONNECT tunnels through a proxy (RFC 9110 §9.3.6), as `node:http` / `node:https`
 * agents. Loaded only for a URL that goes through a proxy. Three things a token step
 * needs that a general-purpose tunnel does not give:
 *
 * - the CONNECT has its own deadline (the attempt's `timeout-seconds`), so a proxy that
 *   accepts the connection and never answers cannot hold the run;
 * - an `https://` proxy is verified as itself: its certificate must be valid for the
 *   proxy's own name (Node would otherwise take the name to check from the CONNECT's
 *   Host header, which is the token endpoint's);
 * - `destroy()` ends every tunnel, open or still opening, so closing the HTTP session
 *   leaves nothing that keeps the process alive.
 */
import type * as http from 'node:http';
import { isIP, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
// node:http and node:https as ./http.js loads them (CommonJS objects: an ESM import of node:http loads Node's undici).
import { httpModule, httpsModule, TUNNEL_FAILED, TUNNEL_REFUSED, TUNNEL_TIMED_OUT, type ProxySetting } from './http.js';

/** What a request tells the tunnelling agent: the deadline of its CONNECT. */
export interface TunnelRequestOptions {
  tunnelTimeoutMs?: number;
}

/** Without a deadline of the request's own, a CONNECT still ends: at the default `timeout-seconds`. */
const DEFAULT_TUNNEL_TIMEOUT_MS = 30_000;

type ConnectionCallback = (error: Error | null, socket: Duplex) => void;

/**
 * A keep-alive agent for `targetProtocol` URLs whose every connection is a tunnel
 * through `proxy`; for an https:// target, TLS to the target runs inside the tunnel.
 */
export function createTunnelAgent(targetProtocol: 'http:' | 'https:', proxy: ProxySetting): http.Agent {
  const agent = targetProtocol === 'https:' ? new (httpsModule().Agent)({ keepAlive: true }) : new (httpModule().Agent)({ keepAlive: true });
  const live = new Set<{ destroy(): void }>();
  // https.Agent's own connection is TLS over the socket it is given.
  const overTunnel = targetProtocol === 'https:' ? (agent.createConnection.bind(agent) as (options: object) => Duplex) : undefined;
  agent.createConnection = (options: http.ClientRequestArgs & TunnelRequestOptions, callback?: ConnectionCallback) => {
    const host = options.host ?? 'localhost';
    // RFC 9110 §9.3.6: the authority form, an IPv6 address in brackets.
    const target = `${isIP(host) === 6 ? `[${host}]` : host}:${options.port ?? (targetProtocol === 'https:' ? 443 : 80)}`;
    openTunnel(proxy, target, options.tunnelTimeoutMs ?? DEFAULT_TUNNEL_TIMEOUT_MS, live).then(
      (socket) => callback?.(null, overTunnel ? overTunnel({ ...options, socket }) : socket),
      (error: Error) => callback?.(error, undefined as unknown as Duplex)
    );
    return undefined;
  };
  const destroyPool = agent.destroy.bind(agent);
  agent.destroy = () => {
    for (const open of live) open.destroy();
    destroyPool();
  };
  return agent;
}

/**
 * The bytes of a percent-encoded part of the proxy URL, as curl decodes it: each valid
 * `%XX` is its byte, anything else is taken as written (`pa%zz` stays `pa%zz`, a Latin-1
 * `caf%E9` is the byte E9). `URL` gives the part in ASCII, so the rest maps byte for byte.
 */
function percentDecoded(part: string): Buffer {
  return Buffer.from(
    part.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1'
  );
}

/** Sends `CONNECT target` to the proxy; resolves with the tunnel's socket once the proxy answers 200. */
function openTunnel({ url, variable }: ProxySetting, target: string, timeoutMs: number, live: Set<{ destroy(): void }>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const secureProxy = url.protocol === 'https:';
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const headers: http.OutgoingHttpHeaders = { host: target };
    if (url.username || url.password) {
      headers['proxy-authorization'] = `Basic ${Buffer.concat([percentDecoded(url.username), Buffer.from(':'), percentDecoded(url.password)]).toString('base64')}`;
    }
    const connect = (secureProxy ? httpsModule() : httpModule()).request({
      host,
      port: url.port || (secureProxy ? 443 : 80),
      method: 'CONNECT',
      path: target,
      headers,
      agent: false,
      // The proxy's own name (none for an IP address, which is checked as such): never the Host header's.
      ...(secureProxy ? { servername: isIP(host) ? '' : host } : {})
    });
    const failed = (reason: string, cause?: Error, code = TUNNEL_FAILED) => {
      clearTimeout(deadline);
      live.delete(pending);
      connect.destroy();
      reject(Object.assign(new Error(`the proxy (${variable}) ${reason}`, { cause }), { code }));
    };
    const pending = { destroy: () => failed('was left: the HTTP session closed') };
    live.add(pending);
    const deadline = setTimeout(() => failed('did not answer CONNECT', undefined, TUNNEL_TIMED_OUT), timeoutMs);
    connect.once('connect', (response: http.IncomingMessage, socket: Socket, head: Buffer) => {
      clearTimeout(deadline);
      live.delete(pending);
      const status = response.statusCode ?? 0;
      if (status !== 200 || head.length > 0) {
        socket.destroy();
        // A refusal for the job to fix (407: its credentials; 403: its policy) is not asked again, as a token endpoint's 4xx is not.
        const refused = status >= 400 && status < 500 && status !== 408 && status !== 429;
        if (status === 200) failed('answered CONNECT with 200 and then bytes of its own, before the tunnel was used');
        else if (status === 407) failed('asks for credentials it was not given or refused (HTTP 407): check the user and password in it', undefined, TUNNEL_REFUSED);
        else if (status === 403)
          failed('refused the tunnel (HTTP 403), by its policy: allow this host in the proxy, or add it to no_proxy if it is to be reached directly', undefined, TUNNEL_REFUSED);
        else failed(`did not open a tunnel (statusCode=${status})`, undefined, refused ? TUNNEL_REFUSED : TUNNEL_FAILED);
        return;
      }
      live.add(socket);
      socket.once('close', () => live.delete(socket));
      resolve(socket);
    });
    connect.once('error', (error: NodeJS.ErrnoException) => {
      const certificate = secureProxy && /CERT|SIGNATURE|SELF_SIGNED/.test(error.code ?? '');
      failed(certificate ? `${url.host} failed TLS verification as itself (${error.code})` : `did not open a tunnel (cause=${error.message})`, error);
    });
    connect.end();
  });
}
