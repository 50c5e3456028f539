/**
 * Runner level, no secret at all: a job with `permissions: id-token: write` (the
 * emulated ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN), `github-oidc-audience` and a client
 * id. The built action asks for the job's ID token with that audience and sends it as
 * the client_assertion of a client_credentials request, as Entra ID federated
 * credentials expect (RFC 7523 §2.2).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startGitHubOidc, type GitHubOidc } from '../helpers/github-oidc.js';
import { verifyJwt } from '../helpers/jwt-verify.js';
import { maskedValues, runAction, type ActionRun } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const audience = 'api://AzureADTokenExchange';
const accessToken = 'at-oidc-client-assertion-0123456789';
let oidc: GitHubOidc;
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  oidc = await startGitHubOidc();
  server = await startTokenServer([tokenReply({ access_token: accessToken, scope: 'https://graph.microsoft.com/.default' })]);
  run = await runAction(
    { 'token-url': server.tokenUrl, 'client-id': '00000000-0000-0000-0000-0000000000c1', scope: 'https://graph.microsoft.com/.default', 'github-oidc-audience': audience },
    { env: { ...oidc.env, RUNNER_DEBUG: '1' } }
  );
});
afterAll(async () => {
  await Promise.all([oidc.close(), server.close()]);
});

test('succeeds with the token in the outputs', () => {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ access_token: accessToken, token_type: 'Bearer', expires_in: '3600', issued_token_type: '' });
});

test('asks the runner once, for the audience, with its request token', () => {
  expect(oidc.refused).toBe(0);
  expect(oidc.issued.map((issued) => issued.audience)).toEqual([audience]);
});

test('sends the job ID token, exactly, as the client assertion and nothing secret besides', () => {
  const { jwt } = oidc.issued[0]!;
  expect(verifyJwt(jwt, oidc.publicKey).claims).toMatchObject({ aud: audience, sub: 'repo:my-org/my-repo:ref:refs/heads/main' });
  expect(server.requests).toHaveLength(1);
  expect(server.requests[0]!.headers.authorization).toBeUndefined();
  expect(formOf(server.requests[0]!)).toEqual({
    grant_type: 'client_credentials',
    scope: 'https://graph.microsoft.com/.default',
    client_id: '00000000-0000-0000-0000-0000000000c1',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: jwt
  });
});

test('masks the ID token, the request token and the access token, and prints none of them', () => {
  const secrets = [oidc.issued[0]!.jwt, oidc.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, accessToken];
  expect(maskedValues(run.stdout)).toEqual(expect.arrayContaining(secrets));
  expectNoSecrets(run.stdout + run.stderr, secrets);
});
