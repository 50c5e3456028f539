/**
 * Runner level: `provider: bitquery` sends the client credentials and `scope=api`
 * in a form body.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden, expectTokenOutputs, expectOnePost, OUR_USER_AGENT } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientId = 'fake-bitquery-client';
const clientSecret = 'fake-bitquery-secret-41c9';
const accessToken = 'ory_at_fake-bitquery-0123456789';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ json: { access_token: accessToken, expires_in: 2627999, scope: 'api', token_type: 'bearer' } }]);
  run = await runAction(
    { provider: 'bitquery', 'token-url': `${server.origin}/oauth2/token`, 'client-id': clientId, 'client-secret': clientSecret },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('POSTs grant_type, client_id, client_secret and scope=api, and nothing else', () => {
  const request = expectOnePost(server.requests, '/oauth2/token', { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': OUR_USER_AGENT, authorization: undefined });
  expect([...new URLSearchParams(request.body).keys()].sort()).toEqual(['client_id', 'client_secret', 'grant_type', 'scope']);
  expect(formOf(request)).toEqual({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'api' });
});

test('writes the outputs and succeeds', () => {
  expectTokenOutputs(run, { access_token: accessToken, expires_in: '2627999', token_type: 'bearer', scope: 'api' });
});

test('masks the token and the secret, and shows neither', () => {
  expectMaskedAndHidden(run, [accessToken, clientSecret], [accessToken, clientSecret]);
});
