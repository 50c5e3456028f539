/**
 * Client assertions (RFC 7523 §3; OpenID Connect Core §9) signed with node:crypto and
 * verified independently with the public key (RFC 7518 §3), and bad keys refused with
 * messages that never echo the key.
 */
import { describe, expect, test } from '@jest/globals';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { ASSERTION_LIFETIME_SECONDS, signClientAssertion, type ClientAssertionRequest } from '../../src/core/jwt.js';
import { InputError } from '../../src/core/errors.js';
import { verifyJwt } from '../helpers/jwt-verify.js';

const tokenUrl = 'https://auth.example.test/oauth2/token';
const clientId = 'ci-client-42';
const now = 1_700_000_000;

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });
const pem = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'pem' }).toString();
const rsaPem = pem(rsa.privateKey);
const p256Pem = pem(p256.privateKey);
/** Obviously fake, 32+ bytes as RFC 7518 §3.2 requires for HS256. */
const hmacSecret = 'fake-client-secret-for-hs256-0123456789';

function assertion(overrides: Partial<ClientAssertionRequest>): string {
  return signClientAssertion({ clientId, audience: tokenUrl, key: { privateKeyPem: rsaPem }, now, ...overrides });
}

/** The InputError that `run` throws. */
function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe.each([
  { alg: 'RS256', key: { privateKeyPem: rsaPem }, verifyWith: rsa.publicKey as KeyObject | string, algorithm: undefined },
  { alg: 'PS256', key: { privateKeyPem: rsaPem }, verifyWith: rsa.publicKey, algorithm: 'PS256' as const },
  { alg: 'ES256', key: { privateKeyPem: p256Pem }, verifyWith: p256.publicKey, algorithm: undefined },
  { alg: 'HS256', key: { secret: hmacSecret }, verifyWith: hmacSecret, algorithm: undefined }
])('$alg assertion', ({ alg, key, verifyWith, algorithm }) => {
  const jwt = assertion({ key, algorithm, keyId: 'key-2024-01' });
  const { header, claims } = verifyJwt(jwt, verifyWith);

  test('has the header alg, typ and kid', () => {
    expect(header).toEqual({ alg, typ: 'JWT', kid: 'key-2024-01' });
  });

  test('has iss = sub = client id, aud = token endpoint, iat, nbf and exp 5 minutes ahead', () => {
    expect(claims).toEqual({ iss: clientId, sub: clientId, aud: tokenUrl, jti: expect.any(String), iat: now, nbf: now, exp: now + ASSERTION_LIFETIME_SECONDS });
    expect(ASSERTION_LIFETIME_SECONDS).toBe(300);
  });

  test('gets a fresh jti each time', () => {
    const jtis = new Set(Array.from({ length: 20 }, () => verifyJwt(assertion({ key, algorithm }), verifyWith).claims.jti));
    expect(jtis.size).toBe(20);
    expect([...jtis].every((jti) => typeof jti === 'string' && jti.length >= 16)).toBe(true);
  });

  test('does not verify with another key or once tampered', () => {
    const other =
      alg === 'HS256'
        ? 'another-fake-secret-that-is-long-enough-0'
        : alg === 'ES256'
          ? generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey
          : generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    expect(() => verifyJwt(jwt, other)).toThrow('signature does not verify');
    const [h, , s] = jwt.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url');
    expect(() => verifyJwt(`${h}.${forged}.${s}`, verifyWith)).toThrow('signature does not verify');
  });
});

describe('defaults and options', () => {
  test('RSA defaults to RS256, P-256 to ES256, and no kid is sent without private-key-id', () => {
    expect(verifyJwt(assertion({}), rsa.publicKey).header).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(verifyJwt(assertion({ key: { privateKeyPem: p256Pem } }), p256.publicKey).header).toEqual({ alg: 'ES256', typ: 'JWT' });
  });

  test('an RSA-PSS key signs PS256 by default', () => {
    const pss = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
    expect(verifyJwt(assertion({ key: { privateKeyPem: pem(pss.privateKey) } }), pss.publicKey).header.alg).toBe('PS256');
  });

  test('a PKCS#1 "RSA PRIVATE KEY" and a SEC1 "EC PRIVATE KEY" are read too', () => {
    const pkcs1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const sec1 = p256.privateKey.export({ type: 'sec1', format: 'pem' }).toString();
    expect(pkcs1).toContain('BEGIN RSA PRIVATE KEY');
    expect(verifyJwt(assertion({ key: { privateKeyPem: pkcs1 } }), rsa.publicKey).claims.iss).toBe(clientId);
    expect(verifyJwt(assertion({ key: { privateKeyPem: sec1 } }), p256.publicKey).claims.iss).toBe(clientId);
  });

  test('a PEM stored on one line with literal \\n escapes is read', () => {
    const oneLine = rsaPem.trim().split('\n').join('\\n');
    expect(oneLine).not.toContain('\n');
    expect(verifyJwt(assertion({ key: { privateKeyPem: oneLine } }), rsa.publicKey).claims.sub).toBe(clientId);
  });

  test.each([
    ['its line breaks turned into spaces (echo $KEY, unquoted)', rsaPem.trim().split('\n').join(' ')],
    ['its lines indented (a YAML block)', rsaPem.replace(/^/gm, '    ')],
    ['its lines after a tab, with CRLF', rsaPem.replace(/^/gm, '\t').replaceAll('\n', '\r\n')]
  ])('a PEM with %s is read', (_, mangled) => {
    expect(verifyJwt(assertion({ key: { privateKeyPem: mangled } }), rsa.publicKey).claims.sub).toBe(clientId);
  });

  test('uses the current time when none is given', () => {
    const before = Math.floor(Date.now() / 1000);
    const { claims } = verifyJwt(signClientAssertion({ clientId, audience: tokenUrl, key: { privateKeyPem: rsaPem } }), rsa.publicKey);
    const after = Math.floor(Date.now() / 1000);
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(claims.iat).toBeLessThanOrEqual(after);
    expect(claims.exp).toBe((claims.iat as number) + ASSERTION_LIFETIME_SECONDS);
  });
});

