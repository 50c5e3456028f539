/**
 * Loopback authorization servers that each insist on one behaviour where real servers
 * disagree: how Basic credentials are encoded, which `aud` a client assertion has, what
 * a JWT bearer grant's assertion holds. Each refuses anything else as a real one would.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { verifyJwt, type DecodedJwt } from '../helpers/jwt-verify.js';
import { formOf, startTokenServer, tokenReply, type RecordedRequest, type Reply, type TokenServer } from '../helpers/token-server.js';

/** Credentials with every character the two Basic encodings treat differently. */
/** RFC 7617 §2: a raw user-id cannot hold ":"; the secret can. */
export const AWKWARD_ID = 'ci client+1/%';
export const AWKWARD_SECRET = 'fake s3cret/with%:+chars';

export const ACCESS_TOKEN = 'at-interop-0123456789abcdef';

/** An RSA key pair whose private half signs assertions in tests. */
export interface TestKey {
  pem: string;
  publicKey: KeyObject;
}

export function rsaKey(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey };
}

const invalidClient: Reply = { status: 401, json: { error: 'invalid_client', error_description: 'Client authentication failed' } };

/** The id and secret of a Basic header as sent, without any decoding of the two. */
export function basicParts(request: RecordedRequest): [string, string] | undefined {
  const match = /^Basic (.+)$/.exec(request.headers.authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

/**
 * A token endpoint that reads Basic credentials one way only: `raw` compares them as
 * sent (Authlib 1.2, Glewlwyd 2.7), `form-urlencoded` decodes them first (RFC 6749 §2.3.1).
 */
export function startBasicServer(encoding: 'raw' | 'form-urlencoded'): Promise<TokenServer> {
  const decode = encoding === 'raw' ? (value: string) => value : (value: string) => decodeURIComponent(value.replace(/\+/g, ' '));
  return startTokenServer((request) => {
    const parts = basicParts(request);
    if (!parts) return invalidClient;
    try {
      return decode(parts[0]) === AWKWARD_ID && decode(parts[1]) === AWKWARD_SECRET ? tokenReply({ access_token: ACCESS_TOKEN }) : invalidClient;
    } catch {
      return invalidClient;
    }
  });
}

/** A verified assertion, or why it was refused. */
export function verifiedAssertion(jwt: string | undefined, key: KeyObject): DecodedJwt | undefined {
  if (!jwt) return undefined;
  try {
    return verifyJwt(jwt, key);
  } catch {
    return undefined;
  }
}

/**
 * Token (`/token`) and revocation (`/revoke`) endpoints that accept a `private_key_jwt`
 * client assertion only with a valid signature and exactly `audienceFor(path)` as `aud`.
 */
export function startAudienceServer(key: KeyObject, audienceFor: (path: string, origin: string) => string): Promise<TokenServer> {
  let origin = '';
  const server = startTokenServer((request) => {
    const assertion = verifiedAssertion(formOf(request).client_assertion, key);
    if (!assertion || assertion.claims.aud !== audienceFor(request.url, origin)) return invalidClient;
    return request.url === '/revoke' ? { status: 200, text: '' } : tokenReply({ access_token: ACCESS_TOKEN });
  });
  return server.then((started) => {
    origin = started.origin;
    return started;
  });
}
