/**
 * CLI, `oauth-token revoke` (RFC 7009): revokes the refresh token, then the access
 * token, at `--revocation-url` or the issuer's `revocation_endpoint`, with the client
 * authentication of a token request; exit 0 and one stderr line per token, stdout empty,
 * no secret anywhere.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, type RecordedRequest, type TokenServer } from '../helpers/token-server.js';
import { runCli, stderrLines, type CliRun } from './run-cli.js';

const clientId = 'revoke-client';
const clientSecret = 'revoke-secret-0123';
const accessToken = 'at-revoke-0123456789';
const refreshToken = 'rt-revoke-0123456789';
let server: TokenServer;
let explicit: CliRun;
let discovered: CliRun;
let accessOnly: CliRun;
let refreshGrant: CliRun;
/** The requests of each run, in order. */
const requestsOf = new Map<CliRun, RecordedRequest[]>();

async function run(args: string[], env: Record<string, string>): Promise<CliRun> {
  const before = server.requests.length;
  const result = await runCli(args, env);
  requestsOf.set(result, server.requests.slice(before));
  return result;
}

beforeAll(async () => {
  server = await startTokenServer((request) =>
    request.url === '/.well-known/oauth-authorization-server'
      ? { json: { issuer: server.origin, token_endpoint: server.tokenUrl, revocation_endpoint: `${server.origin}/revoke` } }
      : { status: 200 }
  );
  const env = { OAUTH_CLIENT_ID: clientId, OAUTH_CLIENT_SECRET: clientSecret, OAUTH_ACCESS_TOKEN: accessToken, OAUTH_REFRESH_TOKEN: refreshToken };
  explicit = await run(['revoke', '--token-url', server.tokenUrl, '--revocation-url', `${server.origin}/revoke`], env);
  discovered = await run(['revoke', '--issuer', server.origin], env);
  accessOnly = await run(['revoke', '--token-url', server.tokenUrl, '--revocation-url', `${server.origin}/revoke`, '--client-auth', 'client_secret_post'], {
    OAUTH_CLIENT_ID: clientId,
    OAUTH_CLIENT_SECRET: clientSecret,
    OAUTH_ACCESS_TOKEN: accessToken
  });
  refreshGrant = await run(['revoke', '--grant-type', 'refresh_token', '--token-url', server.tokenUrl, '--revocation-url', `${server.origin}/revoke`], {
    OAUTH_CLIENT_ID: clientId,
    OAUTH_CLIENT_SECRET: clientSecret,
    OAUTH_REFRESH_TOKEN: refreshToken
  });
});
afterAll(() => server.close());

test('revokes the refresh token, then the access token, with a hint each and the client authenticated by Basic', () => {
  expect(explicit.code).toBe(0);
  expect(explicit.stdout).toBe('');
  expect(stderrLines(explicit)).toEqual(['oauth-token: revoked the refresh token', 'oauth-token: revoked the access token']);
  const sent = requestsOf.get(explicit)!;
  expect(sent.map((request) => request.url)).toEqual(['/revoke', '/revoke']);
  expect(sent.map(formOf)).toEqual([
    { token: refreshToken, token_type_hint: 'refresh_token' },
    { token: accessToken, token_type_hint: 'access_token' }
  ]);
  for (const request of sent) {
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request.headers.authorization).toBe(`Basic ${basicForms(clientId, clientSecret)[0]}`);
  }
});

test('finds the endpoint in the issuer metadata (RFC 8414) when no --revocation-url is given', () => {
  expect(discovered.code).toBe(0);
  const sent = requestsOf.get(discovered)!;
  expect(sent.map((request) => request.url)).toEqual(['/.well-known/oauth-authorization-server', '/revoke', '/revoke']);
  expect(sent.slice(1).map((request) => formOf(request).token_type_hint)).toEqual(['refresh_token', 'access_token']);
});

test('revokes an access token alone, with the client authentication asked for', () => {
  expect(accessOnly.code).toBe(0);
  expect(stderrLines(accessOnly)).toEqual(['oauth-token: revoked the access token']);
  const sent = requestsOf.get(accessOnly)!;
  expect(sent).toHaveLength(1);
  const last = sent[0]!;
  expect(formOf(last)).toEqual({ token: accessToken, token_type_hint: 'access_token', client_id: clientId, client_secret: clientSecret });
  expect(last.headers.authorization).toBeUndefined();
});

test("revokes the refresh token of a refresh_token grant, which is also that grant's input", () => {
  expect(refreshGrant.code).toBe(0);
  expect(requestsOf.get(refreshGrant)!.map(formOf)).toEqual([{ token: refreshToken, token_type_hint: 'refresh_token' }]);
});

test('prints no secret', () => {
  const printed = [explicit, discovered, accessOnly, refreshGrant].map((run) => run.stdout + run.stderr).join('\n');
  expectNoSecrets(printed, [clientSecret, accessToken, refreshToken, ...basicForms(clientId, clientSecret)]);
});
