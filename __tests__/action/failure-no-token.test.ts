/**
 * Runner level: a 200 answer without an access token fails in one line with the
 * status and the fields it did have (names only, never values).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden, expectOneLineFailure } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'fake-no-token-secret-31';
const refreshToken = 'fake-unexpected-refresh-token-0123';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ json: { token_type: 'Bearer', expires_in: 3600, refresh_token: refreshToken } }]);
  run = await runAction(
    { provider: 'datacrunch', 'token-url': `${server.origin}/v1/oauth2/token`, 'client-id': 'fake-client', 'client-secret': clientSecret },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('fails in one line with the status and the field names', () => {
  expectOneLineFailure(run, 'Token endpoint answered HTTP 200 but the response has no access_token (fields: token_type, expires_in, refresh_token)');
  expect(server.requests).toHaveLength(1);
});

test('prints no value from the answer', () => {
  expect(run.stdout + run.stderr).not.toContain(refreshToken);
});

test('the secret was masked and is shown nowhere', () => {
  expectMaskedAndHidden(run, [clientSecret], [clientSecret]);
});
