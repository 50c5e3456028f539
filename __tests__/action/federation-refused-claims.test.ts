/**
 * Runner level: secretless Entra ID federation refused (AADSTS700213: no federated
 * credential matches). The step fails with the server's error, then the hint showing the
 * job token's sub and aud, then one line with its non-secret claims (iss, sub, aud, exp,
 * repository, ref, ...): what the trust policy is matched against. Never the token.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { errorLines } from '../helpers/action-expect.js';
import { startGitHubOidc, type GitHubOidc } from '../helpers/github-oidc.js';
import { maskedValues, runAction, type ActionRun } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const audience = 'api://AzureADTokenExchange';
let oidc: GitHubOidc;
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  oidc = await startGitHubOidc();
  server = await startTokenServer([
    { status: 400, json: { error: 'invalid_client', error_description: 'AADSTS700213: No matching federated identity record found for presented assertion subject.' } }
  ]);
  run = await runAction(
    { 'token-url': server.tokenUrl, 'client-id': '00000000-0000-0000-0000-0000000000c1', scope: 'https://graph.microsoft.com/.default', 'github-oidc-audience': audience },
    { env: { ...oidc.env } }
  );
});
afterAll(async () => {
  await Promise.all([oidc.close(), server.close()]);
});

/** The lines after the `::error::` line. */
function afterError(): string[] {
  const lines = run.stdout.split('\n').filter(Boolean);
  return lines.slice(lines.findIndex((line) => line.startsWith('::error::')) + 1);
}

test('fails with the error, the hint with sub and aud, and the claims line', () => {
  expect(run.code).toBe(1);
  expect(errorLines(run)).toEqual(['Token endpoint answered HTTP 400: invalid_client: AADSTS700213: No matching federated identity record found for presented assertion subject.']);
  const [hint, claims, ...rest] = afterError();
  expect(hint).toBe(
    'Hint: no federated credential of the Entra ID app matches sub "repo:my-org/my-repo:ref:refs/heads/main" and aud "api://AzureADTokenExchange"; add one with exactly these values in the Azure portal: App registrations > the app > Certificates & secrets > Federated credentials'
  );
  expect(claims).toMatch(
    /^Federated token \(github-oidc-audience\): iss "http:\/\/127\.0\.0\.1:\d+", sub "repo:my-org\/my-repo:ref:refs\/heads\/main", aud "api:\/\/AzureADTokenExchange", exp \S+Z \(not expired: \d+ s left\), repository "my-org\/my-repo", ref "refs\/heads\/main"$/
  );
  expect(rest).toEqual([]);
});

test('the job token is masked and appears nowhere, nor its signature', () => {
  const { jwt } = oidc.issued[0]!;
  expect(maskedValues(run.stdout)).toContain(jwt);
  expectNoSecrets(run.stdout + run.stderr, [jwt, jwt.split('.')[2]!, oidc.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN]);
});
