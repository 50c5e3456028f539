/**
 * No stored secret: the library and the CLI ask the (emulated) runner's OIDC endpoint
 * for the job's ID token themselves (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN, no
 * `@actions/core`) and send it as client_assertion (RFC 7523 §2.2), subject_token
 * (RFC 8693 §2.1) or assertion (RFC 7523 §2.1); a token server checks it got exactly
 * that JWT. GitLab's way, the ID token in OAUTH_CLIENT_ASSERTION / OAUTH_SUBJECT_TOKEN,
 * goes through the CLI the same way.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { getToken, TokenRequestError } from '../../src/index.js';
import { CLI_ENTRY, runCli } from '../cli/run-cli.js';
import { FAKE_REQUEST_TOKEN, startGitHubOidc, type GitHubOidc } from '../helpers/github-oidc.js';
import { verifyJwt } from '../helpers/jwt-verify.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const EXCHANGED = 'urn:ietf:params:oauth:token-type:access_token';
let oidc: GitHubOidc;
let server: TokenServer;
const savedEnv = { ...process.env };

beforeAll(async () => {
  oidc = await startGitHubOidc();
  server = await startTokenServer((request) => {
    const grant = formOf(request).grant_type;
    return grant === 'urn:ietf:params:oauth:grant-type:token-exchange' ? tokenReply({ issued_token_type: EXCHANGED }) : tokenReply();
  });
});
afterAll(async () => {
  await Promise.all([oidc.close(), server.close()]);
});
beforeEach(() => {
  Object.assign(process.env, oidc.env);
  server.requests.length = 0;
  oidc.issued.length = 0;
});
afterEach(() => {
  for (const name of Object.keys(oidc.env)) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});

/** The one ID token the emulated runner issued, after checking its audience and signature. */
function theIdToken(audience: string): string {
  expect(oidc.issued.map((issued) => issued.audience)).toEqual([audience]);
  const { jwt } = oidc.issued[0]!;
  expect(verifyJwt(jwt, oidc.publicKey).claims).toMatchObject({ aud: audience, sub: 'repo:my-org/my-repo:ref:refs/heads/main' });
  return jwt;
}