describe('bad keys are refused without echoing them', () => {
  const encrypted = rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'fake-passphrase' }).toString();
  const encryptedPkcs1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'fake-passphrase' }).toString();
  const publicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const truncated = rsaPem.slice(0, 200) + '\n-----END PRIVATE KEY-----\n';
  const body = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('-----'));

  test.each([
    { name: 'garbage', input: 'not-a-key-at-all-0123456789abcdef', says: 'must be a PEM private key' },
    { name: 'a public key', input: publicPem, says: 'is a public key or certificate' },
    { name: 'an encrypted PKCS#8 key', input: encrypted, says: 'is encrypted; give it unencrypted' },
    { name: 'an encrypted PKCS#1 key', input: encryptedPkcs1, says: 'is encrypted; give it unencrypted' },
    { name: 'a truncated key', input: truncated, says: 'could not be read as a PEM private key' },
    {
      name: "a Google service account's JSON key file, whole",
      input: JSON.stringify({ type: 'service_account', project_id: 'p', private_key_id: 'k1', private_key: rsaPem, client_email: 'ci@p.iam.gserviceaccount.com' }, null, 2),
      says: 'is a JSON key file (a Google service account\'s); give its "private_key" field, the PEM (jq -r .private_key key.json)'
    },
    { name: 'a P-384 key (no ES256 default)', input: pem(p384.privateKey), says: 'must be an RSA or EC P-256 key (got ec secp384r1)' }
  ])('$name', ({ input, says }) => {
    const error = inputErrorOf(() => assertion({ key: { privateKeyPem: input } }));
    expect(error.input).toBe('private-key');
    expect(error.message).toContain(says);
    expect(error.message).not.toContain('\n');
    for (const line of body(input)) expect(error.message).not.toContain(line);
  });

  test('a P-384 key with ES256 names signing-algorithm', () => {
    const error = inputErrorOf(() => assertion({ key: { privateKeyPem: pem(p384.privateKey) }, algorithm: 'ES256' }));
    expect(error.input).toBe('signing-algorithm');
    expect(error.message).toBe('Input "signing-algorithm" "ES256" does not fit the private key (ec secp384r1); use RS256 or PS256 with an RSA key, ES256 with an EC P-256 key');
  });

  test.each([
    { key: rsaPem, algorithm: 'ES256' as const, got: 'rsa 2048-bit' },
    { key: p256Pem, algorithm: 'RS256' as const, got: 'ec prime256v1' },
    { key: p256Pem, algorithm: 'PS256' as const, got: 'ec prime256v1' }
  ])('$algorithm with a $got key is refused', ({ key, algorithm, got }) => {
    const error = inputErrorOf(() => assertion({ key: { privateKeyPem: key }, algorithm }));
    expect(error.input).toBe('signing-algorithm');
    expect(error.message).toContain(`(${got})`);
  });

  test('RS256 with an RSA-PSS-only key is refused', () => {
    const pss = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
    expect(inputErrorOf(() => assertion({ key: { privateKeyPem: pem(pss.privateKey) }, algorithm: 'RS256' })).input).toBe('signing-algorithm');
  });

  test('an RSA key under 2048 bits is refused (RFC 7518 §3.3)', () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const error = inputErrorOf(() => assertion({ key: { privateKeyPem: pem(small.privateKey) } }));
    expect(error.message).toBe('Input "private-key" is a 1024-bit RSA key; RFC 7518 §3.3 requires at least 2048 bits');
  });

  test('an HS256 secret under 32 bytes is refused (RFC 7518 §3.2) without echoing it', () => {
    const short = 'fake-short-secret';
    const error = inputErrorOf(() => assertion({ key: { secret: short } }));
    expect(error.input).toBe('client-secret');
    expect(error.message).toContain('RFC 7518 §3.2');
    expect(error.message).not.toContain(short);
  });
});
