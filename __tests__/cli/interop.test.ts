/**
 * The CLI's door to issue 13: the new flags and OAUTH_* env vars, and a refusal that
 * explains itself on stderr (the error, the hint, the claims of the CI token presented),
 * the claims on success only with --verbose.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { verifyJwt } from '../helpers/jwt-verify.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { ciToken } from '../interop/fake-ci-token.js';
import { ACCESS_TOKEN, AWKWARD_ID, AWKWARD_SECRET, basicParts, rsaKey, startBasicServer } from '../interop/servers.js';
import { runCli, stderrLines } from './run-cli.js';

describe('flags and env vars of the new inputs', () => {
  let raw: TokenServer;
  let plain: TokenServer;
  beforeAll(async () => {
    [raw, plain] = await Promise.all([startBasicServer('raw'), startTokenServer([tokenReply({ access_token: ACCESS_TOKEN })])]);
  });
  afterAll(async () => {
    await Promise.all([raw.close(), plain.close()]);
  });

  test('--basic-encoding raw', async () => {
    const run = await runCli(['--token-url', raw.tokenUrl, '--basic-encoding', 'raw'], { OAUTH_CLIENT_ID: AWKWARD_ID, OAUTH_CLIENT_SECRET: AWKWARD_SECRET });
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 0, stdout: `${ACCESS_TOKEN}\n`, stderr: '' });
    expect(basicParts(raw.requests.at(-1)!)).toEqual([AWKWARD_ID, AWKWARD_SECRET]);
  });

  test('a refused Basic request: the error, then the hint, on stderr; exit 1', async () => {
    const run = await runCli(['--token-url', raw.tokenUrl], { OAUTH_CLIENT_ID: AWKWARD_ID, OAUTH_CLIENT_SECRET: AWKWARD_SECRET });
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual([
      'oauth-token: Token endpoint answered HTTP 401: invalid_client: Client authentication failed',
      'oauth-token: Hint: the client id or secret holds a character (such as : + % / or a space) that the two Basic encodings send differently, and servers disagree on which to expect; try basic-encoding: raw (now form-urlencoded), or client-auth: client_secret_post'
    ]);
    expectNoSecrets(run.stdout + run.stderr, [AWKWARD_SECRET]);
  });

  test('OAUTH_GRANT_TYPE account_credentials with --extra-params: sent as is', async () => {
    const run = await runCli(['--token-url', plain.tokenUrl, '--grant-type', 'account_credentials', '--extra-params', 'account_id=fake-42'], {
      OAUTH_CLIENT_ID: 'zoom-client',
      OAUTH_CLIENT_SECRET: 'fake-zoom-secret'
    });
    expect(run.code).toBe(0);
    expect(plain.requests.at(-1)!.body).toBe('grant_type=account_credentials&account_id=fake-42');
  });

  test('a signed jwt_bearer assertion from OAUTH_PRIVATE_KEY and the --assertion-* flags', async () => {
    const key = rsaKey();
    const run = await runCli(
      [
        '--token-url',
        plain.tokenUrl,
        '--grant-type',
        'jwt_bearer',
        '--assertion-issuer',
        'sa@proj.iam.gserviceaccount.com',
        '--assertion-claims',
        '{"scope":"https://www.googleapis.com/auth/cloud-platform"}'
      ],
      { OAUTH_PRIVATE_KEY: key.pem }
    );
    expect(run.code).toBe(0);
    const body = formOf(plain.requests.at(-1)!);
    expect(Object.keys(body)).toEqual(['grant_type', 'assertion']);
    expect(verifyJwt(body.assertion!, key.publicKey).claims).toMatchObject({
      iss: 'sa@proj.iam.gserviceaccount.com',
      sub: 'sa@proj.iam.gserviceaccount.com',
      aud: plain.tokenUrl,
      scope: 'https://www.googleapis.com/auth/cloud-platform'
    });
  });

  test('a bad --client-assertion-audience is bad input: exit 2, naming the flag', async () => {
    const run = await runCli(['--token-url', plain.tokenUrl, '--client-assertion-audience', 'the token endpoint'], {
      OAUTH_CLIENT_ID: 'c',
      OAUTH_CLIENT_SECRET: 'fake-s',
      OAUTH_CLIENT_AUTH: 'client_secret_jwt'
    });
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual([
      'oauth-token: --client-assertion-audience (OAUTH_CLIENT_ASSERTION_AUDIENCE) must be one of token-endpoint, endpoint, issuer or an absolute URL (got "the token endpoint")'
    ]);
  });
});

describe('the claims of a CI token presented', () => {
  let refusing: TokenServer;
  let accepting: TokenServer;
  const subjectToken = ciToken(280);
  const env = { OAUTH_GRANT_TYPE: 'token_exchange', OAUTH_SUBJECT_TOKEN: subjectToken, OAUTH_CLIENT_ID: 'ci', OAUTH_CLIENT_AUTH: 'none' };
  beforeAll(async () => {
    refusing = await startTokenServer([{ status: 400, json: { error: 'invalid_grant', error_description: 'no trust policy matched' } }]);
    accepting = await startTokenServer([tokenReply({ access_token: ACCESS_TOKEN })]);
  });
  afterAll(async () => {
    await Promise.all([refusing.close(), accepting.close()]);
  });

  test('a refusal prints the claims line after the error, never the token', async () => {
    const run = await runCli(['--token-url', refusing.tokenUrl], env);
    expect(run.code).toBe(1);
    const lines = stderrLines(run);
    expect(lines[0]).toBe('oauth-token: Token endpoint answered HTTP 400: invalid_grant: no trust policy matched');
    expect(lines[1]).toMatch(
      /^oauth-token: Federated token \(subject-token\): iss "https:\/\/token\.actions\.githubusercontent\.com", sub "repo:my-org\/my-repo:environment:prod", aud "api:\/\/AzureADTokenExchange", exp \S+ \(not expired: \d+ s left\), repository "my-org\/my-repo", ref "refs\/heads\/main", environment "prod", job_workflow_ref "my-org\/my-repo\/\.github\/workflows\/deploy\.yml@refs\/heads\/main"$/
    );
    expect(lines).toHaveLength(2);
    expectNoSecrets(run.stdout + run.stderr, [subjectToken, subjectToken.split('.')[2]!]);
  });

  test('a success prints nothing on stderr without --verbose', async () => {
    const run = await runCli(['--token-url', accepting.tokenUrl], env);
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 0, stdout: `${ACCESS_TOKEN}\n`, stderr: '' });
  });

  test('with --verbose a success prints the claims line too', async () => {
    const run = await runCli(['--token-url', accepting.tokenUrl, '--verbose'], env);
    expect(run.code).toBe(0);
    expect(stderrLines(run).filter((line) => line.startsWith('oauth-token: Federated token (subject-token): iss "https://token.actions.githubusercontent.com"'))).toHaveLength(1);
    expectNoSecrets(run.stderr, [subjectToken]);
  });
});
