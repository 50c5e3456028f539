/**
 * End to end against oauth2-mock-server (oidc-provider has no password grant): the
 * password grant, then the refresh_token grant with the refresh token it returned.
 * The mock only publishes OpenID Connect metadata, so `issuer` discovery falls back
 * to it after the RFC 8414 404. The helper makes the mock check the client's Basic
 * credentials, the password and the refresh token, as a real server would.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getToken, TokenRequestError } from '../../src/index.js';
import { startMockOAuth2Server, type MockOAuth2Server } from '../helpers/mock-oauth2-server.js';
import { jwtClaims } from '../helpers/oidc-server.js';
import { runCli } from '../cli/run-cli.js';
import { maskedValues, runAction, type ActionRun } from '../helpers/run-action.js';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';

const clientId = 'ci-password-client';
const clientSecret = 'pa55:client+secret %/';
const username = 'build-bot@example.test';
const password = 'hunter2: +%/ pass';
let server: MockOAuth2Server;

beforeAll(async () => {
  server = await startMockOAuth2Server({ clientId, clientSecret }, { [username]: password });
});
afterAll(() => server.close());

describe('the action', () => {
  let passwordRun: ActionRun;
  let refreshRun: ActionRun;
  let tokenRequestsBefore: number;
  let requestsBefore: number;
  beforeAll(async () => {
    tokenRequestsBefore = server.tokenRequests.length;
    requestsBefore = server.requestLines.length;
    passwordRun = await runAction({ issuer: server.issuer, 'grant-type': 'password', 'client-id': clientId, 'client-secret': clientSecret, username, password, scope: 'read' });
    refreshRun = await runAction({
      issuer: server.issuer,
      'grant-type': 'refresh_token',
      'client-id': clientId,
      'client-secret': clientSecret,
      'refresh-token': passwordRun.outputs.refresh_token ?? ''
    });
  });

  test('discovery falls back to the OpenID Connect metadata in each run', () => {
    expect(server.requestLines.slice(requestsBefore)).toEqual(
      Array(2).fill(['GET /.well-known/oauth-authorization-server', 'GET /.well-known/openid-configuration', 'POST /token']).flat()
    );
  });

  test('the password grant sends the user and gets a token for them, with refresh and ID tokens', () => {
    expect(passwordRun.stderr).toBe('');
    expect(passwordRun.code).toBe(0);
    const request = server.tokenRequests[tokenRequestsBefore]!;
    expect(request.headers.authorization).toBe(`Basic ${basicForms(clientId, clientSecret)[0]}`);
    expect(request.params).toEqual({ grant_type: 'password', username, password, scope: 'read' });
    expect(jwtClaims(passwordRun.outputs.access_token!)).toMatchObject({ sub: username, scope: 'read', iss: server.issuer });
    expect(passwordRun.outputs).toMatchObject({ token_type: 'Bearer', expires_in: '3600', scope: 'read' });
    expect(passwordRun.outputs.refresh_token).toMatch(/^[0-9a-f-]{36}$/);
    expect(jwtClaims(passwordRun.outputs.id_token!)).toMatchObject({ aud: clientId });
  });

  test('the refresh_token grant trades the refresh token for a new access token', () => {
    expect(refreshRun.stderr).toBe('');
    expect(refreshRun.code).toBe(0);
    const request = server.tokenRequests[tokenRequestsBefore + 1]!;
    expect(request.headers.authorization).toBe(`Basic ${basicForms(clientId, clientSecret)[0]}`);
    expect(request.params).toEqual({ grant_type: 'refresh_token', refresh_token: passwordRun.outputs.refresh_token });
    expect(refreshRun.outputs.access_token).not.toBe(passwordRun.outputs.access_token);
    expect(jwtClaims(refreshRun.outputs.access_token!)).toMatchObject({ iss: server.issuer });
  });

  test('masks the password, the secret and every token, and prints none of them', () => {
    const tokens = [passwordRun.outputs.access_token!, passwordRun.outputs.refresh_token!, passwordRun.outputs.id_token!];
    expect(maskedValues(passwordRun.stdout)).toEqual(expect.arrayContaining([password, clientSecret, ...tokens]));
    expect(maskedValues(refreshRun.stdout)).toEqual(expect.arrayContaining([clientSecret, passwordRun.outputs.refresh_token, refreshRun.outputs.access_token]));
    for (const run of [passwordRun, refreshRun]) {
      expectNoSecrets(run.stdout + run.stderr, [password, clientSecret, ...tokens, refreshRun.outputs.access_token!, refreshRun.outputs.refresh_token!]);
    }
  });
});

describe('the CLI', () => {
  test('password, then refresh, with every secret in the environment', async () => {
    const env = { OAUTH_TOKEN_URL: server.tokenUrl, OAUTH_CLIENT_ID: clientId, OAUTH_CLIENT_SECRET: clientSecret };
    const first = await runCli(['--grant-type', 'password', '--username', username, '--output', 'json'], { ...env, OAUTH_PASSWORD: password });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const printed = JSON.parse(first.stdout) as Record<string, string>;
    expect(jwtClaims(printed.access_token!)).toMatchObject({ sub: username });
    expect(server.tokenRequests.at(-1)!.params).toEqual({ grant_type: 'password', username, password });

    const second = await runCli(['--grant-type', 'refresh_token'], { ...env, OAUTH_REFRESH_TOKEN: printed.refresh_token! });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).not.toBe(printed.access_token);
    expect(server.tokenRequests.at(-1)!.params).toEqual({ grant_type: 'refresh_token', refresh_token: printed.refresh_token });
  });
});

describe('the library', () => {
  test('password, then refresh', async () => {
    const first = await getToken({ tokenUrl: server.tokenUrl, grantType: 'password', clientId, clientSecret, username, password });
    expect(jwtClaims(first.accessToken)).toMatchObject({ sub: username });
    expect(first.refreshToken).toBeDefined();
    const second = await getToken({ tokenUrl: server.tokenUrl, grantType: 'refresh_token', clientId, clientSecret, refreshToken: first.refreshToken });
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(server.tokenRequests.at(-1)!.params).toEqual({ grant_type: 'refresh_token', refresh_token: first.refreshToken });
  });

  test('a wrong password is an invalid_grant error that does not quote it', async () => {
    const wrong = 'wr0ng: +%/ pass';
    const error = await getToken({ tokenUrl: server.tokenUrl, grantType: 'password', clientId, clientSecret, username, password: wrong, retries: 0 }).catch(
      (caught: unknown) => caught
    );
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ status: 400, error: 'invalid_grant', errorDescription: 'wrong username or password' });
    expectNoSecrets((error as Error).message, [wrong, clientSecret]);
  });

  test('an unknown refresh token is an invalid_grant error', async () => {
    const error = await getToken({ tokenUrl: server.tokenUrl, grantType: 'refresh_token', clientId, clientSecret, refreshToken: 'rt-never-issued', retries: 0 }).catch(
      (caught: unknown) => caught
    );
    expect(error).toMatchObject({ status: 400, error: 'invalid_grant' });
  });
});
