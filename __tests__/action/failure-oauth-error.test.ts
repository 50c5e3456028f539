/**
 * Runner level: an RFC 6749 §5.2 `invalid_client` answer fails at once (no retry) in
 * one line with the HTTP status, error and error_description.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden, expectOneLineFailure } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { basicForms } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientId = 'fake-client';
const clientSecret = 'fake-oauth-error-secret:+%/ x';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ status: 401, json: { error: 'invalid_client', error_description: 'Client authentication failed' } }]);
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': clientId, 'client-secret': clientSecret, retries: '3' }, { env: { RUNNER_DEBUG: '1' } });
});
afterAll(() => server.close());

test('fails in one line with status, error and description', () => {
  expectOneLineFailure(run, 'Token endpoint answered HTTP 401: invalid_client: Client authentication failed');
});

test('does not retry a 401', () => {
  expect(server.requests).toHaveLength(1);
});

test('the secret and its Basic value were masked and are shown nowhere', () => {
  const [basic] = basicForms(clientId, clientSecret);
  expectMaskedAndHidden(run, [clientSecret, basic!, `Basic ${basic}`], [clientSecret, basic!]);
});
