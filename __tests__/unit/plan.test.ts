/**
 * The plan of a token request: the preset table as data (CONTRACT.md, "Provider
 * presets"), what each input overrides, the defaults, and the loopback rule for
 * http:// endpoints. Pure: no request is involved.
 */
import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { optionsFromInputs } from '../../src/core/inputs.js';
import { planTokenRequest } from '../../src/core/plan.js';
import { providers } from '../../src/providers/presets.js';
import type { TokenOptions } from '../../src/core/types.js';

const secretCreds = { clientId: 'fake-client', clientSecret: 'fake-secret-p1an' };

describe('the preset table', () => {
  test('has exactly the five presets of the contract', () => {
    expect(Object.keys(providers).sort()).toEqual(['bitquery', 'crayon', 'datacrunch', 'generic', 'understory']);
  });

  test.each([
    ['datacrunch', 'https://api.datacrunch.io/v1/oauth2/token', 'client_credentials', 'client_secret_post', 'json', [], {}],
    [
      'understory',
      'https://api.auth.understory.io/oauth2/token',
      'client_credentials',
      'client_secret_post',
      'form',
      [
        ['scope', 'openid'],
        ['audience', 'https://api.understory.io']
      ],
      { scope: 'openid' }
    ],
    [
      'crayon',
      'https://api.crayon.com/api/v1/connect/token/',
      'password',
      'client_secret_basic',
      'form',
      [
        ['username', 'u'],
        ['password', 'fake-pw'],
        ['scope', 'CustomerApi']
      ],
      { username: 'u', password: 'fake-pw' }
    ],
    ['bitquery', 'https://oauth2.bitquery.io/oauth2/token', 'client_credentials', 'client_secret_post', 'form', [['scope', 'api']], {}]
  ])('%s: %s, %s, %s, %s body', (provider, tokenUrl, grantType, clientAuth, bodyFormat, params, extra) => {
    const plan = planTokenRequest({ provider, ...secretCreds, ...extra });
    expect(plan.tokenUrl?.href).toBe(tokenUrl);
    expect(plan.grant.name).toBe(grantType);
    expect(plan.clientAuth).toBe(clientAuth);
    expect(plan.bodyFormat).toBe(bodyFormat);
    expect(plan.params).toEqual([['grant_type', grantType], ...params]);
    expect(plan.headers).toEqual([]);
  });

  test('crayon alone puts the raw id:secret in its Basic header; the rest follow RFC 6749 §2.3.1', () => {
    const encodings = Object.fromEntries(Object.values(providers).map((preset) => [preset.name, preset.basicEncoding]));
    expect(encodings).toEqual({ generic: 'form-urlencoded', datacrunch: 'form-urlencoded', understory: 'form-urlencoded', crayon: 'raw', bitquery: 'form-urlencoded' });
  });

  test('a datacrunch refresh authenticates no client and leaves client_id out', () => {
    const plan = planTokenRequest({ provider: 'datacrunch', grantType: 'refresh_token', refreshToken: 'fake-rt', ...secretCreds });
    expect(plan).toMatchObject({
      clientAuth: 'none',
      omitClientId: true,
      params: [
        ['grant_type', 'refresh_token'],
        ['refresh_token', 'fake-rt']
      ]
    });
  });

  test('the presets cannot be changed at run time', () => {
    expect(Object.isFrozen(providers)).toBe(true);
    expect(Object.isFrozen(providers.crayon)).toBe(true);
  });
});

describe('inputs override the preset', () => {
  test('every field of crayon at once', () => {
    const plan = planTokenRequest({
      provider: 'crayon',
      tokenUrl: 'https://proxy.example.test/crayon/',
      grantType: 'client_credentials',
      clientAuth: 'client_secret_post',
      bodyFormat: 'json',
      scope: 'Other',
      ...secretCreds
    });
    expect(plan).toMatchObject({
      grant: { name: 'client_credentials' },
      clientAuth: 'client_secret_post',
      bodyFormat: 'json',
      params: [
        ['grant_type', 'client_credentials'],
        ['scope', 'Other']
      ]
    });
    expect(plan.tokenUrl?.href).toBe('https://proxy.example.test/crayon/');
  });

  test('an issuer replaces the preset endpoint with discovery', () => {
    const plan = planTokenRequest({ provider: 'bitquery', issuer: 'https://issuer.example.test', ...secretCreds });
    expect(plan.tokenUrl).toBeUndefined();
    expect(plan.issuer?.href).toBe('https://issuer.example.test/');
  });
});

