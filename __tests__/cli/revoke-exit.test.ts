/**
 * CLI, `oauth-token revoke` exit statuses: 1 when the endpoint refuses a token or cannot
 * be reached (one line each, redacted); 2 before any request for bad usage: no token, no
 * revocation endpoint (naming the missing option), an option revoke does not take.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { runCli, stderrLines, type CliRun } from './run-cli.js';

const clientSecret = 'revoke-exit-secret-0123';
const accessToken = 'at-revoke-exit-0123456789';
const refreshToken = 'rt-revoke-exit-0123456789';
let server: TokenServer;
const runs: Record<string, CliRun> = {};

beforeAll(async () => {
  // The refresh token is accepted, the access token refused (RFC 7009 §2.2.1), echoing it back.
  server = await startTokenServer((request) =>
    formOf(request).token_type_hint === 'refresh_token'
      ? { status: 200 }
      : { status: 400, json: { error: 'unsupported_token_type', error_description: `cannot revoke ${accessToken}` } }
  );
  const closed = await startTokenServer([]);
  await closed.close();
  const env = { OAUTH_CLIENT_ID: 'revoke-exit-client', OAUTH_CLIENT_SECRET: clientSecret, OAUTH_RETRIES: '0', OAUTH_TOKEN_URL: server.tokenUrl };
  const tokens = { OAUTH_ACCESS_TOKEN: accessToken, OAUTH_REFRESH_TOKEN: refreshToken };
  const at = (origin: string) => ['revoke', '--revocation-url', `${origin}/revoke`];
  runs.refused = await runCli(at(server.origin), { ...env, ...tokens });
  runs.unreachable = await runCli(at(closed.origin), { ...env, OAUTH_ACCESS_TOKEN: accessToken });
  const requestsBeforeUsage = server.requests.length;
  runs.noToken = await runCli(at(server.origin), env);
  runs.blankToken = await runCli(at(server.origin), { ...env, OAUTH_ACCESS_TOKEN: ' ' });
  runs.noEndpoint = await runCli(['revoke'], { ...env, ...tokens });
  runs.output = await runCli([...at(server.origin), '--output', 'json'], { ...env, ...tokens });
  runs.tokenFlag = await runCli([...at(server.origin), '--access-token'], { ...env, ...tokens });
  runs.accessTokenOnTokenCommand = await runCli(['--access-token', accessToken], env);
  expect(server.requests.length).toBe(requestsBeforeUsage);
});
afterAll(() => server.close());

test('a refused token exits 1 after trying both, one line each with status and error, redacted', () => {
  expect(runs.refused!.code).toBe(1);
  expect(runs.refused!.stdout).toBe('');
  expect(stderrLines(runs.refused!)).toEqual([
    'oauth-token: revoked the refresh token',
    'oauth-token: could not revoke the access token: revocation endpoint answered HTTP 400: unsupported_token_type: cannot revoke ***'
  ]);
});

test('an unreachable endpoint exits 1 with one line', () => {
  expect(runs.unreachable!.code).toBe(1);
  expect(stderrLines(runs.unreachable!)).toEqual([expect.stringMatching(/^oauth-token: could not revoke the access token: .*127\.0\.0\.1/)]);
});

test('bad usage exits 2 before any request, naming the missing or wrong option', () => {
  const expected: Record<string, RegExp> = {
    noToken: /^oauth-token: revoke needs a token: set --access-token \(OAUTH_ACCESS_TOKEN\) or --refresh-token \(OAUTH_REFRESH_TOKEN\)$/,
    blankToken: /^oauth-token: revoke needs a token/,
    noEndpoint: /^oauth-token: --revocation-url \(OAUTH_REVOCATION_URL\) is required to revoke a token \(no "issuer" is given to discover it from\)$/,
    output: /^oauth-token: unknown option --output; see --help$/,
    tokenFlag: /^oauth-token: --access-token needs a value/,
    accessTokenOnTokenCommand: /^oauth-token: unknown option --access-token; see --help$/
  };
  for (const [name, line] of Object.entries(expected)) {
    const run = runs[name]!;
    expect({ name, code: run.code, stdout: run.stdout, lines: stderrLines(run).length }).toEqual({ name, code: 2, stdout: '', lines: 1 });
    expect(stderrLines(run)[0]).toMatch(line);
  }
});

test('prints no secret', () => {
  const printed = Object.values(runs)
    .map((run) => run.stdout + run.stderr)
    .join('\n');
  expectNoSecrets(printed, [clientSecret, accessToken, refreshToken]);
});
