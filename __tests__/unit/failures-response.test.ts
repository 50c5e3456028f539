/**
 * The server's refusals and unusable answers each become one TokenRequestError line
 * with the HTTP status (RFC 6749 §5.2 errors, Crayon's `Error` field, a 200 without a
 * token, HTML and other non-JSON answers), with `code`, `status`, `error` and
 * `errorDescription` for programs.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { TokenRequestError, getToken, type TokenOptions } from '../../src/index.js';
import { interceptTokenEndpoint, recordingRuntime, tokenRequestFailure, useNock, type NockReply } from '../helpers/nock-endpoint.js';

useNock({ beforeAll, afterEach, afterAll });

const TOKEN_URL = 'https://auth.example.test/oauth2/token';
const CRAYON_URL = 'https://api.crayon.com/api/v1/connect/token/';
const clientSecret = 'fake-secret-7Qx:+/';
const generic: TokenOptions = { tokenUrl: TOKEN_URL, clientId: 'fake-client', clientSecret };
const crayon: TokenOptions = { provider: 'crayon', clientId: 'fake-client', clientSecret, username: 'api-user', password: 'fake-crayon-pw' };
const html = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';

async function failureOf(url: string, options: TokenOptions, reply: NockReply): Promise<{ error: TokenRequestError; attempts: number }> {
  const endpoint = interceptTokenEndpoint(url, [reply]);
  const error = await tokenRequestFailure(getToken({ retries: 0, ...options }, recordingRuntime()));
  return { error, attempts: endpoint.requests.length };
}

describe('RFC 6749 §5.2 error responses', () => {
  test('invalid_grant with a description', async () => {
    const { error, attempts } = await failureOf(TOKEN_URL, generic, { status: 400, json: { error: 'invalid_grant', error_description: 'The refresh token is expired' } });
    expect(error.message).toBe('Token endpoint answered HTTP 400: invalid_grant: The refresh token is expired');
    expect(error).toMatchObject({ code: 'OAUTH_ERROR', status: 400, error: 'invalid_grant', errorDescription: 'The refresh token is expired' });
    expect(attempts).toBe(1);
  });

  test('invalid_client fails at once even with retries, and a secret echoed back is redacted', async () => {
    const endpoint = interceptTokenEndpoint(TOKEN_URL, [
      { status: 401, json: { error: 'invalid_client', error_description: `Client authentication failed for secret ${clientSecret}` } }
    ]);
    const runtime = recordingRuntime();
    const error = await tokenRequestFailure(getToken({ ...generic, retries: 3 }, runtime));
    expect(error.message).toBe('Token endpoint answered HTTP 401: invalid_client: Client authentication failed for secret ***');
    expect(error).toMatchObject({ code: 'OAUTH_ERROR', status: 401, error: 'invalid_client', errorDescription: 'Client authentication failed for secret ***' });
    expect(endpoint.requests).toHaveLength(1);
    expect(runtime.sleeps).toEqual([]);
  });

  test('an error without a description', async () => {
    const bare = await failureOf(TOKEN_URL, generic, { status: 400, json: { error: 'unsupported_grant_type' } });
    expect(bare.error.message).toBe('Token endpoint answered HTTP 400: unsupported_grant_type');
    expect(bare.error).toMatchObject({ error: 'unsupported_grant_type', errorDescription: undefined });
  });

  test('a multi-line description is flattened to one line', async () => {
    const multiLine = await failureOf(TOKEN_URL, generic, { status: 400, json: { error: 'invalid_scope', error_description: 'Scope "x"\nis not\r\nallowed' } });
    expect(multiLine.error.message).toBe('Token endpoint answered HTTP 400: invalid_scope: Scope "x" is not allowed');
  });

  test('an error field in a 200 answer is still an error', async () => {
    const { error } = await failureOf(TOKEN_URL, generic, { status: 200, json: { error: 'access_denied', error_description: 'Denied' } });
    expect(error.message).toBe('Token endpoint answered HTTP 200: access_denied: Denied');
    expect(error).toMatchObject({ code: 'OAUTH_ERROR', status: 200 });
  });
});

describe("Crayon's PascalCase Error field", () => {
  test('in a 400 answer', async () => {
    const { error } = await failureOf(CRAYON_URL, crayon, {
      status: 400,
      json: { AccessToken: null, IdentityToken: null, Error: 'invalid_grant', ExpiresIn: 0, TokenType: null, RefreshToken: null }
    });
    expect(error.message).toBe('Token endpoint answered HTTP 400: invalid_grant');
    expect(error).toMatchObject({ code: 'OAUTH_ERROR', status: 400, error: 'invalid_grant', errorDescription: undefined });
  });

  test('in a 200 answer without a token', async () => {
    const { error } = await failureOf(CRAYON_URL, crayon, {
      status: 200,
      json: { AccessToken: null, IdentityToken: null, Error: 'invalid_username_or_password', ExpiresIn: 0, TokenType: null, RefreshToken: null }
    });
    expect(error.message).toBe('Token endpoint answered HTTP 200: invalid_username_or_password');
    expect(error).toMatchObject({ code: 'OAUTH_ERROR', status: 200, error: 'invalid_username_or_password' });
  });
});

describe('answers that are not token responses', () => {
  test('a 200 without a token names the fields it had', async () => {
    const { error } = await failureOf(TOKEN_URL, generic, { status: 200, json: { token_type: 'Bearer', expires_in: 3600 } });
    expect(error.message).toBe('Token endpoint answered HTTP 200 but the response has no access_token (fields: token_type, expires_in)');
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', status: 200, error: undefined });
  });

  test('a 200 whose token is not a string', async () => {
    const { error } = await failureOf(TOKEN_URL, generic, { status: 200, json: { access_token: 12345 } });
    expect(error.message).toBe('Token endpoint answered HTTP 200 but the response has an access_token that is not a non-empty string (fields: access_token)');
    expect(error.code).toBe('INVALID_RESPONSE');
  });

  test('an HTML error page gives the status and content type', async () => {
    const { error } = await failureOf(TOKEN_URL, generic, { status: 404, text: html, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    expect(error.message).toBe('Token endpoint answered HTTP 404 with text/html that is not a JSON error response');
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 404, contentType: 'text/html' });
  });

  test('an HTML page with a 200 (a captive portal, a login page)', async () => {
    const { error } = await failureOf(TOKEN_URL, generic, { status: 200, text: html, headers: { 'Content-Type': 'text/html' } });
    expect(error.message).toBe('Token endpoint answered HTTP 200 with text/html that is not a JSON object');
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', status: 200, contentType: 'text/html' });
  });

  test('a 502 HTML page, retried, says how many attempts were made', async () => {
    const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ status: 502, text: html, headers: { 'Content-Type': 'text/html' } }]);
    const error = await tokenRequestFailure(getToken({ ...generic, retries: 2 }, recordingRuntime()));
    expect(error.message).toBe('Token endpoint answered HTTP 502 with text/html that is not a JSON error response (after 3 attempts)');
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 502, attempts: 3 });
    expect(endpoint.requests).toHaveLength(3);
  });

  test('plain text without a content type', async () => {
    const text = await failureOf(TOKEN_URL, generic, { status: 200, text: 'OK' });
    expect(text.error.message).toBe('Token endpoint answered HTTP 200 with no content type that is not a JSON object');
  });

  test('a JSON array', async () => {
    const array = await failureOf(TOKEN_URL, generic, { status: 200, json: [{ access_token: 'fake' }] });
    expect(array.error.message).toBe('Token endpoint answered HTTP 200 with application/json that is not a JSON object');
  });

  test('a JSON error without an OAuth error code, with what it says instead', async () => {
    const { error } = await failureOf(TOKEN_URL, generic, { status: 403, json: { message: 'Forbidden' } });
    expect(error.message).toBe('Token endpoint answered HTTP 403 without an OAuth error code: Forbidden');
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 403 });
  });

  test("Okta's 404 for an authorization server id that does not exist: its errorSummary", async () => {
    const okta = { errorCode: 'E0000007', errorSummary: 'Not found: Resource not found: defualt (AuthorizationServer)', errorLink: 'E0000007', errorId: 'oae1', errorCauses: [] };
    const { error } = await failureOf(TOKEN_URL, generic, { status: 404, json: okta });
    expect(error.message).toBe('Token endpoint answered HTTP 404 without an OAuth error code: Not found: Resource not found: defualt (AuthorizationServer)');
    expect(error.hint).toMatch(/^token-url does not look like a token endpoint/);
  });

  test('a JSON error without an OAuth error code, whose text tries to be a workflow command: neutralised', async () => {
    const { error } = await failureOf(TOKEN_URL, generic, { status: 400, json: { detail: '::error::forged\n\u001b[31mred' } });
    expect(error.message).toBe('Token endpoint answered HTTP 400 without an OAuth error code: : :error::forged red');
  });

  test('a 401 with an empty body says so, and gets the hint about the client credentials', async () => {
    const plainSecret = { ...generic, clientSecret: 'plainsecret0123' };
    const { error } = await failureOf(TOKEN_URL, plainSecret, { status: 401, text: '', headers: { 'WWW-Authenticate': 'Basic realm="oauth2/client"' } });
    expect(error.message).toBe('Token endpoint answered HTTP 401 with an empty body');
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 401, hint: expect.stringMatching(/^the server refused the client's credentials/) });
  });

  test("a 401 whose error is in its WWW-Authenticate challenge (RFC 6750 §3), not in a body: the challenge's error is read", async () => {
    const challenge = 'Bearer realm="token", error="invalid_client", error_description="client authentication failed"';
    const { error } = await failureOf(TOKEN_URL, generic, { status: 401, text: '', headers: { 'WWW-Authenticate': challenge, 'Content-Type': 'application/json' } });
    expect(error.message).toBe('Token endpoint answered HTTP 401: invalid_client: client authentication failed');
    expect(error).toMatchObject({ code: 'OAUTH_ERROR', status: 401, error: 'invalid_client', errorDescription: 'client authentication failed' });
  });

  test('a challenge whose error is a token and whose description holds escaped quotes (RFC 9110 §11.2 quoted-string)', async () => {
    const challenge = 'Basic realm="oauth", error=invalid_client, error_description="client \\"ci\\" is unknown"';
    const { error } = await failureOf(TOKEN_URL, generic, { status: 401, text: ' \n', headers: { 'WWW-Authenticate': challenge } });
    expect(error.message).toBe('Token endpoint answered HTTP 401: invalid_client: client "ci" is unknown');
  });

  test.each([
    ['an error= inside the realm', 'Bearer realm="docs say: error=invalid_scope happens", error="invalid_token"', 'invalid_token'],
    ['an error= inside a quoted value with its own comma', 'Bearer realm="a, error=injected, b", error="real"', 'real'],
    ['an escaped quote inside the realm', 'Bearer realm="x error=\\"evil\\"", error=invalid_client', 'invalid_client'],
    ['an error_description= inside the realm', 'Bearer error="invalid_token", realm="x, error_description=fake"', 'invalid_token']
  ])("a challenge's quoted values are never read as parameters: %s", async (_, challenge, shown) => {
    const { error } = await failureOf(TOKEN_URL, generic, { status: 401, text: '', headers: { 'WWW-Authenticate': challenge } });
    expect(error.message).toBe(`Token endpoint answered HTTP 401: ${shown}`);
  });

  test('a password echoed as UTF-8 in the challenge is read as UTF-8, so it is redacted (Node reads header bytes as latin1)', async () => {
    const password = 'Pw-d!\u00fc \u00e9t\u00e9';
    const options: TokenOptions = { ...generic, grantType: 'password', username: 'alice', password };
    const challenge = Buffer.from(`Bearer error="invalid_grant", error_description="bad password ${password}"`, 'utf8').toString('latin1');
    const { error } = await failureOf(TOKEN_URL, options, { status: 401, text: '', headers: { 'WWW-Authenticate': challenge } });
    expect(error.message).toBe('Token endpoint answered HTTP 401: invalid_grant: bad password ***');
  });

  test('a secret split by a line break in what the server says is still redacted', async () => {
    const split = `${clientSecret.slice(0, 6)}\n${clientSecret.slice(6)}`;
    const { error } = await failureOf(TOKEN_URL, generic, { status: 400, json: { errorSummary: `secret ${split} refused` } });
    expect(error.message).not.toContain(clientSecret.slice(0, 6));
    expect(error.message).toContain('***');
  });

  test('a body of white space alone is an empty body', async () => {
    const { error } = await failureOf(TOKEN_URL, generic, { status: 403, text: ' \r\n' });
    expect(error.message).toBe('Token endpoint answered HTTP 403 with an empty body');
  });

  test("token-url set to the discovery document (or an issuer that answers its metadata): the message names the metadata's token_endpoint", async () => {
    const metadata = {
      issuer: 'https://auth.example.test/realms/ci',
      token_endpoint: 'https://auth.example.test/realms/ci/protocol/openid-connect/token',
      jwks_uri: 'https://auth.example.test/certs'
    };
    const { error } = await failureOf(TOKEN_URL, generic, { status: 200, json: metadata });
    expect(error.message).toBe(
      'Token endpoint answered HTTP 200 with authorization server metadata, not a token: set "token-url" to its token_endpoint (https://auth.example.test/realms/ci/protocol/openid-connect/token), or give "issuer" instead'
    );
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });
  });
});
