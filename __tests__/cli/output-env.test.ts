/**
 * CLI, `--output env`: `eval "$(oauth-token --output env)"` in POSIX sh sets every output
 * exactly, whatever the values hold: quotes, `$(...)`, backticks, backslashes. (A control
 * character, a line break among them, is refused: output-format.test.ts.)
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_BINARY, spawnCollect } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { CLI_ENTRY, runCli, type CliRun } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'oauth-cli-env-'));
const canary = join(dir, 'pwned');
// An access token is printable ASCII (RFC 6749 §A.12; anything else is refused).
const hostile = `at-'$(touch ${canary})'"\`touch ${canary}\`"; touch ${canary} \\ '\\'' $HOME end`;
const answer = {
  access_token: hostile,
  token_type: 'Bearer',
  expires_in: 120,
  scope: "it's read",
  refresh_token: `rt-env-'$(touch ${canary})' $HOME-0123456789`,
  issued_token_type: 'urn:ietf:params:oauth:token-type:access_token'
};
const env = { OAUTH_CLIENT_ID: 'env-client', OAUTH_CLIENT_SECRET: 'env-secret-0123', OAUTH_RETRIES: '0' };
let server: TokenServer;
let printed: CliRun;
let evaluated: CliRun;

/** What `eval` set, NUL-separated so that values with newlines survive. */
const PRINT_VARIABLES = `printf '%s\\0' "$ACCESS_TOKEN" "$EXPIRES_IN" "$EXPIRES_AT" "$TOKEN_TYPE" "$SCOPE" "$REFRESH_TOKEN" "$ISSUED_TOKEN_TYPE" "\${ID_TOKEN-unset}"`;

beforeAll(async () => {
  server = await startTokenServer([{ json: answer }]);
  const args = ['--token-url', server.tokenUrl, '--output', 'env'];
  printed = await runCli(args, env);
  const command = `eval "$("$NODE" "$CLI" ${args.map((arg) => `'${arg}'`).join(' ')})" && ${PRINT_VARIABLES}`;
  evaluated = await spawnCollect('sh', ['-c', command], { PATH: process.env.PATH ?? '', HOME: '/home/nobody', NODE: NODE_BINARY, CLI: CLI_ENTRY, ...env }, 30_000);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('prints one single-quoted export line for each output, the absent ones left out', () => {
  expect(printed.code).toBe(0);
  const names = [...printed.stdout.matchAll(/^export ([A-Z_]+)='/gm)].map((match) => match[1]);
  expect(names).toEqual(['ACCESS_TOKEN', 'EXPIRES_IN', 'EXPIRES_AT', 'TOKEN_TYPE', 'SCOPE', 'REFRESH_TOKEN', 'ISSUED_TOKEN_TYPE']);
  expect(printed.stdout).toContain(`export SCOPE='it'\\''s read'\n`);
});

test('eval in sh sets every variable to exactly the value and runs nothing', () => {
  expect(evaluated.code).toBe(0);
  const [accessToken, expiresIn, expiresAt, tokenType, scope, refreshToken, issuedTokenType, idToken] = evaluated.stdout.split('\0');
  expect({ accessToken, expiresIn, tokenType, scope, refreshToken, issuedTokenType, idToken }).toEqual({
    accessToken: hostile,
    expiresIn: '120',
    tokenType: 'Bearer',
    scope: "it's read",
    refreshToken: answer.refresh_token,
    issuedTokenType: answer.issued_token_type,
    idToken: 'unset'
  });
  expect(expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  expect(existsSync(canary)).toBe(false);
});

test('prints nothing on stderr', () => {
  expect(printed.stderr + evaluated.stderr).toBe('');
  expectNoSecrets(printed.stderr + evaluated.stderr, [env.OAUTH_CLIENT_SECRET, hostile, answer.refresh_token]);
});
