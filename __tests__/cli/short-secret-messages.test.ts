/**
 * CLI (issue #10, item 10): short secrets (`secret`, `s`) never garble our own
 * messages, which hold no secret by construction; only the text a server sent is redacted.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { runCli, stderrLines, type CliRun } from './run-cli.js';

let server: TokenServer;
const runs: Record<string, CliRun> = {};
/** The hint line of a refused client: it names the inputs, never their values. */
const CREDENTIALS_HINT =
  "oauth-token: Hint: the server refused the client's credentials: check client-id and the secret behind client-secret (rotated or expired, or another client's or environment's)";

beforeAll(async () => {
  server = await startTokenServer((request) => ({
    status: 401,
    json: { error: 'invalid_client', error_description: request.url === '/echo-1' ? 'the secret secret is wrong' : 'wrong: s' }
  }));
  const url = (path: string) => `${server.origin}/${path}`;
  runs.noClientId = await runCli(['--token-url', url('token')], { OAUTH_CLIENT_SECRET: 'secret' });
  runs.secretWithNone = await runCli(['--token-url', url('token'), '--client-auth', 'none'], { OAUTH_CLIENT_ID: 'short-client', OAUTH_CLIENT_SECRET: 's' });
  runs.badBodyFormat = await runCli(['--token-url', url('token'), '--body-format', 'secret'], { OAUTH_CLIENT_ID: 'short-client', OAUTH_CLIENT_SECRET: 'secret' });
  runs.echoSecret = await runCli(['--verbose', '--token-url', url('echo-1'), '--retries', '0'], { OAUTH_CLIENT_ID: 'short-client', OAUTH_CLIENT_SECRET: 'secret' });
  runs.echoS = await runCli(['--verbose', '--token-url', url('echo-2'), '--retries', '0'], { OAUTH_CLIENT_ID: 'short-client', OAUTH_CLIENT_SECRET: 's' });
});
afterAll(() => server.close());

test('input errors read as written, whatever the secret', () => {
  expect(stderrLines(runs.noClientId!)).toEqual(['oauth-token: --client-id (OAUTH_CLIENT_ID) is required with client-auth "client_secret_basic"']);
  expect(stderrLines(runs.secretWithNone!)).toEqual([
    'oauth-token: --client-secret (OAUTH_CLIENT_SECRET) is not used with client-auth "none"; remove it or choose a client_secret_* method'
  ]);
  expect([runs.noClientId!.code, runs.secretWithNone!.code]).toEqual([2, 2]);
});

test('a secret given as the value of another input is still not shown', () => {
  expect(stderrLines(runs.badBodyFormat!)).toEqual(['oauth-token: --body-format (OAUTH_BODY_FORMAT) must be one of form, json (got "***")']);
});

test('with the secret "secret": --verbose and the failure read as written, the echoed secret redacted', () => {
  expect(stderrLines(runs.echoSecret!)).toEqual([
    `oauth-token: POST ${server.origin}/echo-1: grant client_credentials, client auth client_secret_basic, form body`,
    'oauth-token: Token endpoint answered HTTP 401 (application/json) after 1 attempt(s)',
    'oauth-token: Token endpoint answered HTTP 401: invalid_client: the *** *** is wrong',
    CREDENTIALS_HINT
  ]);
});

test('with the secret "s": --verbose and the failure read as written, the echoed secret redacted', () => {
  expect(stderrLines(runs.echoS!)).toEqual([
    `oauth-token: POST ${server.origin}/echo-2: grant client_credentials, client auth client_secret_basic, form body`,
    // The server's own text (its content type) is redacted wherever the secret is in it, even a one-letter one.
    'oauth-token: Token endpoint answered HTTP 401 (application/j***on) after 1 attempt(s)',
    'oauth-token: Token endpoint answered HTTP 401: invalid_client: wrong: ***',
    CREDENTIALS_HINT
  ]);
  expect([runs.echoS!.code, runs.echoS!.stdout]).toEqual([1, '']);
});
