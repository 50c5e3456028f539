/**
 * The CLI's own reader of the command line (src/cli/options.ts): the forms a user types,
 * and one usage line for each mistake that points at the argument without quoting it.
 */
import { describe, expect, test } from '@jest/globals';
import { parseCommand, UsageError } from '../../src/cli/options.js';

const env = { OAUTH_TOKEN_URL: 'https://auth.example/token', OAUTH_CLIENT_ID: 'id', OAUTH_CLIENT_SECRET: 'options-secret-0123' };

function token(args: string[]) {
  const command = parseCommand(args, env);
  if (command.action !== 'token') throw new Error(`expected a token command, got ${command.action}`);
  return command;
}

function usageLine(args: string[]): string {
  try {
    parseCommand(args, env);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a usage error');
}

describe('values', () => {
  test('--flag value and --flag=value, the value kept as typed (an "=" inside it too)', () => {
    expect(token(['--scope', 'read write', '--audience=https://api.example/?a=b']).options).toMatchObject({ scope: 'read write', audience: 'https://api.example/?a=b' });
  });

  test('a joined value may start with "-", and a negative number may follow its flag', () => {
    expect(token(['--scope=-odd']).options.scope).toBe('-odd');
    expect(token(['--retries', '-1']).options.retries).toBe('-1');
  });

  test('a repeated flag keeps its last value; a multi-line input keeps each, one line each', () => {
    expect(token(['--scope', 'a', '--scope', 'b']).options.scope).toBe('b');
    expect(token(['--resource', 'https://a.example', '--resource=https://b.example']).options.resource).toBe('https://a.example\nhttps://b.example');
    expect(token(['--audience', 'api-a', '--audience=api-b']).options.audience).toBe('api-a\napi-b');
  });

  test('booleans, short flags and a trailing "--"', () => {
    expect(token(['--verbose', '--cache', '--output', 'json', '--'])).toMatchObject({ verbose: true, cache: true, output: 'json' });
    expect(parseCommand(['-h'], env)).toEqual({ action: 'help' });
    expect(parseCommand(['-V'], env)).toEqual({ action: 'version' });
    expect(parseCommand(['revoke', '--help'], env)).toEqual({ action: 'help' });
  });

  test('flags win over env vars', () => {
    expect(token(['--client-id', 'from-flag']).options.clientId).toBe('from-flag');
  });
});

describe('mistakes', () => {
  test.each([
    [['--client-secrte', 'x'], 'unknown option --client-secrte (did you mean --client-secret?); see --help'],
    [['--constructor'], 'unknown option (argument #1); see --help'],
    [['-x'], 'unknown option (argument #1); see --help'],
    // An unquoted secret that starts with "--" is no option, and is never echoed.
    [['--client-id', 'c', '--Zk3Secret-0123'], 'unknown option (argument #3); see --help'],
    [['--export-env=TOKEN'], '--export-env is an input of the GitHub Action only; see --help'],
    [['--verbose=yes'], '--verbose takes no value; see --help'],
    [['--scope'], '--scope needs a value (write --scope=VALUE for one that starts with "-"); see --help'],
    [['--scope', '--verbose'], '--scope needs a value (write --scope=VALUE for one that starts with "-"); see --help'],
    [['options-secret-0123'], 'unexpected argument (#1): every value belongs to a --flag; see --help'],
    [['--scope', 'a', '-'], 'unexpected argument (#3): every value belongs to a --flag; see --help'],
    [['--', 'options-secret-0123'], 'unexpected argument (#2): every value belongs to a --flag; see --help']
  ])('%j: %s', (args, line) => {
    expect(usageLine(args)).toBe(line);
  });
});

test('an env var of an action-only input (OAUTH_REVOKE) is refused, not silently ignored with the token never revoked', () => {
  expect(() => parseCommand([], { ...env, OAUTH_REVOKE: 'true' })).toThrow(
    new UsageError('OAUTH_REVOKE is an input of the GitHub Action only, which the CLI does not read; unset it; see --help')
  );
  expect(() => parseCommand([], { ...env, OAUTH_KEEP_FRESH: ' ' })).not.toThrow();
});

test('an input Node could not decode as UTF-8 (U+FFFD in its place) is refused, naming it, never quoting it', () => {
  const notUtf8 = 'UTF-8 text (a byte of another encoding, such as Latin-1, came in); give it in UTF-8; see --help';
  expect(() => parseCommand([], { ...env, OAUTH_CLIENT_SECRET: 'caf\ufffd-secret' })).toThrow(new UsageError(`--client-secret (OAUTH_CLIENT_SECRET) is not valid ${notUtf8}`));
  expect(() => parseCommand(['--scope', 'caf\ufffd'], env)).toThrow(new UsageError(`--scope (OAUTH_SCOPE) is not valid ${notUtf8}`));
  expect(() => parseCommand(['revoke'], { ...env, OAUTH_ACCESS_TOKEN: 'at-\ufffd-0123' })).toThrow(new UsageError(`--access-token (OAUTH_ACCESS_TOKEN) is not valid ${notUtf8}`));
});

describe('exec', () => {
  test('ours up to "--", COMMAND and its arguments after it, the same-looking flags included', () => {
    expect(parseCommand(['exec', '--scope', 'api', '--', 'deploy', '--output', 'json', '--'], env)).toMatchObject({
      action: 'exec',
      options: { scope: 'api' },
      program: 'deploy',
      programArgs: ['--output', 'json', '--']
    });
    expect(parseCommand(['exec', '-h'], env)).toEqual({ action: 'help' });
  });

  test.each([
    [['exec', '--scope', 'api'], 'exec needs a command: oauth-token exec [options] -- COMMAND [ARGS...]; see --help'],
    [['exec', '--'], 'exec needs a command: oauth-token exec [options] -- COMMAND [ARGS...]; see --help'],
    [['exec', '--output', 'json', '--', 'true'], 'exec takes no --output: COMMAND gets the token in ACCESS_TOKEN and ACCESS_TOKEN_FILE; see --help'],
    [['exec', '--cache', '--', 'true'], 'exec takes no --cache: it renews its token for as long as COMMAND runs; see --help'],
    [['exec', '--revocation-url', 'https://auth.example/revoke', '--', 'true'], '--revocation-url (OAUTH_REVOCATION_URL) has no effect on exec; remove it'],
    [['exec', 'true'], 'unexpected argument (#2): every value belongs to a --flag; see --help'],
    [['revoke', '--access-token', 'x', 'stray'], 'unexpected argument (#4): every value belongs to a --flag; see --help']
  ])('%j: %s', (args, line) => {
    expect(usageLine(args)).toBe(line);
  });

  test('an OAUTH_CACHE the job sets for its other calls is left alone', () => {
    expect(parseCommand(['exec', '--', 'true'], { ...env, OAUTH_CACHE: 'true' })).toMatchObject({ action: 'exec', program: 'true' });
  });
});
