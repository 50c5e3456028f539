#!/usr/bin/env node
/**
 * A loopback OAuth 2.0 server for CI self-tests (the GitLab component's own pipeline):
 * `node scripts/gitlab-test-server.mjs PORT` listens on 127.0.0.1:PORT and serves
 *
 * - POST /token: client_credentials with HTTP Basic client authentication (RFC 6749
 *   §2.3.1) by $OAUTH_CLIENT_ID / $OAUTH_CLIENT_SECRET; issues a fresh random token;
 * - POST /revoke: RFC 7009, same client authentication; 200;
 * - GET /api: 200 for a bearer token it issued and has not revoked, else 401.
 *
 * It prints one line per request (method, path, status: never a token or secret), and
 * exits once every token it issued is revoked, or after 10 minutes: a background server
 * of a CI job never outlives it for long.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';

const port = Number(process.argv[2] ?? 8765);
const expectedBasic = `Basic ${Buffer.from(`${encodeURIComponent(process.env.OAUTH_CLIENT_ID ?? '')}:${encodeURIComponent(process.env.OAUTH_CLIENT_SECRET ?? '')}`).toString('base64')}`;
const live = new Set();
const LIFETIME_MS = 10 * 60 * 1000;

function answer(request, body) {
  const form = new URLSearchParams(body);
  const clientOk = request.headers.authorization === expectedBasic;
  if (request.method === 'POST' && request.url === '/token') {
    if (!clientOk) return [401, { error: 'invalid_client' }];
    if (form.get('grant_type') !== 'client_credentials') return [400, { error: 'unsupported_grant_type' }];
    const token = `loopback-${randomBytes(16).toString('hex')}`;
    live.add(token);
    return [200, { access_token: token, token_type: 'Bearer', expires_in: 300, scope: form.get('scope') ?? undefined }];
  }
  if (request.method === 'POST' && request.url === '/revoke') {
    if (!clientOk) return [401, { error: 'invalid_client' }];
    live.delete(form.get('token'));
    return [200, {}];
  }
  if (request.method === 'GET' && request.url === '/api') {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    return live.has(bearer) ? [200, { ok: true }] : [401, { error: 'invalid_token' }];
  }
  return [404, { error: 'not_found' }];
}

const server = http
  .createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const [status, json] = answer(request, body);
      console.log(`gitlab-test-server: ${request.method} ${request.url} -> ${status}`);
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(json));
      if (request.url === '/revoke' && status === 200 && live.size === 0) response.on('finish', () => server.close().closeIdleConnections());
    });
  })
  .listen(port, '127.0.0.1', () => console.log(`gitlab-test-server: listening on http://127.0.0.1:${port} (pid ${process.pid})`));
setTimeout(() => server.close(), LIFETIME_MS).unref();
