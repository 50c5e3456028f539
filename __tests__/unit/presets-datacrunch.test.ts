/**
 * The `datacrunch` preset sends exactly what DataCrunch documents
 * (shared/providers/000, 001): a JSON body with the client credentials, and a refresh
 * with only `grant_type` and `refresh_token`.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { getToken } from '../../src/index.js';
import { NOW_MS, interceptTokenEndpoint, recordingRuntime, useNock } from '../helpers/nock-endpoint.js';

useNock({ beforeAll, afterEach, afterAll });

const TOKEN_URL = 'https://api.datacrunch.io/v1/oauth2/token';
const clientId = 'fake-dc-client-Ibk5bdxV64';
const clientSecret = 'fake-dc-secret-Z4CZq02rdw';
const accessToken = 'fake-dc-access-token-eyJhbGciOi';
const refreshToken = 'fake-dc-refresh-token-eyJ3b3ci';
const documentedAnswer = { access_token: accessToken, token_type: 'Bearer', expires_in: 3600, refresh_token: refreshToken, scope: 'fullAccess' };

test('client_credentials: POST JSON {grant_type, client_id, client_secret} to the documented URL, and nothing else', async () => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: documentedAnswer }]);
  const token = await getToken({ provider: 'datacrunch', clientId, clientSecret }, recordingRuntime());

  expect(endpoint.requests).toHaveLength(1);
  const [request] = endpoint.requests;
  expect(request!.method).toBe('POST');
  expect(request!.path).toBe('/v1/oauth2/token');
  expect(request!.headers['content-type']).toBe('application/json');
  expect(request!.headers.accept).toBe('application/json');
  expect(request!.headers['user-agent']).toMatch(/^oauth-token-action\/\d+\.\d+\.\d+/);
  expect(request!.headers.authorization).toBeUndefined();
  expect(JSON.parse(request!.body)).toEqual({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });

  expect(token).toEqual({
    accessToken,
    expiresIn: 3600,
    expiresAt: new Date(NOW_MS + 3600_000).toISOString().replace('.000Z', 'Z'),
    tokenType: 'Bearer',
    scope: 'fullAccess',
    refreshToken,
    idToken: undefined,
    issuedTokenType: undefined,
    raw: documentedAnswer
  });
});

test('refresh_token: sends ONLY grant_type and refresh_token, even when the client credentials are given', async () => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: { ...documentedAnswer, access_token: `${accessToken}-2` } }]);
  const runtime = recordingRuntime();
  const token = await getToken({ provider: 'datacrunch', grantType: 'refresh_token', refreshToken, clientId, clientSecret }, runtime);

  const [request] = endpoint.requests;
  expect(request!.headers['content-type']).toBe('application/json');
  expect(request!.headers.authorization).toBeUndefined();
  expect(JSON.parse(request!.body)).toEqual({ grant_type: 'refresh_token', refresh_token: refreshToken });
  expect(token.accessToken).toBe(`${accessToken}-2`);
  expect(token.refreshToken).toBe(refreshToken);
  expect(runtime.secrets).toEqual(expect.arrayContaining([refreshToken, clientSecret, `${accessToken}-2`]));
});

test('refresh_token works with no client credentials at all', async () => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: documentedAnswer }]);
  await getToken({ provider: 'datacrunch', grantType: 'refresh_token', refreshToken }, recordingRuntime());
  expect(JSON.parse(endpoint.requests[0]!.body)).toEqual({ grant_type: 'refresh_token', refresh_token: refreshToken });
});

test.each([
  ['scope', { scope: 'fullAccess' }],
  ['extra-params', { extraParams: 'x=1' }]
])('refresh_token with %s, which DataCrunch documents no refresh to take, fails before any request', async (input, extra) => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: documentedAnswer }]);
  await expect(getToken({ provider: 'datacrunch', grantType: 'refresh_token', refreshToken, ...extra }, recordingRuntime())).rejects.toMatchObject({
    code: 'INVALID_INPUT',
    input,
    problem: 'is not sent with grant "refresh_token" by provider "datacrunch", which documents no other parameters for it'
  });
  expect(endpoint.requests).toEqual([]);
});

test('every preset field yields to an input: token-url, body-format, client-auth', async () => {
  const endpoint = interceptTokenEndpoint('https://proxy.example.test/dc/token', [{ json: documentedAnswer }]);
  await getToken(
    { provider: 'datacrunch', tokenUrl: 'https://proxy.example.test/dc/token', bodyFormat: 'form', clientAuth: 'client_secret_basic', clientId, clientSecret },
    recordingRuntime()
  );
  const [request] = endpoint.requests;
  expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(request!.headers.authorization).toBe(`Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`);
  expect(request!.body).toBe('grant_type=client_credentials');
});

test('an explicit client-auth applies to the refresh too', async () => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: documentedAnswer }]);
  await getToken({ provider: 'datacrunch', grantType: 'refresh_token', clientAuth: 'client_secret_post', refreshToken, clientId, clientSecret }, recordingRuntime());
  expect(JSON.parse(endpoint.requests[0]!.body)).toEqual({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId, client_secret: clientSecret });
});