describe('the library, on a runner with id-token: write', () => {
  test('client credentials: the ID token is the client_assertion, and no secret exists anywhere', async () => {
    const token = await getToken({ tokenUrl: server.tokenUrl, clientId: 'entra-app-id', scope: 'api://inventory/.default', githubOidcAudience: 'api://AzureADTokenExchange' });
    expect(token.accessToken).toBe('at-0123456789abcdef');
    const jwt = theIdToken('api://AzureADTokenExchange');
    expect(server.requests).toHaveLength(1);
    expect(formOf(server.requests[0]!)).toEqual({
      grant_type: 'client_credentials',
      scope: 'api://inventory/.default',
      client_id: 'entra-app-id',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: jwt
    });
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  test('token exchange: the ID token is the subject_token, and issued_token_type comes back', async () => {
    const token = await getToken({
      tokenUrl: server.tokenUrl,
      grantType: 'token_exchange',
      clientId: 'ci',
      // A public client says so: a client id alone is otherwise a missing secret.
      clientAuth: 'none',
      audience: 'inventory-api',
      requestedTokenType: EXCHANGED,
      githubOidcAudience: 'https://sts.example.test'
    });
    expect(token.issuedTokenType).toBe(EXCHANGED);
    const jwt = theIdToken('https://sts.example.test');
    expect(formOf(server.requests[0]!)).toEqual({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: jwt,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      requested_token_type: EXCHANGED,
      audience: 'inventory-api',
      client_id: 'ci'
    });
  });

  test('jwt bearer: the ID token is the assertion', async () => {
    await getToken({ tokenUrl: server.tokenUrl, grantType: 'jwt_bearer', scope: 'deploy', githubOidcAudience: 'https://auth.example.test' });
    const jwt = theIdToken('https://auth.example.test');
    expect(formOf(server.requests[0]!)).toEqual({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwt, scope: 'deploy' });
  });

  test('a refused request token fails in one line with the status, before any token request', async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'fake-wrong-request-token';
    const error = await getToken({ tokenUrl: server.tokenUrl, clientId: 'ci', githubOidcAudience: 'aud', retries: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ status: 401 });
    expect((error as Error).message).toBe("Could not get the job's OIDC ID token (github-oidc-audience): the runner's OIDC endpoint answered HTTP 401 instead of 200");
    expectNoSecrets((error as Error).message, ['fake-wrong-request-token', FAKE_REQUEST_TOKEN]);
    expect(server.requests).toHaveLength(0);
  });
});

const cliBuilt = existsSync(CLI_ENTRY);
(cliBuilt ? describe : describe.skip)('the CLI (the bundled bin)', () => {
  test('on GitHub: OAUTH_GITHUB_OIDC_AUDIENCE and a client id print a token, with no secret given', async () => {
    const run = await runCli([], {
      ...oidc.env,
      OAUTH_TOKEN_URL: server.tokenUrl,
      OAUTH_CLIENT_ID: 'entra-app-id',
      OAUTH_SCOPE: 'api://inventory/.default',
      OAUTH_GITHUB_OIDC_AUDIENCE: 'api://AzureADTokenExchange'
    });
    expect(run).toMatchObject({ code: 0, stdout: 'at-0123456789abcdef\n', stderr: '' });
    expect(formOf(server.requests[0]!).client_assertion).toBe(theIdToken('api://AzureADTokenExchange'));
  });

  test('on GitLab: an id_tokens JWT in OAUTH_CLIENT_ASSERTION is sent as the client assertion', async () => {
    const gitlabIdToken = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2dpdGxhYi5jb20ifQ.ZmFrZS1naXRsYWItc2ln';
    const run = await runCli(['--token-url', server.tokenUrl, '--client-id', 'entra-app-id', '--verbose'], { OAUTH_CLIENT_ASSERTION: gitlabIdToken });
    expect(run.code).toBe(0);
    expect(formOf(server.requests[0]!)).toMatchObject({ client_id: 'entra-app-id', client_assertion: gitlabIdToken });
    expectNoSecrets(run.stderr, [gitlabIdToken]);
  });

  test('on GitLab: an id_tokens JWT in OAUTH_SUBJECT_TOKEN is exchanged, and --output json shows no secret but the token', async () => {
    const gitlabIdToken = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2dpdGxhYi5jb20iLCJ4IjoxfQ.ZmFrZS1naXRsYWItc2ln';
    const run = await runCli(['--grant-type', 'token_exchange', '--output', 'json', '--verbose'], {
      OAUTH_TOKEN_URL: server.tokenUrl,
      OAUTH_CLIENT_ID: 'ci',
      OAUTH_CLIENT_AUTH: 'none',
      OAUTH_SUBJECT_TOKEN: gitlabIdToken
    });
    expect(run.code).toBe(0);
    expect(formOf(server.requests[0]!)).toEqual({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: gitlabIdToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      client_id: 'ci'
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ access_token: 'at-0123456789abcdef' });
    expectNoSecrets(run.stdout + run.stderr, [gitlabIdToken]);
  });

  test('in a GitHub Actions job without id-token: write the CLI exits 2 with the permission message', async () => {
    const run = await runCli([], { GITHUB_ACTIONS: 'true', OAUTH_TOKEN_URL: server.tokenUrl, OAUTH_CLIENT_ID: 'ci', OAUTH_GITHUB_OIDC_AUDIENCE: 'api://AzureADTokenExchange' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job lacks "permissions: id-token: write"');
    expect(server.requests).toHaveLength(0);
  });

  test('outside GitHub Actions (a GitLab job) the CLI exits 2 saying the option is for GitHub jobs, and what to give instead', async () => {
    const run = await runCli([], { GITLAB_CI: 'true', OAUTH_TOKEN_URL: server.tokenUrl, OAUTH_CLIENT_ID: 'ci', OAUTH_GITHUB_OIDC_AUDIENCE: 'api://AzureADTokenExchange' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oauth-token: --github-oidc-audience \(OAUTH_GITHUB_OIDC_AUDIENCE\) works only in a GitHub Actions job, .*GitLab CI: an id_tokens entry/);
    expect(server.requests).toHaveLength(0);
  });
});
