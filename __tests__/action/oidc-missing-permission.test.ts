/**
 * Runner level: a job without `permissions: id-token: write` has no
 * ACTIONS_ID_TOKEN_REQUEST_URL. The action fails at once with one line that says so and
 * how to add the permission, and sends nothing to the token endpoint.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply()]);
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'ci', 'github-oidc-audience': 'api://AzureADTokenExchange' });
});
afterAll(() => server.close());

test('fails with the permission message as its only error line', () => {
  expect(run.code).toBe(1);
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  expect(errors).toEqual([
    '::error::Input "github-oidc-audience" needs the job\'s OIDC ID token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job lacks "permissions: id-token: write". ' +
      'Add "permissions: { id-token: write, contents: read }" to the job (or the workflow); a pull request from a fork does not get it by default'
  ]);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
});

test('sends no request and writes no output', () => {
  expect(server.requests).toHaveLength(0);
  expect(run.outputs).toEqual({});
});
