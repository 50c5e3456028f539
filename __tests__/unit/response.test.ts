/**
 * Response normalisation (RFC 6749 §5.1): any field casing, `expires_in` as a number
 * or numeric string, else a JWT access token's `exp` (RFC 7519 §4.1.4), `expires_at`
 * from the injected clock, `token_type` as returned.
 */
import { describe, expect, test } from '@jest/globals';
import { isoInstant, parseTokenResponse } from '../../src/core/response.js';
import { providers, type ResponseAliases } from '../../src/providers/presets.js';
import { NOW_MS } from '../helpers/nock-endpoint.js';

function parse(body: unknown, status = 200, aliases: ResponseAliases = {}) {
  return parseTokenResponse({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, NOW_MS, (text) => text, aliases);
}

/** An unsigned JWT with these claims: the core reads `exp`, never trusts anything else. */
function jwtWith(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.fake-signature`;
}

const at = (secondsFromNow: number) => new Date(NOW_MS + secondsFromNow * 1000).toISOString().replace('.000Z', 'Z');

describe('field casing', () => {
  test('snake_case (RFC 6749 §5.1, RFC 8693 §2.2.1)', () => {
    const body = {
      access_token: 'fake-at',
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'read write',
      refresh_token: 'fake-rt',
      id_token: 'fake-idt',
      issued_token_type: 'urn:ietf:params:oauth:token-type:access_token'
    };
    expect(parse(body)).toEqual({
      accessToken: 'fake-at',
      tokenType: 'Bearer',
      expiresIn: 3600,
      expiresAt: at(3600),
      scope: 'read write',
      refreshToken: 'fake-rt',
      idToken: 'fake-idt',
      issuedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
      raw: body
    });
  });

  test("Crayon's IdentityToken is its preset's alias of id_token, not a name every server gets", () => {
    const body = { access_token: 'fake-at', IdentityToken: 'fake-idt' };
    expect(parse(body).idToken).toBeUndefined();
    expect(parse(body, 200, providers.crayon!.responseAliases).idToken).toBe('fake-idt');
  });

  test("PascalCase (Crayon's TokenResponse), nulls meaning absent", () => {
    const body = { AccessToken: 'fake-at', IdentityToken: 'fake-idt', Error: null, ExpiresIn: 20060, TokenType: 'Bearer', RefreshToken: null };
    expect(parse(body, 200, providers.crayon!.responseAliases)).toEqual({
      accessToken: 'fake-at',
      tokenType: 'Bearer',
      expiresIn: 20060,
      expiresAt: at(20060),
      scope: undefined,
      refreshToken: undefined,
      idToken: 'fake-idt',
      issuedTokenType: undefined,
      raw: body
    });
  });

  test('camelCase', () => {
    const body = { accessToken: 'fake-at', tokenType: 'DPoP', expiresIn: '900', refreshToken: 'fake-rt', idToken: 'fake-idt', scope: 'a' };
    expect(parse(body)).toMatchObject({ accessToken: 'fake-at', tokenType: 'DPoP', expiresIn: 900, expiresAt: at(900), refreshToken: 'fake-rt', idToken: 'fake-idt', scope: 'a' });
  });
});

describe('token_type', () => {
  test.each(['Bearer', 'bearer', 'DPoP', 'N_A'])('%s is kept as returned', (tokenType) => {
    expect(parse({ access_token: 'fake-at', token_type: tokenType }).tokenType).toBe(tokenType);
  });

  test('Bearer when the server omits it', () => {
    expect(parse({ access_token: 'fake-at' }).tokenType).toBe('Bearer');
  });
});

describe('expires_in and expires_at', () => {
  test.each([
    [3600, 3600],
    ['3600', 3600],
    [' 120 ', 120],
    [3599.7, 3599],
    ['59.9', 59],
    [0, 0]
  ])('expires_in %p is %p whole seconds', (value, seconds) => {
    expect(parse({ access_token: 'fake-at', expires_in: value })).toMatchObject({ expiresIn: seconds, expiresAt: at(seconds) });
  });

  test.each([['soon'], [-5], [true], [{ seconds: 5 }], ['']])('an unusable expires_in %p is unknown for an opaque token', (value) => {
    const token = parse({ access_token: 'fake-opaque-at', expires_in: value });
    expect(token.expiresIn).toBeUndefined();
    expect(token.expiresAt).toBeUndefined();
  });

  test("without expires_in, a JWT access token's exp gives both", () => {
    const token = parse({ access_token: jwtWith({ sub: 'ci', exp: NOW_MS / 1000 + 900 }) });
    expect(token).toMatchObject({ expiresIn: 900, expiresAt: at(900) });
  });

  test('an exp already past is 0 seconds, not negative', () => {
    expect(parse({ access_token: jwtWith({ exp: NOW_MS / 1000 - 60 }) })).toMatchObject({ expiresIn: 0, expiresAt: at(0) });
  });

  test('expires_in wins over the JWT exp', () => {
    expect(parse({ access_token: jwtWith({ exp: NOW_MS / 1000 + 900 }), expires_in: 300 }).expiresIn).toBe(300);
  });

  test('a JWT without a numeric exp, or a token that only looks like one, is unknown', () => {
    expect(parse({ access_token: jwtWith({ exp: 'tomorrow' }) }).expiresIn).toBeUndefined();
    expect(parse({ access_token: 'a.b.c' }).expiresIn).toBeUndefined();
    expect(parse({ access_token: 'opaque-token' }).expiresAt).toBeUndefined();
  });
});

describe('scope', () => {
  test('a list of scopes becomes the space-separated string', () => {
    expect(parse({ access_token: 'fake-at', scope: ['read', 'write'] }).scope).toBe('read write');
  });

  test('absent or empty is unknown', () => {
    expect(parse({ access_token: 'fake-at', scope: '' }).scope).toBeUndefined();
    expect(parse({ access_token: 'fake-at' }).scope).toBeUndefined();
  });
});

describe('isoInstant', () => {
  const expected = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

  test('is toISOString() to the second, for instants across four centuries and the edges of a day', () => {
    const instants = [0, 999, 86_399_999, Date.UTC(2026, 11, 31, 23, 59, 59, 999), Date.UTC(1970, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59), Date.UTC(100, 1, 29, 12)];
    for (let index = 0; index < 2000; index++) instants.push(Math.floor(Math.random() * Date.UTC(2400, 0, 1)));
    for (const ms of instants) expect(isoInstant(ms)).toBe(expected(ms));
  });

  test('a year outside 0000-9999 takes the extended form', () => {
    for (const ms of [Date.UTC(10_000, 0, 1), Date.UTC(-1, 5, 1)]) expect(isoInstant(ms)).toBe(expected(ms));
  });
});

test("an answer with no Content-Type: the error's contentType is undefined, the message says so", () => {
  let error: unknown;
  try {
    parseTokenResponse({ status: 502, headers: {}, body: '<html>Bad gateway</html>' }, NOW_MS);
  } catch (caught) {
    error = caught;
  }
  expect(error).toMatchObject({
    code: 'HTTP_ERROR',
    status: 502,
    contentType: undefined,
    message: 'Token endpoint answered HTTP 502 with no content type that is not a JSON error response'
  });
});
