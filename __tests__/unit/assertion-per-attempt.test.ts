/**
 * A retried request signs its assertion anew (RFC 7523 §3): a fresh `jti` and lifetime
 * for each attempt, as a server refuses a `jti` it has seen (and one that answered 503
 * may have seen it). Client assertions and a jwt_bearer grant assertion alike; each one
 * is a secret before it is sent.
 */
import { afterEach, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { getToken } from '../../src/index.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';

const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const jtiOf = (jwt: string) => (JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as { jti: string }).jti;

test.each([
  ['private_key_jwt', { clientId: 'pk-client', privateKey: pem }, 'client_assertion'],
  ['client_secret_jwt', { clientId: 'hs-client', clientSecret: 'hs-secret-0123456789-0123456789-01', clientAuth: 'client_secret_jwt' }, 'client_assertion'],
  ['a jwt_bearer grant assertion', { clientId: 'bearer-client', privateKey: pem, grantType: 'jwt_bearer' }, 'assertion']
])('%s: each attempt carries a new assertion, each reported as a secret', async (_, options, param) => {
  server = await startTokenServer([{ status: 503, text: 'busy' }, { status: 503, text: 'busy' }, { json: { access_token: 'at-per-attempt', token_type: 'Bearer' } }]);
  const secrets: string[] = [];
  await getToken({ tokenUrl: server.tokenUrl, retries: 2, ...options }, { onSecret: (value) => secrets.push(value), sleep: async () => undefined });
  const assertions = server.requests.map((request) => formOf(request)[param]!);
  expect(assertions).toHaveLength(3);
  expect(new Set(assertions.map(jtiOf)).size).toBe(3);
  for (const assertion of assertions) expect(secrets).toContain(assertion);
});
