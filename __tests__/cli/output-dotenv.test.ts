/**
 * CLI, `--output dotenv`: KEY=value lines that GitLab's `artifacts:reports:dotenv` reads
 * back exactly. GitLab splits each line at the first `=`, trims both sides and keeps
 * quotes as part of the value, so values are written verbatim; a value it would change
 * (here a scope with a line break) fails with exit status 1 and no stdout at all.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { parseLikeGitLab } from './gitlab-dotenv.js';
import { runCli, stderrLines, type CliRun } from './run-cli.js';

const env = { OAUTH_CLIENT_ID: 'dotenv-client', OAUTH_CLIENT_SECRET: 'dotenv-secret-0123', OAUTH_RETRIES: '0' };
const tricky = `at-dotenv=="quoted" 'single' #not-a-comment $NOT_EXPANDED_HERE`;
let server: TokenServer;
let good: CliRun;
let multiline: CliRun;

beforeAll(async () => {
  server = await startTokenServer([
    { json: { access_token: tricky, token_type: 'Bearer', expires_in: 900, scope: 'api read' } },
    { json: { access_token: 'at-dotenv-multiline-0123', token_type: 'Bearer', scope: 'api\nread' } }
  ]);
  const args = ['--token-url', server.tokenUrl, '--output', 'dotenv'];
  good = await runCli(args, env);
  multiline = await runCli(args, env);
});
afterAll(() => server.close());

test('writes KEY=value lines with no blank line, no comment and no quoting', () => {
  expect(good.code).toBe(0);
  expect(good.stdout.endsWith('\n')).toBe(true);
  const lines = good.stdout.slice(0, -1).split('\n');
  expect(lines.map((line) => line.slice(0, line.indexOf('=')))).toEqual(['ACCESS_TOKEN', 'EXPIRES_IN', 'EXPIRES_AT', 'TOKEN_TYPE', 'SCOPE']);
  expect(lines[0]).toBe(`ACCESS_TOKEN=${tricky}`);
});

test('GitLab reads back exactly the values', () => {
  const variables = parseLikeGitLab(good.stdout);
  expect(variables).toEqual({
    ACCESS_TOKEN: tricky,
    EXPIRES_IN: '900',
    EXPIRES_AT: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
    TOKEN_TYPE: 'Bearer',
    SCOPE: 'api read'
  });
});

test('refuses a value GitLab cannot carry: exit 1, nothing on stdout, one line naming the field', () => {
  expect(multiline.code).toBe(1);
  expect(multiline.stdout).toBe('');
  expect(stderrLines(multiline)).toEqual([
    expect.stringMatching(
      /^oauth-token: the server's scope has a control or invisible character \(a line break, tab, NUL, escape, bidi or zero-width mark, half a surrogate pair\), which --output dotenv does not print; use --output json$/
    )
  ]);
});

test('prints no secret on stderr', () => {
  expect(good.stderr).toBe('');
  expectNoSecrets(good.stderr + multiline.stderr, [env.OAUTH_CLIENT_SECRET, tricky, 'at-dotenv-multiline-0123', 'rt-line-one', 'rt-line-two']);
});
