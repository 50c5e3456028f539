/**
 * The grant table and the custom grant path (RFC 6749 §4.5): known grants by short name,
 * hyphenated name or URI; any other absolute URI or grant name (§A.10) sent as is; and
 * how client authentication defaults around a JWT bearer assertion signed with a key.
 */
import { describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { InputError } from '../../src/core/errors.js';
import { parseGrantType } from '../../src/core/grants.js';
import { planTokenRequest } from '../../src/core/plan.js';
import { SecretRegistry } from '../../src/core/secrets.js';

const tokenUrl = 'https://auth.example.test/token';
const pem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('parseGrantType', () => {
  test.each([
    ['client_credentials', 'client_credentials', 'client_credentials'],
    ['client-credentials', 'client_credentials', 'client_credentials'],
    ['token_exchange', 'token_exchange', 'urn:ietf:params:oauth:grant-type:token-exchange'],
    ['urn:ietf:params:oauth:grant-type:jwt-bearer', 'jwt_bearer', 'urn:ietf:params:oauth:grant-type:jwt-bearer'],
    ['jwt-bearer', 'jwt_bearer', 'urn:ietf:params:oauth:grant-type:jwt-bearer']
  ])('known: %s is %s, sent as %s', (value, known, wire) => {
    expect(parseGrantType(value)).toEqual({ name: known, wire, known });
  });

  test.each(['account_credentials', 'urn:ietf:params:oauth:grant-type:saml2-bearer', 'https://grants.example.test/ci', 'custom.grant-v2'])('custom: %s is sent as is', (value) => {
    expect(parseGrantType(value)).toEqual({ name: value, wire: value });
  });

  test.each(['account credentials', 'tab\there', 'bell\u0007', '', 'name/with/slash', 'urn:x y'])('%j is neither a grant name nor an absolute URI', (value) => {
    expect(() => parseGrantType(value)).toThrow(InputError);
  });

  test.each(['implicit', 'authorization_code', 'urn:ietf:params:oauth:grant-type:device_code'])('%s has no token request a CI job can make', (value) => {
    expect(() => parseGrantType(value)).toThrow(/^Input "grant-type" must be a grant with a token request this step can make: /);
  });
});

describe('client authentication around a JWT bearer grant', () => {
  test('a key and no assertion: the key signs the grant, no client authentication, no client_id', () => {
    const plan = planTokenRequest({ tokenUrl, grantType: 'jwt_bearer', clientId: 'sf-key', privateKey: pem });
    expect(plan).toMatchObject({ clientAuth: 'none', omitClientId: true, grantAssertion: { issuer: 'sf-key', subject: 'sf-key', audience: undefined, claims: {} } });
    expect(plan.params).toEqual([['grant_type', 'urn:ietf:params:oauth:grant-type:jwt-bearer']]);
  });

  test('a key and a secret: the key signs the grant, the secret authenticates the client', () => {
    expect(planTokenRequest({ tokenUrl, grantType: 'jwt_bearer', clientId: 'c', clientSecret: 'fake-s', privateKey: pem })).toMatchObject({
      clientAuth: 'client_secret_basic',
      omitClientId: false
    });
  });

  test('a key and a given assertion: the key signs the client assertion (private_key_jwt), as before', () => {
    const plan = planTokenRequest({ tokenUrl, grantType: 'jwt_bearer', clientId: 'c', privateKey: pem, assertion: 'eyJhbGciOiJub25lIn0.e30.c2ln' });
    expect(plan).toMatchObject({ clientAuth: 'private_key_jwt', grantAssertion: undefined });
  });

  test('extra-params may not set the assertion the key signs', () => {
    expect(() => planTokenRequest({ tokenUrl, grantType: 'jwt_bearer', clientId: 'c', privateKey: pem, extraParams: 'assertion=x' })).toThrow(
      'Input "extra-params" sets "assertion", which another input controls; use that input'
    );
  });

  test('a custom grant takes no preset per-grant override and chooses client auth from the credentials', () => {
    const plan = planTokenRequest({ provider: 'datacrunch', grantType: 'account_credentials', clientId: 'c', clientSecret: 'fake-s' });
    expect(plan).toMatchObject({
      grant: { name: 'account_credentials', wire: 'account_credentials' },
      clientAuth: 'client_secret_post',
      params: [['grant_type', 'account_credentials']]
    });
  });
});

test('a long secret put in grant-type by mistake is quoted whole, so the redaction of quoted values leaves none of it', () => {
  const secret = `${'a1+/'.repeat(100)}=`;
  let problem = '';
  try {
    parseGrantType(secret);
  } catch (error) {
    problem = (error as InputError).problem;
  }
  const secrets = new SecretRegistry();
  secrets.add(secret);
  expect(problem).toContain('(got "');
  expect(secrets.redactQuoted(problem)).not.toContain('a1+/a1+/');
});
