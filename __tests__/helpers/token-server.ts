/**
 * A scriptable token endpoint on 127.0.0.1 for tests: records every request and answers
 * with what the test's responder says (JSON, raw text, a hang or a reset).
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Reply =
  | { status?: number; headers?: Record<string, string>; json?: unknown; text?: string; raw?: Buffer }
  /** Accept the request and never answer. */
  | 'hang'
  /** Destroy the connection without an answer. */
  | 'reset'
  /** Answer by hand: trickle bytes, cut a body short, send malformed HTTP. */
  | { handle: (res: http.ServerResponse) => void };

export type Responder = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface TokenServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `origin` + `/token` */
  tokenUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Parses a recorded form body. */
export function formOf(request: RecordedRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.body));
}

export interface TokenServerOptions {
  /** Serve HTTPS with this PEM key and certificate (see tls.ts). */
  tls?: { key: string; cert: string };
}

/** Starts a server that answers each request with `responder` (or the next reply of a list, the last repeating). */
export async function startTokenServer(responder: Responder | Reply[], options: TokenServerOptions = {}): Promise<TokenServer> {
  const respond: Responder = Array.isArray(responder) ? (_, index) => responder[Math.min(index, responder.length - 1)]! : responder;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const handler: http.RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      const index = requests.push(recorded) - 1;
      const reply = await respond(recorded, index);
      if (reply === 'hang') return;
      if (reply === 'reset') {
        req.socket.destroy();
        return;
      }
      if ('handle' in reply) {
        reply.handle(res);
        return;
      }
      const headers = { ...(reply.json !== undefined ? { 'content-type': 'application/json' } : {}), ...reply.headers };
      res.writeHead(reply.status ?? 200, headers);
      res.end(reply.raw ?? (reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? '')));
    });
  };
  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    tokenUrl: `${origin}/token`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}

/** A well-formed RFC 6749 §5.1 answer. */
export function tokenReply(fields: Record<string, unknown> = {}): Reply {
  return { json: { access_token: 'at-0123456789abcdef', token_type: 'Bearer', expires_in: 3600, ...fields } };
}