describe('generic client authentication follows the credentials given', () => {
  test.each([
    [{ clientId: 'c', clientSecret: 'fake-s' }, 'client_secret_basic'],
    [{ clientId: 'c', clientAssertion: 'fake.jwt.assertion' }, 'private_key_jwt'],
    [{ clientId: 'c', privateKey: 'fake-pem' }, 'private_key_jwt'],
    [{ clientId: 'c', clientAuth: 'none' }, 'none'],
    [{ grantType: 'password', username: 'u', password: 'fake-p' }, 'none']
  ])('%p -> %s', (credentials, clientAuth) => {
    expect(planTokenRequest({ tokenUrl: 'https://auth.example.test/token', ...credentials }).clientAuth).toBe(clientAuth);
  });

  test('client credentials with a client id and no credential is a missing secret, unless client-auth none is asked for', () => {
    expect(() => planTokenRequest({ tokenUrl: 'https://auth.example.test/token', clientId: 'c' })).toThrow(
      'Input "client-secret" is required when "client-id" is given for grant-type "client_credentials" (or give "private-key", "client-assertion" or "github-oidc-audience"), or set client-auth: none for a public client'
    );
    expect(planTokenRequest({ tokenUrl: 'https://auth.example.test/token', clientId: 'c', clientAuth: 'none' }).clientAuth).toBe('none');
  });

  test('any other grant with a client id alone goes as a public client (generic falls back to none)', () => {
    const publicClients: TokenOptions[] = [
      { grantType: 'password', clientId: 'admin-cli', username: 'u', password: 'fake-p' },
      { grantType: 'token_exchange', clientId: 'github-ci', subjectToken: 'fake-subject-token' },
      { grantType: 'refresh_token', clientId: 'cli', refreshToken: 'fake-rt' }
    ];
    for (const options of publicClients) {
      const plan = planTokenRequest({ tokenUrl: 'https://auth.example.test/token', ...options });
      expect({ clientAuth: plan.clientAuth, clientId: plan.params.find(([name]) => name === 'client_id')?.[1] ?? plan.credentials.clientId }).toEqual({
        clientAuth: 'none',
        clientId: options.clientId
      });
    }
  });

  test('a client id with a setting of client authentication but no credential is a missing secret, whatever the grant', () => {
    const passwordGrant = { tokenUrl: 'https://auth.example.test/token', grantType: 'password', clientId: 'c', username: 'u', password: 'fake-p' };
    for (const [setting, input] of [
      [{ basicEncoding: 'raw' }, 'basic-encoding'],
      [{ privateKeyId: 'kid-1' }, 'private-key-id'],
      [{ signingAlgorithm: 'PS256' }, 'signing-algorithm'],
      [{ clientAssertionAudience: 'issuer' }, 'client-assertion-audience']
    ] as const) {
      expect(() => planTokenRequest({ ...passwordGrant, ...setting })).toThrow(
        `Input "client-secret" is required when "client-id" and "${input}" are given (or give "private-key", "client-assertion" or "github-oidc-audience"), or remove "${input}" for a public client`
      );
    }
  });

  test('client credentials with no client at all names client-id, even with client-auth none', () => {
    for (const clientAuth of [undefined, 'none']) {
      expect(() => planTokenRequest({ tokenUrl: 'https://auth.example.test/token', clientAuth })).toThrow(
        'Input "client-id" is required for grant-type "client_credentials" (with a client-secret, private-key, client-assertion or github-oidc-audience)'
      );
    }
  });

  test("a preset's own per-grant none stays: a DataCrunch refresh needs no client", () => {
    expect(planTokenRequest({ provider: 'datacrunch', grantType: 'refresh_token', refreshToken: 'fake-rt' }).clientAuth).toBe('none');
  });
});

describe('scope', () => {
  test('one scope per line (a scope: | block) or any run of white space is sent as RFC 6749 §3.3 writes it: one space between two', () => {
    const plan = planTokenRequest({ ...secretCreds, tokenUrl: 'https://auth.example.test/token', scope: 'openid\r\n  marketing.read\tapi\n' });
    expect(plan.params).toContainEqual(['scope', 'openid marketing.read api']);
  });

  test("a scope of white space alone is no scope: a preset that needs one names it, and a preset's own scope applies", () => {
    expect(() => planTokenRequest({ ...secretCreds, provider: 'understory', scope: ' \n ' })).toThrow(new InputError('scope', 'is required by provider "understory"'));
    const plan = planTokenRequest({ ...secretCreds, tokenUrl: 'https://auth.example.test/token', scope: '\n' });
    expect(plan.params.map(([name]) => name)).not.toContain('scope');
    const crayon = planTokenRequest({ ...secretCreds, provider: 'crayon', username: 'u', password: 'p', scope: ' \n ' });
    expect(crayon.params).toContainEqual(['scope', 'CustomerApi']);
  });
});

