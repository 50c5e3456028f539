/**
 * Property tests (fast-check): whatever a server answers and whatever a user types, the
 * core fails only with its own typed errors (TokenRequestError, InputError), never with
 * a TypeError or RangeError, and what it accepts is usable (headers Node will send,
 * bounded numbers, representable instants).
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { validateHeaderName, validateHeaderValue } from 'node:http';
import { InputError, TokenRequestError } from '../../src/core/errors.js';
import { INPUTS, optionsFromInputs } from '../../src/core/inputs.js';
import { parseHeaderLines, parseParamLines } from '../../src/core/lines.js';
import { planTokenRequest } from '../../src/core/plan.js';
import { parseTokenResponse } from '../../src/core/response.js';
import { retryAfterMs } from '../../src/core/retry.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { buildTokenRequest } from '../../src/core/token-request.js';
import type { TokenOptions } from '../../src/core/types.js';
import { providers } from '../../src/providers/presets.js';
import { createTally } from '../faults/tally.js';

const RUNS = 300;
let cases = 0;
const tally = createTally('Property tests', 'properties', () => `${cases} generated cases`);

/** Runs `property` and counts its cases; only our typed errors may escape it. */
async function holds<T>(arbitrary: fc.Arbitrary<T>, property: (value: T) => void | Promise<void>, numRuns = RUNS): Promise<void> {
  await tally.check(() =>
    fc.assert(
      fc.asyncProperty(arbitrary, async (value) => {
        cases++;
        try {
          await property(value);
        } catch (error) {
          if (error instanceof TokenRequestError || error instanceof InputError) return;
          throw error;
        }
      }),
      { numRuns }
    )
  );
}

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\r\n', '\u0000', '\u2028'));

// ---- responses -------------------------------------------------------------------

/** Field names a token response may use, in the casings providers use, and noise. */
const fieldName = fc.oneof(
  fc.constantFrom('access_token', 'AccessToken', 'accessToken', 'expires_in', 'ExpiresIn', 'token_type', 'scope', 'refresh_token', 'id_token', 'IdentityToken'),
  fc.constantFrom('error', 'Error', 'error_description', 'issued_token_type', '__proto__', 'constructor', 'toString'),
  fc.string()
);
const fieldValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(1e300, -1, 0, 1.5, Number.MAX_SAFE_INTEGER, '3600', ' 12 ', '1e400', 'NaN'),
  // A JWT-shaped token whose `exp` may be anything.
  fc.jsonValue().map((exp) => `e30.${Buffer.from(JSON.stringify({ exp })).toString('base64url')}.sig`)
);
const responseBody = fc.oneof(
  fc.dictionary(fieldName, fieldValue).map((fields) => JSON.stringify(fields)),
  fc
    .record({ access_token: fc.string({ minLength: 1 }), expires_in: fieldValue, ExpiresIn: fieldValue }, { requiredKeys: ['access_token'] })
    .map((fields) => JSON.stringify(fields)),
  fc.record({ access_token: fieldValue }).map((fields) => JSON.stringify(fields)),
  fc.json(),
  anyText,
  fc.constantFrom('<html>Sign in</html>', '{"access_token":', 'null', '[]', '"token"', '{"access_token":"a","expires_in":1e308}')
);
const headerValue = fc.oneof(fc.string(), fc.constantFrom('application/json', 'text/html; charset=utf-8', 'https://elsewhere.test/x', '/relative', '120'));
const response = fc.record({
  status: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.constantFrom(200, 301, 302, 400, 401, 429, 503)),
  headers: fc.record({ 'content-type': headerValue, location: headerValue, 'retry-after': headerValue }, { requiredKeys: [] }),
  body: responseBody
});

describe('the response parser', () => {
  test('never throws anything but a TokenRequestError, and what it returns is usable', () =>
    holds(fc.tuple(response, fc.integer({ min: 0, max: 4_102_444_800_000 })), ([answer, nowMs]) => {
      const token = parseTokenResponse(answer, nowMs);
      expect(typeof token.accessToken === 'string' && token.accessToken.length > 0).toBe(true);
      expect(token.expiresIn === undefined || (Number.isSafeInteger(token.expiresIn) && token.expiresIn >= 0)).toBe(true);
      expect(token.expiresAt === undefined || /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(token.expiresAt)).toBe(true);
      expect(typeof token.tokenType).toBe('string');
    }));

  test('its error messages are one bounded line, with every echoed secret redacted', () =>
    holds(
      fc.tuple(
        response,
        fc.string({ minLength: 4 }).map((tail) => `sk-${tail}`)
      ),
      ([answer, secret]) => {
        const secrets = new SecretRegistry();
        secrets.add(secret);
        const echoed = { ...answer, body: JSON.stringify({ error: `bad ${secret}`, error_description: `${'x'.repeat(280)}${secret}\n${secret}` }) };
        try {
          parseTokenResponse(echoed, 0, (text) => secrets.redact(text));
        } catch (error) {
          if (!(error instanceof TokenRequestError)) throw error;
          expect(error.message).not.toMatch(/[\r\n]/);
          expect(error.message.length).toBeLessThan(1000);
          expect(error.message.includes(secret)).toBe(false);
          return;
        }
        throw new Error('an error body was taken for a token');
      }
    ));

  test('Retry-After is a finite delay of 0 or more, or not understood', () =>
    holds(fc.tuple(fc.option(headerValue, { nil: undefined }), fc.integer({ min: 0, max: 4_102_444_800_000 })), ([header, nowMs]) => {
      const delay = retryAfterMs(header, nowMs);
      expect(delay === undefined || (Number.isFinite(delay) && delay >= 0)).toBe(true);
    }));
});

