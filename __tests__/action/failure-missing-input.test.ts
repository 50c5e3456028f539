/**
 * Runner level: a missing input (crayon's password) fails before any request with one
 * `::error::` line naming it, exit code 1, and no stack trace.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden, expectOneLineFailure } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'fake-missing-input-secret:+/';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply()]);
  run = await runAction(
    { provider: 'crayon', 'token-url': `${server.origin}/api/v1/connect/token/`, 'client-id': 'fake-client', 'client-secret': clientSecret, username: 'api-user' },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('fails with one line naming the input', () => {
  expectOneLineFailure(run, 'Input "password" is required with grant-type "password"');
});

test('sends no request', () => {
  expect(server.requests).toHaveLength(0);
});

test('the secret was masked and is shown nowhere', () => {
  expectMaskedAndHidden(run, [clientSecret], [clientSecret]);
});
