/**
 * CLI, `--output pwsh`: one `$env:NAME = '...'` line for each output (the env and
 * dotenv names), each a verbatim string PowerShell reads back exactly, whatever quotes,
 * `$(...)` or backticks a value holds. Run by a real `pwsh` where one is installed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { NODE_BINARY, spawnCollect } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { readLikePowerShell } from './pwsh-reading.js';
import { CLI_ENTRY, runCli, type CliRun } from './run-cli.js';

const hostile = "at-'$(Get-Date)'`$env:HOME''end;";
const answer = { access_token: hostile, token_type: 'Bearer', expires_in: 120, scope: "it's read", refresh_token: 'rt-pwsh-0123456789' };
const env = { OAUTH_CLIENT_ID: 'pwsh-client', OAUTH_CLIENT_SECRET: 'pwsh-secret-0123', OAUTH_RETRIES: '0' };
const PWSH = spawnSync('sh', ['-c', 'command -v pwsh'], { encoding: 'utf8' }).stdout.trim();
let server: TokenServer;
let printed: CliRun;

beforeAll(async () => {
  server = await startTokenServer([{ json: answer }]);
  printed = await runCli(['--token-url', server.tokenUrl, '--output', 'pwsh'], env);
});
afterAll(() => server.close());

test('prints one verbatim assignment for each output, read back exactly', () => {
  expect(printed.code).toBe(0);
  expect(printed.stderr).toBe('');
  const assignments = Object.fromEntries(printed.stdout.split('\n').slice(0, -1).map(readLikePowerShell));
  expect(Object.keys(assignments)).toEqual(['ACCESS_TOKEN', 'EXPIRES_IN', 'EXPIRES_AT', 'TOKEN_TYPE', 'SCOPE', 'REFRESH_TOKEN']);
  expect(assignments).toMatchObject({ ACCESS_TOKEN: hostile, EXPIRES_IN: '120', TOKEN_TYPE: 'Bearer', SCOPE: "it's read", REFRESH_TOKEN: answer.refresh_token });
  expect(printed.stdout).toContain("$env:SCOPE = 'it''s read'\n");
});

test('prints the client secret nowhere', () => {
  expectNoSecrets(printed.stdout + printed.stderr, [env.OAUTH_CLIENT_SECRET]);
});

(PWSH ? test : test.skip)('pwsh sets the same values through Invoke-Expression', async () => {
  const script = `& $env:NODE $env:CLI --token-url '${server.tokenUrl}' --output pwsh | Out-String | Invoke-Expression; [Console]::Out.Write($env:ACCESS_TOKEN + [char]0 + $env:SCOPE)`;
  const run = await spawnCollect(
    PWSH,
    ['-NoProfile', '-NonInteractive', '-Command', script],
    { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE: NODE_BINARY, CLI: CLI_ENTRY, ...env },
    60_000
  );
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 0, stdout: `${hostile}\0it's read` });
});
