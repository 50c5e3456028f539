/**
 * CLI, `--help` and `--version`: help lists every option with its env var, the exit
 * statuses and three examples; version is the package's.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INPUTS } from '../../src/core/inputs.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { runCli, type CliRun } from './run-cli.js';

let help: CliRun;
let shortHelp: CliRun;
let version: CliRun;
let shortVersion: CliRun;

beforeAll(async () => {
  [help, shortHelp, version, shortVersion] = await Promise.all([runCli(['--help']), runCli(['-h']), runCli(['--version']), runCli(['-V'])]);
});

test('--help exits 0 with the help on stdout only; -h is the same', () => {
  expect(help.code).toBe(0);
  expect(help.stderr).toBe('');
  expect(shortHelp).toEqual(help);
});

test('--help lists every CLI input as a flag with its OAUTH_ env var, and no action-only input', () => {
  for (const input of INPUTS.filter((spec) => !spec.actionOnly)) {
    const envVar = `OAUTH_${input.name.toUpperCase().replace(/-/g, '_')}`;
    expect(help.stdout).toMatch(new RegExp(`^  --${input.name} <value>   \\[${envVar}[;\\]]`, 'm'));
    expect(help.stdout).toContain(input.description);
  }
  for (const input of INPUTS.filter((spec) => spec.actionOnly)) expect(help.stdout).not.toContain(`--${input.name}`);
  for (const own of ['--output <format>', '--verbose', '-h, --help', '-V, --version']) expect(help.stdout).toContain(own);
});

test('--help says that a token request and exec refuse --revocation-url, which has no effect there', () => {
  expect(help.stdout).toContain('  --revocation-url <value>   [OAUTH_REVOCATION_URL; a token request and exec refuse it: it has no effect there]');
  expect(help.stdout).toContain('exec takes the options above but --output, --cache and --revocation-url, and runs COMMAND');
});

test('--help gives the exit statuses and five examples', () => {
  expect(help.stdout).toContain('Exit status: 0 token printed; 1 the server refused or could not be reached; 2 bad usage or input.');
  const examples = help.stdout.slice(help.stdout.indexOf('\nExamples:\n'));
  expect(examples.match(/^ {2}# /gm)).toHaveLength(5);
  expect(examples).toContain('TOKEN=$(oauth-token --provider datacrunch)');
  expect(examples).toContain('vars="$(oauth-token');
  expect(examples).toContain('eval "$vars"');
  expect(examples).toContain('--output dotenv');
  expect(examples).toContain('OAUTH_ACCESS_TOKEN="$ACCESS_TOKEN" oauth-token revoke --issuer');
  expect(examples).toContain('$lines = oauth-token --provider datacrunch --output pwsh; if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }');
  expect(examples).toContain('Invoke-Expression ($lines -join "`n")');
});

test('--help documents revoke: its usage, --access-token with its env var, its exit statuses; and --output pwsh', () => {
  expect(help.stdout).toContain('oauth-token revoke [options]');
  expect(help.stdout).toMatch(/^ {2}--access-token <value> {3}\[OAUTH_ACCESS_TOKEN; secret/m);
  expect(help.stdout).toContain('0 every token revoked; 1 the endpoint refused or could not be reached;');
  expect(help.stdout).toContain('Takes every option above but --output and --cache, and:');
  expect(help.stdout).toContain("pwsh: $env:ACCESS_TOKEN = '...' lines");
});

test('--help gives the --cache folder in the order of the contract, the OS temp dir last', () => {
  expect(help.stdout).toContain(
    '  --cache   [OAUTH_CACHE=true; folder: OAUTH_CACHE_DIR, else $XDG_RUNTIME_DIR/oauth-token, else $RUNNER_TEMP/oauth-token, else the OS temp dir/oauth-token-<uid>]'
  );
});

test('--version prints the package version; -V is the same', () => {
  const { version: packageVersion } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  expect(version).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' });
  expect(shortVersion).toEqual(version);
});
