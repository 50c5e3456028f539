/**
 * CLI, exit status 1: the server refused (RFC 6749 §5.2 error) or could not be reached.
 * One diagnostic line with the status, `error` and `error_description`; stdout empty.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { runCli, stderrLines, type CliRun } from './run-cli.js';

const clientSecret = 'refused-secret-0123';
const env = { OAUTH_CLIENT_ID: 'refused-client', OAUTH_CLIENT_SECRET: clientSecret, OAUTH_RETRIES: '0' };
let server: TokenServer;
let refused: CliRun;
let unreachable: CliRun;

beforeAll(async () => {
  server = await startTokenServer([{ status: 401, json: { error: 'invalid_client', error_description: `Client authentication failed\nfor ${clientSecret}` } }]);
  refused = await runCli(['--token-url', server.tokenUrl], env);
  const closed = await startTokenServer([]);
  await closed.close();
  unreachable = await runCli(['--token-url', closed.tokenUrl], env);
});
afterAll(() => server.close());

test('a refusal exits 1 with one line: status, error, error_description (redacted), and the hint saying which inputs to check', () => {
  expect(refused.code).toBe(1);
  expect(refused.stdout).toBe('');
  expect(stderrLines(refused)).toEqual([
    expect.stringMatching(/^oauth-token: .*HTTP 401.*invalid_client.*Client authentication failed for \*\*\*/),
    expect.stringMatching(/^oauth-token: Hint: the server refused the client's credentials: check client-id and the secret behind client-secret/)
  ]);
});

test('an unreachable server exits 1 with one line', () => {
  expect(unreachable.code).toBe(1);
  expect(unreachable.stdout).toBe('');
  expect(stderrLines(unreachable)).toEqual([expect.stringMatching(/^oauth-token: .*127\.0\.0\.1/)]);
});

test('prints no secret', () => {
  expectNoSecrets(refused.stdout + refused.stderr + unreachable.stdout + unreachable.stderr, [clientSecret]);
});
