/**
 * The `bitquery` preset sends exactly what Bitquery documents
 * (shared/providers/004): a form body with grant_type, the client credentials and
 * `scope=api`.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { getToken } from '../../src/index.js';
import { formPairs, interceptTokenEndpoint, recordingRuntime, sortedPairs, useNock } from '../helpers/nock-endpoint.js';

useNock({ beforeAll, afterEach, afterAll });

const TOKEN_URL = 'https://oauth2.bitquery.io/oauth2/token';
const clientId = 'fake-bitquery-client';
const clientSecret = 'fake-bitquery-secret-41c9';
const documentedAnswer = { access_token: 'ory_at_fake-bitquery-token', expires_in: 2627999, scope: 'api', token_type: 'bearer' };

test('POSTs grant_type, client_id, client_secret and scope=api as a form, and nothing else', async () => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: documentedAnswer }]);
  const token = await getToken({ provider: 'bitquery', clientId, clientSecret }, recordingRuntime());

  expect(endpoint.requests).toHaveLength(1);
  const [request] = endpoint.requests;
  expect(request!.method).toBe('POST');
  expect(request!.path).toBe('/oauth2/token');
  expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(request!.headers['user-agent']).toMatch(/^oauth-token-action\//);
  expect(request!.headers.authorization).toBeUndefined();
  expect(formPairs(request!.body)).toEqual(sortedPairs({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'api' }));

  expect(token).toMatchObject({ accessToken: 'ory_at_fake-bitquery-token', expiresIn: 2627999, tokenType: 'bearer', scope: 'api' });
});

test('scope=api yields to the scope input', async () => {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: documentedAnswer }]);
  await getToken({ provider: 'bitquery', clientId, clientSecret, scope: 'api offline' }, recordingRuntime());
  expect(formPairs(endpoint.requests[0]!.body)).toEqual(sortedPairs({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'api offline' }));
});
