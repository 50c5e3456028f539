/**
 * CLI (issue #10): an access token that is not RFC 6749 §A.12 VSCHAR is refused: exit
 * 1, one line on stderr, nothing on stdout. Printed, a token with a line break would
 * write a second line wherever a shell puts it (`echo "TOKEN=$(oauth-token)" >> file`).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { runCli, stderrLines, type CliRun } from './run-cli.js';

const env = { OAUTH_CLIENT_ID: 'vschar-client', OAUTH_CLIENT_SECRET: 'vschar-secret-0123456789', OAUTH_RETRIES: '0' };
let server: TokenServer;
const runs: CliRun[] = [];

beforeAll(async () => {
  server = await startTokenServer((request) =>
    tokenReply({ access_token: request.url === '/newline' ? 'at-vschar-0123\nINJECTED=1' : 'at-vschar-0123\x1b]52;c;eA==\x07caf\u00e9' })
  );
  for (const path of ['newline', 'escape']) {
    for (const output of ['token', 'env', 'dotenv', 'json']) runs.push(await runCli(['--token-url', `${server.origin}/${path}`, '--output', output], env));
  }
});
afterAll(() => server.close());

test('every output format: exit 1, nothing on stdout, one line on stderr that does not show the token', () => {
  expect(runs).toHaveLength(8);
  for (const run of runs) {
    expect({ code: run.code, stdout: run.stdout, stderr: stderrLines(run) }).toEqual({
      code: 1,
      stdout: '',
      stderr: ['oauth-token: Token endpoint answered HTTP 200 with an access_token that is not printable ASCII (RFC 6749 §A.12 VSCHAR); refusing it']
    });
  }
});
