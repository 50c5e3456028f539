/**
 * Runner level, no secret: `grant-type: token_exchange` with `github-oidc-audience`
 * sends the job's ID token as the RFC 8693 §2.1 subject_token (type jwt by default),
 * with exactly the §2.1 parameters (two audiences given as two lines: two `audience`
 * parameters), and writes the server's issued_token_type.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startGitHubOidc, type GitHubOidc } from '../helpers/github-oidc.js';
import { maskedValues, runAction, type ActionRun } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const audience = 'https://keycloak.example.test/realms/ci';
const accessToken = 'at-oidc-token-exchange-0123456789';
const issuedTokenType = 'urn:ietf:params:oauth:token-type:access_token';
let oidc: GitHubOidc;
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  oidc = await startGitHubOidc();
  server = await startTokenServer([tokenReply({ access_token: accessToken, issued_token_type: issuedTokenType, expires_in: 300 })]);
  run = await runAction(
    {
      'token-url': server.tokenUrl,
      'grant-type': 'token_exchange',
      // A client id alone, no client-auth: generic's none, a public client (docs/long-jobs.md's example).
      'client-id': 'github-actions',
      audience: 'inventory-api\nbilling-api\n',
      'requested-token-type': issuedTokenType,
      scope: 'inventory.read',
      'github-oidc-audience': audience
    },
    { env: oidc.env }
  );
});
afterAll(async () => {
  await Promise.all([oidc.close(), server.close()]);
});

test('succeeds and outputs issued_token_type', () => {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ access_token: accessToken, issued_token_type: issuedTokenType, expires_in: '300' });
});

test('sends exactly the RFC 8693 §2.1 parameters with the job ID token as subject_token', () => {
  expect(oidc.issued.map((issued) => issued.audience)).toEqual([audience]);
  expect(server.requests).toHaveLength(1);
  expect([...new URLSearchParams(server.requests[0]!.body)]).toEqual([
    ['grant_type', 'urn:ietf:params:oauth:grant-type:token-exchange'],
    ['subject_token', oidc.issued[0]!.jwt],
    ['subject_token_type', 'urn:ietf:params:oauth:token-type:jwt'],
    ['requested_token_type', issuedTokenType],
    ['scope', 'inventory.read'],
    ['audience', 'inventory-api'],
    ['audience', 'billing-api'],
    ['client_id', 'github-actions']
  ]);
  expect(formOf(server.requests[0]!).client_assertion).toBeUndefined();
});

test('masks the subject token and prints it nowhere', () => {
  const secrets = [oidc.issued[0]!.jwt, accessToken];
  expect(maskedValues(run.stdout)).toEqual(expect.arrayContaining(secrets));
  expectNoSecrets(run.stdout + run.stderr, secrets);
});
