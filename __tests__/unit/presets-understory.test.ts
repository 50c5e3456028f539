/**
 * The `understory` preset sends exactly what Understory's quick start documents
 * (shared/providers/002): a form body with grant_type, the user's scopes,
 * `audience=https://api.understory.io` and the client credentials, plus the
 * `User-Agent` the user names through `headers`.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { InputError, getToken } from '../../src/index.js';
import { formPairs, interceptTokenEndpoint, recordingRuntime, sortedPairs, useNock } from '../helpers/nock-endpoint.js';

useNock({ beforeAll, afterEach, afterAll });

const TOKEN_URL = 'https://api.auth.understory.io/oauth2/token';
const clientId = 'fake-understory-client';
const clientSecret = 'fake-understory-secret-8f2e';
const accessToken = 'fake-understory-access-eyJhbGciOiJSUzI1NiIs';
const documentedAnswer = { access_token: accessToken, expires_in: 3599, scope: 'openid marketing.read', token_type: 'bearer' };

test('POSTs the documented form body with the user-agent the user asks for', async () => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: documentedAnswer }]);
  const token = await getToken(
    { provider: 'understory', clientId, clientSecret, scope: 'openid marketing.read', headers: 'User-Agent: My-Company/Marketing-Automation-App' },
    recordingRuntime()
  );

  expect(endpoint.requests).toHaveLength(1);
  const [request] = endpoint.requests;
  expect(request!.method).toBe('POST');
  expect(request!.path).toBe('/oauth2/token');
  expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(request!.headers['user-agent']).toBe('My-Company/Marketing-Automation-App');
  expect(request!.headers.authorization).toBeUndefined();
  expect(formPairs(request!.body)).toEqual(
    sortedPairs({
      grant_type: 'client_credentials',
      scope: 'openid marketing.read',
      audience: 'https://api.understory.io',
      client_id: clientId,
      client_secret: clientSecret
    })
  );

  // token_type stays as returned: Understory (Ory) says "bearer".
  expect(token).toMatchObject({ accessToken, expiresIn: 3599, tokenType: 'bearer', scope: 'openid marketing.read' });
  expect(token.refreshToken).toBeUndefined();
});

test('without a headers input, our own User-Agent is sent', async () => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: documentedAnswer }]);
  await getToken({ provider: 'understory', clientId, clientSecret, scope: 'openid' }, recordingRuntime());
  expect(endpoint.requests[0]!.headers['user-agent']).toMatch(/^oauth-token-action\/\d+\.\d+\.\d+$/);
});

test('scope is required and fails before any request', async () => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: documentedAnswer }]);
  const failure = getToken({ provider: 'understory', clientId, clientSecret }, recordingRuntime());
  await expect(failure).rejects.toThrow(new InputError('scope', 'is required by provider "understory"'));
  await expect(failure).rejects.toMatchObject({ input: 'scope', message: 'Input "scope" is required by provider "understory"' });
  expect(endpoint.requests).toHaveLength(0);
});

test('the audience yields to the audience input, the endpoint to token-url', async () => {
  const endpoint = interceptTokenEndpoint('https://staging.example.test/oauth2/token', [{ json: documentedAnswer }]);
  await getToken(
    { provider: 'understory', tokenUrl: 'https://staging.example.test/oauth2/token', clientId, clientSecret, scope: 'openid', audience: 'https://api.staging.example.test' },
    recordingRuntime()
  );
  expect(formPairs(endpoint.requests[0]!.body)).toEqual(
    sortedPairs({ grant_type: 'client_credentials', scope: 'openid', audience: 'https://api.staging.example.test', client_id: clientId, client_secret: clientSecret })
  );
});
