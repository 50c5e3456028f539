/**
 * Runner level (issue #10, item 10): a short client secret (`secret`) does not garble
 * our own messages: `client_secret_basic` stays readable in the debug line, while the
 * secret the server echoes is redacted. (On a real runner, `::add-mask::` makes the
 * runner mask the word in the log too; the action itself prints it whole.)
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ status: 401, json: { error: 'invalid_client', error_description: 'the secret secret is wrong' } }]);
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'short-client', 'client-secret': 'secret', retries: '0' }, { env: { RUNNER_DEBUG: '1' } });
});
afterAll(() => server.close());

test('the debug line reads as written', () => {
  expect(run.stdout.split('\n').filter((line) => line.startsWith('::debug::POST'))).toEqual([
    `::debug::POST ${server.tokenUrl}: grant client_credentials, client auth client_secret_basic, form body`
  ]);
});

test('the failure line is readable, and the secret the server echoed is redacted', () => {
  expect(run.code).toBe(1);
  expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual(['::error::Token endpoint answered HTTP 401: invalid_client: the *** *** is wrong']);
});