describe('defaults and limits', () => {
  test('30 s per attempt and 3 retries', () => {
    expect(planTokenRequest({ tokenUrl: 'https://auth.example.test/token', ...secretCreds })).toMatchObject({ timeoutMs: 30_000, retries: 3 });
  });

  test('fractions of a second, no retries, and the limits are accepted', () => {
    expect(planTokenRequest({ tokenUrl: 'https://auth.example.test/token', ...secretCreds, timeoutSeconds: 0.5, retries: 0 })).toMatchObject({ timeoutMs: 500, retries: 0 });
    expect(planTokenRequest({ tokenUrl: 'https://auth.example.test/token', ...secretCreds, timeoutSeconds: 600, retries: 10 })).toMatchObject({ timeoutMs: 600_000, retries: 10 });
  });

  test('numeric strings are numbers, as inputs are strings everywhere else', () => {
    expect(planTokenRequest({ tokenUrl: 'https://auth.example.test/token', ...secretCreds, timeoutSeconds: '5', retries: '3' })).toMatchObject({ timeoutMs: 5000, retries: 3 });
    expect(planTokenRequest({ tokenUrl: 'https://auth.example.test/token', ...secretCreds, timeoutSeconds: ' 0.5 ', retries: '0' })).toMatchObject({ timeoutMs: 500, retries: 0 });
    expect(planTokenRequest({ tokenUrl: 'https://auth.example.test/token', ...secretCreds, timeoutSeconds: '.5', retries: '1e1' })).toMatchObject({ timeoutMs: 500, retries: 10 });
  });

  test('a refused number is quoted as it was given', () => {
    const plan = (limits: { timeoutSeconds?: number | string; retries?: number | string }) => () =>
      planTokenRequest({ tokenUrl: 'https://auth.example.test/token', ...secretCreds, ...limits });
    expect(plan({ retries: '11' })).toThrow('Input "retries" must be a whole number from 0 to 10 (got "11")');
    expect(plan({ retries: 1.5 })).toThrow('Input "retries" must be a whole number from 0 to 10 (got "1.5")');
    expect(plan({ retries: 'three' })).toThrow('Input "retries" must be a whole number from 0 to 10 (got "three")');
    expect(plan({ timeoutSeconds: '-1' })).toThrow('Input "timeout-seconds" must be a number of seconds above 0 and at most 600 (got "-1")');
  });
});

describe('http:// is for loopback hosts only', () => {
  test.each(['http://localhost:8080/token', 'http://LOCALHOST/token', 'http://127.0.0.1:1/token', 'http://127.45.6.7/token', 'http://[::1]:8080/token'])(
    '%s is accepted',
    (tokenUrl) => {
      expect(planTokenRequest({ tokenUrl, ...secretCreds }).tokenUrl?.href).toBe(new URL(tokenUrl).href);
    }
  );

  test.each(['http://10.0.0.1/token', 'http://localhost.example.test/token', 'http://[::2]/token', 'http://0.0.0.0/token'])('%s is refused', (tokenUrl) => {
    expect(() => planTokenRequest({ tokenUrl, ...secretCreds })).toThrow(InputError);
    expect(() => planTokenRequest({ tokenUrl, ...secretCreds })).toThrow(/^Input "token-url" must use https:\/\//);
  });

  test('the same rule holds for issuer and revocation-url', () => {
    expect(() => planTokenRequest({ issuer: 'http://issuer.example.test', ...secretCreds })).toThrow('Input "issuer" must use https://');
    expect(() => planTokenRequest({ tokenUrl: 'https://a.example.test/t', revocationUrl: 'http://a.example.test/revoke', ...secretCreds })).toThrow(
      'Input "revocation-url" must use https://'
    );
  });
});

describe('string inputs (action and CLI)', () => {
  const read = (inputs: Record<string, string>) => optionsFromInputs((name) => inputs[name]);

  test('blank means unset, values are trimmed, numbers left to the plan', () => {
    expect(read({ provider: 'crayon', scope: '  ', 'client-id': ' fake-client ', 'timeout-seconds': '2.5', retries: '0' })).toEqual({
      provider: 'crayon',
      clientId: 'fake-client',
      timeoutSeconds: '2.5',
      retries: '0'
    });
  });

  test('a number input that is not a number names the input', () => {
    const plan = (inputs: Record<string, string>) => () =>
      planTokenRequest(read({ 'token-url': 'https://auth.example.test/token', 'client-id': 'c', 'client-secret': 'fake-s', ...inputs }));
    expect(plan({ retries: 'three' })).toThrow(InputError);
    expect(plan({ retries: 'three' })).toThrow(/^Input "retries" must be .+ \(got "three"\)$/);
    expect(plan({ 'timeout-seconds': '-1' })).toThrow(/^Input "timeout-seconds" must be .+ \(got "-1"\)$/);
  });

  test('action-only inputs are not token options', () => {
    expect(read({ 'export-env': 'TOKEN', revoke: 'true' })).toEqual({});
  });
});
