/**
 * A local stand-in for the GitHub Actions OIDC endpoint: what the runner exposes to a
 * job with `permissions: id-token: write` as ACTIONS_ID_TOKEN_REQUEST_URL (with
 * `?api-version=2.0`, to which `@actions/core` appends `&audience=...`) and
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN. It answers `{"value": "<JWT>"}` with an RS256 ID
 * token for the audience asked, only with `Authorization: Bearer <request token>`.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface IssuedIdToken {
  audience: string;
  jwt: string;
}

export interface GitHubOidc {
  /** The environment a runner gives a job with `id-token: write`. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** Every ID token issued, in order. */
  issued: IssuedIdToken[];
  /** Requests refused for a missing or wrong bearer token. */
  refused: number;
  /** The issuer's public key, to verify what it issued. */
  publicKey: KeyObject;
  close(): Promise<void>;
}

/** An obviously fake request token. */
export const FAKE_REQUEST_TOKEN = 'fake-actions-id-token-request-token-0123456789';

/** The claims GitHub puts in a job's ID token, for a push to main of my-org/my-repo. */
function claimsFor(issuer: string, audience: string, now: number): Record<string, unknown> {
  return {
    iss: issuer,
    aud: audience,
    sub: 'repo:my-org/my-repo:ref:refs/heads/main',
    repository: 'my-org/my-repo',
    ref: 'refs/heads/main',
    event_name: 'push',
    jti: `${now}-${Math.random().toString(36).slice(2)}`,
    iat: now,
    nbf: now - 5,
    exp: now + 300
  };
}

/** A compact RS256 JWS of `claims`, signed with `privateKey`. */
export function rs256(claims: Record<string, unknown>, privateKey: KeyObject, kid = 'github-oidc-test'): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode({ typ: 'JWT', alg: 'RS256', kid })}.${encode(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

/** Starts the endpoint on 127.0.0.1. */
export async function startGitHubOidc(): Promise<GitHubOidc> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const state = { issued: [] as IssuedIdToken[], refused: 0 };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const audience = url.searchParams.get('audience');
    if (req.headers.authorization !== `Bearer ${FAKE_REQUEST_TOKEN}`) {
      state.refused++;
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Bad credentials' }));
      return;
    }
    if (req.method !== 'GET' || url.pathname !== '/_apis/idtoken' || url.searchParams.get('api-version') !== '2.0' || !audience) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Bad request' }));
      return;
    }
    const jwt = rs256(claimsFor(origin, audience, Math.floor(Date.now() / 1000)), privateKey);
    state.issued.push({ audience, jwt });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: jwt }));
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${origin}/_apis/idtoken?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: FAKE_REQUEST_TOKEN },
    get issued() {
      return state.issued;
    },
    get refused() {
      return state.refused;
    },
    publicKey,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}