// ---- inputs ----------------------------------------------------------------------

/** A value for an option: usually plausible, sometimes anything. */
const optionValue = (...plausible: string[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...plausible) }, { weight: 1, arbitrary: anyText });
const pem = fc.constantFrom('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----', 'not a key');

const tokenOptions: fc.Arbitrary<TokenOptions> = fc.record(
  {
    provider: optionValue(...Object.keys(providers), 'constructor', '__proto__', 'toString'),
    tokenUrl: optionValue('https://auth.example.com/token', 'http://127.0.0.1:1/token', 'http://auth.example.com/t', 'https://u:p@h/t', 'https://h/t#f', 'ftp://h/t'),
    issuer: optionValue('https://issuer.example.com', 'https://issuer.example.com/realms/ci?x=1'),
    grantType: optionValue(
      'client_credentials',
      'password',
      'refresh_token',
      'token_exchange',
      'jwt_bearer',
      'urn:ietf:params:oauth:grant-type:token-exchange',
      'client-credentials'
    ),
    clientId: optionValue('ci-client'),
    clientSecret: optionValue('s3cr3t'),
    clientAuth: optionValue('client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt', 'none'),
    bodyFormat: optionValue('form', 'json'),
    username: optionValue('user'),
    password: optionValue('pw'),
    refreshToken: optionValue('rt'),
    scope: optionValue('read write'),
    audience: optionValue('https://api.example.com'),
    resource: fc.oneof(optionValue('https://api.example.com/', 'https://a.test/\nhttps://b.test/', 'relative'), fc.array(anyText, { maxLength: 3 })),
    subjectToken: optionValue('subject'),
    subjectTokenType: optionValue('urn:ietf:params:oauth:token-type:jwt'),
    actorToken: optionValue('actor'),
    actorTokenType: optionValue('urn:ietf:params:oauth:token-type:jwt'),
    requestedTokenType: optionValue('urn:ietf:params:oauth:token-type:access_token'),
    assertion: optionValue('a.b.c'),
    clientAssertion: optionValue('a.b.c'),
    privateKey: pem,
    privateKeyId: optionValue('kid-1'),
    signingAlgorithm: optionValue('RS256', 'PS256', 'ES256', 'HS256'),
    extraParams: fc.oneof(optionValue('a=b', 'prompt=none\nfoo=bar', 'grant_type=x', 'novalue', '=x'), fc.dictionary(fc.string(), fc.string())),
    headers: fc.oneof(
      optionValue('X-A: b', 'Authorization: Bearer x', 'Content-Type: x', 'bad header: v', 'X-U: caf\u00e9 \u2603', 'X-C: a\u0001b'),
      fc.dictionary(fc.string(), fc.string())
    ),
    timeoutSeconds: fc.oneof(fc.double(), fc.integer({ min: -5, max: 700 })),
    retries: fc.oneof(fc.double(), fc.integer({ min: -2, max: 12 })),
    revocationUrl: optionValue('https://auth.example.com/revoke', 'nope')
  },
  { requiredKeys: [] }
);

describe('input validation', () => {
  test('planTokenRequest throws only InputError, and an accepted plan is one Node can send', () =>
    holds(tokenOptions, (options) => {
      const plan = planTokenRequest(options);
      for (const [name, value] of plan.headers) {
        validateHeaderName(name);
        validateHeaderValue(name, value);
      }
      expect(plan.timeoutMs > 0 && plan.timeoutMs <= 600_000).toBe(true);
      expect(Number.isInteger(plan.retries) && plan.retries >= 0 && plan.retries <= 10).toBe(true);
      for (const url of [plan.tokenUrl, plan.issuer, plan.revocationUrl]) {
        if (url) expect(['https:', 'http:']).toContain(url.protocol);
      }
    }));

  test('a planned request builds (client authentication, JWT signing, body) or fails with InputError', () =>
    holds(tokenOptions, async (options) => {
      const plan = planTokenRequest(options);
      const request = await buildTokenRequest(plan, plan.tokenUrl ?? new URL('https://auth.example.com/token'), new SecretRegistry());
      for (const [name, value] of request.headers) {
        validateHeaderName(name);
        validateHeaderValue(name, value);
      }
      expect(typeof request.body).toBe('string');
    }));

  test('string inputs (action inputs, CLI flags, env vars) are read or refused with InputError', () =>
    holds(fc.dictionary(fc.constantFrom(...INPUTS.map((input) => input.name)), anyText), (inputs) => {
      planTokenRequest(optionsFromInputs((name) => inputs[name]));
    }));

  test('headers and extra-params lines are parsed or refused with InputError', () =>
    holds(fc.tuple(anyText, anyText), ([headers, params]) => {
      for (const [name, value] of parseHeaderLines('headers', headers)) {
        validateHeaderName(name);
        validateHeaderValue(name, value);
      }
      for (const [name] of parseParamLines('extra-params', params)) expect(name.length).toBeGreaterThan(0);
    }));
});
