/**
 * CLI, `--verbose`: redacted diagnostics of the request on stderr, one line each; stdout
 * still holds only the token.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { runCli, stderrLines, type CliRun } from './run-cli.js';

const clientSecret = 'verbose-secret-0123';
const accessToken = 'at-verbose-0123456789';
let server: TokenServer;
let run: CliRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: accessToken })]);
  run = await runCli(['--verbose', '--token-url', `${server.tokenUrl}?echo=${clientSecret}`], { OAUTH_CLIENT_ID: 'verbose-client', OAUTH_CLIENT_SECRET: clientSecret });
});
afterAll(() => server.close());

test('stdout holds only the token', () => {
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(`${accessToken}\n`);
});

test('stderr tells what was sent and answered, one prefixed line each', () => {
  const lines = stderrLines(run);
  expect(lines).toEqual([
    expect.stringMatching(/^oauth-token: POST http:\/\/127\.0\.0\.1:\d+\/token\?echo=\*\*\*: grant client_credentials, client auth client_secret_basic/),
    expect.stringMatching(/^oauth-token: .*HTTP 200/)
  ]);
});

test('no secret reaches stderr, not even one in the URL', () => {
  expectNoSecrets(run.stderr, [clientSecret, accessToken, basicForms('verbose-client', clientSecret)[0]!]);
});
