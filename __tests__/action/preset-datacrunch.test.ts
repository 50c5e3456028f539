/**
 * Runner level: `provider: datacrunch` pointed at 127.0.0.1 with token-url sends the
 * documented JSON body and writes the outputs, refresh token included, all masked.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden, expectTokenOutputs, expectOnePost, OUR_USER_AGENT } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientId = 'fake-dc-client-Ibk5bdxV64';
const clientSecret = 'fake-dc-secret-Z4CZq02rdw';
const accessToken = 'fake-dc-access-eyJhbGciOiJIUzI1NiIs';
const refreshToken = 'fake-dc-refresh-eyJ3b3ciOiJhbmQ';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ json: { access_token: accessToken, token_type: 'Bearer', expires_in: 3600, refresh_token: refreshToken, scope: 'fullAccess' } }]);
  run = await runAction(
    { provider: 'datacrunch', 'token-url': `${server.origin}/v1/oauth2/token`, 'client-id': clientId, 'client-secret': clientSecret },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('POSTs the documented JSON body to the token-url', () => {
  const request = expectOnePost(server.requests, '/v1/oauth2/token', { 'content-type': 'application/json', 'user-agent': OUR_USER_AGENT, authorization: undefined });
  expect(JSON.parse(request.body)).toEqual({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
});

test('writes the outputs and succeeds', () => {
  expectTokenOutputs(run, { access_token: accessToken, expires_in: '3600', token_type: 'Bearer', scope: 'fullAccess', refresh_token: refreshToken });
});

test('masks the tokens and the secret, and shows none of them', () => {
  expectMaskedAndHidden(run, [accessToken, refreshToken, clientSecret], [accessToken, refreshToken, clientSecret]);
});
