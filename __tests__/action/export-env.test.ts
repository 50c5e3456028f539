/**
 * Runner level: `export-env` also writes the access token to GITHUB_ENV for later
 * steps, after it was masked, and the step outputs stay as they are.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'fake-export-env-secret-5e';
const accessToken = 'fake-export-env-access-0123456789';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: accessToken })]);
  run = await runAction(
    { 'token-url': server.tokenUrl, 'client-id': 'fake-export-client', 'client-secret': clientSecret, 'export-env': 'API_TOKEN' },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('exports exactly the access token to GITHUB_ENV under the chosen name', () => {
  expect(run.code).toBe(0);
  expect(run.exportedEnv).toEqual({ API_TOKEN: accessToken });
  expect(run.outputs.access_token).toBe(accessToken);
});

test('masks the token before anything prints, and shows it nowhere', () => {
  expectMaskedAndHidden(run, [accessToken, clientSecret], [accessToken, clientSecret]);
});
