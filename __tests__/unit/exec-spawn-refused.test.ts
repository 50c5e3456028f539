/**
 * CLI `exec`: a COMMAND that Node refuses to start before any process exists (on Windows
 * a .cmd or .bat file without a shell; anywhere a NUL in an argument) is reported like
 * one that cannot be run: one line and exit status 126, not an unexpected error.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runExec } from '../../src/cli/exec.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

let server: TokenServer;
beforeAll(async () => {
  server = await startTokenServer([{ json: { access_token: 'at-spawn-refused', token_type: 'Bearer' } }]);
});
afterAll(() => server.close());

test('a refused spawn is exit status 126 and one line', async () => {
  const lines: string[] = [];
  const status = await runExec(
    {
      action: 'exec',
      options: { tokenUrl: server.tokenUrl, clientId: 'spawn-client', clientSecret: 'spawn-secret-0123' },
      verbose: false,
      secretFlags: [],
      program: 'true',
      programArgs: ['a\0b']
    },
    {},
    {},
    { redact: (text) => text, report: (line) => lines.push(line) }
  );
  expect({ status, lines }).toEqual({ status: 126, lines: ['could not run the command (ERR_INVALID_ARG_VALUE)'] });
});
