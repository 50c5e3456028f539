/**
 * The JWT client authentication strategies (RFC 7523 §2.2; OpenID Connect Core §9):
 * private_key_jwt and client_secret_jwt put exactly `client_id`, `client_assertion_type`
 * and `client_assertion` in the body, register the assertion as a secret before it is
 * used, and sign for the token endpoint the request goes to.
 */
import { describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { authenticateClient, checkClientAuthKey, JWT_BEARER_ASSERTION_TYPE, type ClientAuthContext } from '../../src/core/client-auth.js';
import { planTokenRequest } from '../../src/core/plan.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { buildTokenRequest } from '../../src/core/token-request.js';
import { verifyJwt } from '../helpers/jwt-verify.js';

const tokenUrl = 'https://auth.example.test/realms/ci/protocol/openid-connect/token';
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const rsaPem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const p256Pem = p256.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const clientSecret = 'fake-client-secret-for-client-secret-jwt-0123';

function contextWith(credentials: ClientAuthContext['credentials'], registered: string[]): ClientAuthContext {
  return { credentials, assertionAudience: tokenUrl, basicEncoding: 'form-urlencoded', omitClientId: false, secrets: new SecretRegistry((value) => registered.push(value)) };
}

describe('private_key_jwt', () => {
  test.each([
    { alg: 'RS256', pem: rsaPem, publicKey: rsa.publicKey, signingAlgorithm: undefined },
    { alg: 'PS256', pem: rsaPem, publicKey: rsa.publicKey, signingAlgorithm: 'PS256' as const },
    { alg: 'ES256', pem: p256Pem, publicKey: p256.publicKey, signingAlgorithm: undefined }
  ])('$alg: sends client_id, the RFC 7523 assertion type and an assertion for the token endpoint', async ({ alg, pem, publicKey, signingAlgorithm }) => {
    const registered: string[] = [];
    const parts = await authenticateClient('private_key_jwt', contextWith({ clientId: 'deploy-bot', privateKey: pem, privateKeyId: 'kid-1', signingAlgorithm }, registered));
    expect(parts.headers).toEqual([]);
    expect(parts.params.map(([name]) => name)).toEqual(['client_id', 'client_assertion_type', 'client_assertion']);
    expect(parts.params.slice(0, 2)).toEqual([
      ['client_id', 'deploy-bot'],
      ['client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer']
    ]);
    const assertion = parts.params[2]![1];
    const { header, claims } = verifyJwt(assertion, publicKey);
    expect(header).toEqual({ alg, typ: 'JWT', kid: 'kid-1' });
    expect(claims).toMatchObject({ iss: 'deploy-bot', sub: 'deploy-bot', aud: tokenUrl });
    expect(registered).toContain(assertion);
  });

  test('a ready-made client assertion is sent as given and registered as a secret', async () => {
    const registered: string[] = [];
    const ready = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.ZmFrZS1zaWduYXR1cmU';
    const parts = await authenticateClient('private_key_jwt', contextWith({ clientId: 'deploy-bot', clientAssertion: ready }, registered));
    expect(parts.params).toEqual([
      ['client_id', 'deploy-bot'],
      ['client_assertion_type', JWT_BEARER_ASSERTION_TYPE],
      ['client_assertion', ready]
    ]);
    expect(registered).toContain(ready);
  });

  test('two requests never reuse an assertion (a fresh jti each)', async () => {
    const context = contextWith({ clientId: 'deploy-bot', privateKey: p256Pem }, []);
    const first = (await authenticateClient('private_key_jwt', context)).params[2]![1];
    const second = (await authenticateClient('private_key_jwt', context)).params[2]![1];
    expect(verifyJwt(first, p256.publicKey).claims.jti).not.toEqual(verifyJwt(second, p256.publicKey).claims.jti);
  });
});

describe('client_secret_jwt', () => {
  test('signs HS256 with the client secret, and sends no client_secret', async () => {
    const registered: string[] = [];
    const parts = await authenticateClient('client_secret_jwt', contextWith({ clientId: 'deploy-bot', clientSecret }, registered));
    expect(parts.params.map(([name]) => name)).toEqual(['client_id', 'client_assertion_type', 'client_assertion']);
    const { header, claims } = verifyJwt(parts.params[2]![1], clientSecret);
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(claims).toMatchObject({ iss: 'deploy-bot', sub: 'deploy-bot', aud: tokenUrl });
    expect(JSON.stringify(parts)).not.toContain(clientSecret);
  });
});

describe('through the plan and the request builder', () => {
  test('private_key_jwt is chosen for a private key, and the body carries exactly the RFC 7523 §2.2 parameters', async () => {
    const plan = planTokenRequest({ tokenUrl, clientId: 'deploy-bot', privateKey: rsaPem, scope: 'deploy' });
    expect(plan.clientAuth).toBe('private_key_jwt');
    const request = await buildTokenRequest(plan, new URL(tokenUrl), new SecretRegistry());
    const body = new URLSearchParams(request.body);
    expect([...body.keys()]).toEqual(['grant_type', 'scope', 'client_id', 'client_assertion_type', 'client_assertion']);
    expect(body.get('client_assertion_type')).toBe(JWT_BEARER_ASSERTION_TYPE);
    expect(verifyJwt(body.get('client_assertion')!, rsa.publicKey).claims.aud).toBe(tokenUrl);
    expect(request.headers.find(([name]) => name.toLowerCase() === 'authorization')).toBeUndefined();
  });

  test('signing-algorithm HS256 is not accepted for a private key', () => {
    expect(() => planTokenRequest({ tokenUrl, clientId: 'deploy-bot', privateKey: rsaPem, signingAlgorithm: 'HS256' })).toThrow(
      'Input "signing-algorithm" must be one of RS256, PS256, ES256 (got "HS256")'
    );
  });

  test('private-key and client-assertion together are refused', () => {
    expect(() => planTokenRequest({ tokenUrl, clientId: 'deploy-bot', privateKey: rsaPem, clientAssertion: 'a.b.c' })).toThrow('Input "client-assertion"');
  });
});

describe('checkClientAuthKey (before any request)', () => {
  test('accepts keys that can sign, and does not look at keys it will not use', async () => {
    await expect(checkClientAuthKey('private_key_jwt', { clientId: 'c', privateKey: rsaPem, signingAlgorithm: 'PS256' })).resolves.toBeUndefined();
    await expect(checkClientAuthKey('client_secret_jwt', { clientId: 'c', clientSecret })).resolves.toBeUndefined();
    await expect(checkClientAuthKey('private_key_jwt', { clientId: 'c', privateKey: 'unused', clientAssertion: 'a.b.c' })).resolves.toBeUndefined();
    await expect(checkClientAuthKey('client_secret_basic', { clientId: 'c', clientSecret: 'short' })).resolves.toBeUndefined();
  });

  test('refuses a key that cannot sign, naming the input', async () => {
    await expect(checkClientAuthKey('private_key_jwt', { clientId: 'c', privateKey: p256Pem, signingAlgorithm: 'RS256' })).rejects.toThrow('Input "signing-algorithm"');
    await expect(checkClientAuthKey('private_key_jwt', { clientId: 'c', privateKey: 'garbage' })).rejects.toThrow('Input "private-key" must be a PEM private key');
    await expect(checkClientAuthKey('client_secret_jwt', { clientId: 'c', clientSecret: 'fake-short' })).rejects.toThrow('Input "client-secret" is shorter than 32 bytes');
  });
});
