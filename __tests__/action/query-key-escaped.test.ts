/**
 * Runner level: an API key in `token-url`'s query, written with escapes of the user's
 * own (lower-case `%c3%a9`, an unneeded `%2D`), is shown as `***` in the debug line by
 * its parameter's name; its other parameters are shown as written. The runner masks only
 * the forms the action registers, none of which is spelt that way.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const rawKey = 's%c3%a9cret%2Dquery-key-0123';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: 'at-query-key-0123456789' })]);
  run = await runAction(
    { 'token-url': `${server.tokenUrl}?tenant=t1&api_key=${rawKey}`, 'client-id': 'query-client', 'client-secret': 'fake-query-secret-0123' },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('the debug line shows the key parameter as ***, and the rest as written', () => {
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`::debug::POST ${server.tokenUrl}?tenant=t1&api_key=***: grant client_credentials`);
});

test('the key is printed in no form', () => {
  expectNoSecrets(run.stdout + run.stderr, [rawKey, decodeURIComponent(rawKey)]);
});
