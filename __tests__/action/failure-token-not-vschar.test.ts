/**
 * Runner level (issue #10): an access token that is not RFC 6749 §A.12 VSCHAR (here a
 * line break that would write a second line wherever the token is put) is refused in
 * one line, with no output and without printing the token.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectOneLineFailure } from '../helpers/action-expect.js';
import { expectInert } from '../helpers/inert.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const accessToken = 'at-not-vschar-0123456789\nINJECTED=1';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: accessToken })]);
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'vschar-client', 'client-secret': 'vschar-secret-0123456789' }, { env: { RUNNER_DEBUG: '1' } });
});
afterAll(() => server.close());

test('fails in one line, exit 1, with no output', () => {
  expectOneLineFailure(run, 'Token endpoint answered HTTP 200 with an access_token that is not printable ASCII (RFC 6749 §A.12 VSCHAR); refusing it');
  expect(run.exportedEnv).toEqual({});
});

test('never prints the token, nor any line of it', () => {
  expect(run.stdout + run.stderr).not.toContain('at-not-vschar-0123456789');
  expect(run.stdout + run.stderr).not.toContain('INJECTED');
  expectInert('stdout', run.stdout);
});
