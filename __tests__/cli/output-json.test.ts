/**
 * CLI, `--output json`: one JSON object with the contract's fields; unknown values are
 * null, `expires_in` a number; `id_token` and `issued_token_type` only when present.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { runCli, type CliRun } from './run-cli.js';

const env = { OAUTH_CLIENT_ID: 'json-client', OAUTH_CLIENT_SECRET: 'json-secret-0123' };
const full = {
  access_token: 'at-json-full-0123456789',
  token_type: 'bearer',
  expires_in: '600',
  scope: 'read write',
  refresh_token: 'rt-json-full-0123456789',
  id_token: 'idt-json-full-0123456789'
};
let server: TokenServer;
let fullRun: CliRun;
let minimalRun: CliRun;

beforeAll(async () => {
  server = await startTokenServer([{ json: full }, { json: { access_token: 'at-json-minimal-0123' } }]);
  fullRun = await runCli(['--token-url', server.tokenUrl, '--scope', 'read write', '--output', 'json'], env);
  minimalRun = await runCli(['--token-url', server.tokenUrl, '--output=json'], env);
});
afterAll(() => server.close());

test('authenticates with the generic preset (RFC 6749 §2.3.1 Basic) and sends the scope', () => {
  expect(server.requests[0]!.headers.authorization).toBe(`Basic ${basicForms(env.OAUTH_CLIENT_ID, env.OAUTH_CLIENT_SECRET)[0]}`);
  expect(formOf(server.requests[0]!)).toEqual({ grant_type: 'client_credentials', scope: 'read write' });
});

test('prints every field of a full answer as one JSON line', () => {
  expect(fullRun.code).toBe(0);
  expect(fullRun.stdout.endsWith('}\n')).toBe(true);
  expect(fullRun.stdout.trimEnd().includes('\n')).toBe(false);
  const printed = JSON.parse(fullRun.stdout) as Record<string, unknown>;
  expect(printed).toEqual({
    access_token: full.access_token,
    expires_in: 600,
    expires_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
    token_type: 'bearer',
    scope: 'read write',
    refresh_token: full.refresh_token,
    id_token: full.id_token
  });
  expect(Object.keys(printed)).toEqual(['access_token', 'expires_in', 'expires_at', 'token_type', 'scope', 'refresh_token', 'id_token']);
});

test('prints null for what a minimal answer leaves out', () => {
  expect(minimalRun.code).toBe(0);
  expect(JSON.parse(minimalRun.stdout)).toEqual({
    access_token: 'at-json-minimal-0123',
    expires_in: null,
    expires_at: null,
    token_type: 'Bearer',
    scope: null,
    refresh_token: null
  });
});

test('prints nothing on stderr', () => {
  expect(fullRun.stderr + minimalRun.stderr).toBe('');
  expectNoSecrets(fullRun.stderr + minimalRun.stderr, [env.OAUTH_CLIENT_SECRET, full.access_token, full.refresh_token, full.id_token]);
});
