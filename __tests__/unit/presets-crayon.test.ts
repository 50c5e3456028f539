/**
 * The `crayon` preset sends exactly what Crayon's "Get Token" documents
 * (shared/providers/003): the password grant to the URL with its trailing slash,
 * `Authorization: Basic` of the raw `ClientId:ClientSecret`, a form body of grant_type,
 * username, password and `scope=CustomerApi`, and reads the PascalCase answer.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { InputError, getToken } from '../../src/index.js';
import { NOW_MS, decodedBasic, formPairs, interceptTokenEndpoint, recordingRuntime, sortedPairs, useNock } from '../helpers/nock-endpoint.js';

useNock({ beforeAll, afterEach, afterAll });

const TOKEN_URL = 'https://api.crayon.com/api/v1/connect/token/';
const clientId = 'fake-crayon-client-7d1';
// Characters that RFC 6749 §2.3.1 form-encoding would change: Crayon documents the raw form.
const clientSecret = 'fake:crayon+secret%2F/ with spaces';
const username = 'api-user@example.test';
const password = 'fake crayon p@ss:word+%';
const accessToken = 'fake-crayon-access-eyJhbGciOiJSUzI1NiIs';
const documentedAnswer = { AccessToken: accessToken, IdentityToken: null, Error: null, ExpiresIn: 20060, TokenType: 'Bearer', RefreshToken: null };

test('POSTs the documented request: trailing slash, raw Basic, Accept, form body of four fields', async () => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: documentedAnswer }]);
  const runtime = recordingRuntime();
  const token = await getToken({ provider: 'crayon', clientId, clientSecret, username, password }, runtime);

  expect(endpoint.requests).toHaveLength(1);
  const [request] = endpoint.requests;
  expect(request!.method).toBe('POST');
  expect(request!.path).toBe('/api/v1/connect/token/');
  expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(request!.headers.accept).toBe('application/json');
  expect(request!.headers['user-agent']).toMatch(/^oauth-token-action\//);
  const basic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
  expect(request!.headers.authorization).toBe(basic);
  expect(decodedBasic(request!.headers.authorization)).toBe(`${clientId}:${clientSecret}`);
  expect(formPairs(request!.body)).toEqual(sortedPairs({ grant_type: 'password', username, password, scope: 'CustomerApi' }));

  expect(token).toEqual({
    accessToken,
    expiresIn: 20060,
    expiresAt: new Date(NOW_MS + 20060_000).toISOString().replace('.000Z', 'Z'),
    tokenType: 'Bearer',
    scope: undefined,
    refreshToken: undefined,
    idToken: undefined,
    issuedTokenType: undefined,
    raw: documentedAnswer
  });
  // The Basic value is a secret of its own, masked before the request is sent.
  expect(runtime.secrets).toEqual(expect.arrayContaining([clientSecret, password, basic, accessToken]));
});

test('RefreshToken and IdentityToken, when Crayon gives them, come out as refresh and ID tokens', async () => {
  interceptTokenEndpoint(TOKEN_URL, [{ json: { ...documentedAnswer, RefreshToken: 'fake-crayon-refresh', IdentityToken: 'fake-crayon-identity' } }]);
  const runtime = recordingRuntime();
  const token = await getToken({ provider: 'crayon', clientId, clientSecret, username, password }, runtime);
  expect(token).toMatchObject({ refreshToken: 'fake-crayon-refresh', idToken: 'fake-crayon-identity' });
  expect(runtime.secrets).toEqual(expect.arrayContaining(['fake-crayon-refresh', 'fake-crayon-identity']));
});

test('username and password are required, before any request', async () => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: documentedAnswer }]);
  await expect(getToken({ provider: 'crayon', clientId, clientSecret, password }, recordingRuntime())).rejects.toMatchObject({
    input: 'username',
    message: 'Input "username" is required with grant-type "password"'
  });
  await expect(getToken({ provider: 'crayon', clientId, clientSecret, username }, recordingRuntime())).rejects.toThrow(
    new InputError('password', 'is required with grant-type "password"')
  );
  expect(endpoint.requests).toHaveLength(0);
});

test('scope=CustomerApi yields to the scope input, the endpoint to token-url', async () => {
  const endpoint = interceptTokenEndpoint('https://crayon-proxy.example.test/token/', [{ json: documentedAnswer }]);
  await getToken(
    { provider: 'crayon', tokenUrl: 'https://crayon-proxy.example.test/token/', clientId, clientSecret, username, password, scope: 'CustomerApi Other' },
    recordingRuntime()
  );
  expect(formPairs(endpoint.requests[0]!.body)).toEqual(sortedPairs({ grant_type: 'password', username, password, scope: 'CustomerApi Other' }));
});
