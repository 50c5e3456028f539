/**
 * End to end against oidc-provider: clients registered for private_key_jwt (their JWKS
 * is the public key, exported with KeyObject.export({ format: 'jwk' })) and for
 * client_secret_jwt get tokens with the assertions we sign (RFC 7523 §2.2; OpenID
 * Connect Core §9). The provider checks alg, kid, signature, iss, sub, aud, exp and
 * that each jti is used once.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { ClientMetadata } from 'oidc-provider';
import type { SigningAlgorithm } from '../../src/core/types.js';
import { getToken, TokenRequestError } from '../../src/index.js';
import { RESOURCE_SCOPE, startOidcServer, type OidcServer } from '../helpers/oidc-server.js';
import { maskedValues, runAction, type ActionRun } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pemOf = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'pem' }).toString();
const clientSecret = 'fake-client-secret-jwt-secret-0123456789abcdef';

/** A client that may only use client_credentials and authenticates with a JWT signed by `alg`. */
function jwtClient(clientId: string, alg: SigningAlgorithm, publicKey?: KeyObject, kid?: string): ClientMetadata {
  const common = { client_id: clientId, grant_types: ['client_credentials'], redirect_uris: [], response_types: [], scope: RESOURCE_SCOPE };
  if (!publicKey) return { ...common, client_secret: clientSecret, token_endpoint_auth_method: 'client_secret_jwt', token_endpoint_auth_signing_alg: alg };
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg };
  return { ...common, token_endpoint_auth_method: 'private_key_jwt', token_endpoint_auth_signing_alg: alg, jwks: { keys: [jwk] } };
}

const cases = [
  { clientId: 'ci-rs256', alg: 'RS256' as const, key: rsa, signingAlgorithm: undefined },
  { clientId: 'ci-ps256', alg: 'PS256' as const, key: rsa, signingAlgorithm: 'PS256' },
  { clientId: 'ci-es256', alg: 'ES256' as const, key: p256, signingAlgorithm: undefined }
];

let server: OidcServer;
let tokenUrl: string;

/**
 * oidc-provider copies static clients with `structuredClone` and then checks each JWK
 * with `value.constructor === Object`. Under Jest, `structuredClone` comes from outside
 * the test's VM realm, so every JWK would fail that check ("client JSON Web Key Set is
 * invalid"); a realm-local copy while the provider starts avoids it.
 */
async function withRealmLocalClone<T>(start: () => Promise<T>): Promise<T> {
  const outer = globalThis.structuredClone;
  globalThis.structuredClone = ((value: unknown) => JSON.parse(JSON.stringify(value)) as unknown) as typeof structuredClone;
  try {
    return await start();
  } finally {
    globalThis.structuredClone = outer;
  }
}

beforeAll(async () => {
  server = await withRealmLocalClone(() =>
    startOidcServer([...cases.map(({ clientId, alg, key }) => jwtClient(clientId, alg, key.publicKey, `${clientId}-key`)), jwtClient('ci-hs256', 'HS256')])
  );
  tokenUrl = `${server.issuer}/token`;
});
afterAll(() => server.close());

/** The provider's own record of a client-credentials token: who it was issued to. */
async function issuedTo(accessToken: string): Promise<string | undefined> {
  return (await server.provider.ClientCredentials.find(accessToken))?.clientId;
}

describe.each(cases)('private_key_jwt $alg', ({ clientId, key, signingAlgorithm }) => {
  test('the provider accepts the assertion and issues a token to the client', async () => {
    const token = await getToken({ tokenUrl, clientId, privateKey: pemOf(key.privateKey), privateKeyId: `${clientId}-key`, signingAlgorithm, scope: RESOURCE_SCOPE, retries: 0 });
    expect(token).toMatchObject({ tokenType: 'Bearer', expiresIn: 600, scope: RESOURCE_SCOPE });
    expect(await issuedTo(token.accessToken)).toBe(clientId);
  });

  test('a second request signs a new assertion (the provider refuses a reused jti)', async () => {
    const options = { tokenUrl, clientId, privateKey: pemOf(key.privateKey), signingAlgorithm, retries: 0 };
    const [first, second] = [await getToken(options), await getToken(options)];
    expect(first.accessToken).not.toBe(second.accessToken);
  });
});

describe('client_secret_jwt HS256', () => {
  test('the provider accepts the assertion signed with the client secret', async () => {
    const token = await getToken({ tokenUrl, clientId: 'ci-hs256', clientSecret, clientAuth: 'client_secret_jwt', retries: 0 });
    expect(await issuedTo(token.accessToken)).toBe('ci-hs256');
  });
});

describe('discovery', () => {
  test('with issuer, the assertion is for the discovered token endpoint', async () => {
    const token = await getToken({ issuer: server.issuer, clientId: 'ci-es256', privateKey: pemOf(p256.privateKey), retries: 0 });
    expect(await issuedTo(token.accessToken)).toBe('ci-es256');
  });
});

describe('refusals', () => {
  test('an assertion signed with another key is invalid_client, and nothing secret is quoted', async () => {
    const other = pemOf(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    const error = await getToken({ tokenUrl, clientId: 'ci-rs256', privateKey: other, retries: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ status: 401, error: 'invalid_client' });
    expectNoSecrets((error as Error).message, other.split('\n'));
  });

  test('a key that cannot sign fails before any request, discovery included, naming the input', async () => {
    const before = server.requests.length;
    const p384 = pemOf(generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey);
    await expect(getToken({ issuer: server.issuer, clientId: 'ci-es256', privateKey: p384, signingAlgorithm: 'ES256' })).rejects.toThrow(
      'Input "signing-algorithm" "ES256" does not fit the private key (ec secp384r1)'
    );
    await expect(getToken({ issuer: server.issuer, clientId: 'ci-hs256', clientSecret: 'fake-short', clientAuth: 'client_secret_jwt' })).rejects.toThrow(
      'Input "client-secret" is shorter than 32 bytes'
    );
    expect(server.requests.length).toBe(before);
  });

  test('a ready-made client assertion replayed is refused the second time', async () => {
    const { signClientAssertion } = await import('../../src/core/jwt.js');
    const clientAssertion = signClientAssertion({ clientId: 'ci-es256', audience: tokenUrl, key: { privateKeyPem: pemOf(p256.privateKey) } });
    const options = { tokenUrl, clientId: 'ci-es256', clientAssertion, retries: 0 };
    expect(await issuedTo((await getToken(options)).accessToken)).toBe('ci-es256');
    const error = await getToken(options).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 401, error: 'invalid_client' });
    expect((error as Error).message).not.toContain(clientAssertion);
  });
});

describe('the built action with a private-key input', () => {
  const privateKey = pemOf(p256.privateKey);
  let run: ActionRun;
  beforeAll(async () => {
    run = await runAction({ 'token-url': tokenUrl, 'client-id': 'ci-es256', 'private-key': privateKey, 'private-key-id': 'ci-es256-key' }, { env: { RUNNER_DEBUG: '1' } });
  });

  test('gets a token issued to the client', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await issuedTo(run.outputs.access_token!)).toBe('ci-es256');
  });

  test('masks every line of the key and the token, and prints none of them', () => {
    const keyLines = privateKey.split('\n').filter((line) => line && !line.startsWith('-----'));
    expect(maskedValues(run.stdout)).toEqual(expect.arrayContaining([run.outputs.access_token, ...keyLines]));
    expectNoSecrets(run.stdout + run.stderr, [run.outputs.access_token!, privateKey, ...keyLines]);
  });
});
