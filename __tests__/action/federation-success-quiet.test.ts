/**
 * Runner level: a federated request that succeeds prints no claims line in the log a
 * reader sees; the line is a `::debug::` command only, which the runner shows with
 * RUNNER_DEBUG alone.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startGitHubOidc, type GitHubOidc } from '../helpers/github-oidc.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

let oidc: GitHubOidc;
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  oidc = await startGitHubOidc();
  server = await startTokenServer([tokenReply({ access_token: 'at-federated-ok-0123456789' })]);
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'ci-app', 'github-oidc-audience': 'api://ci' }, { env: { ...oidc.env } });
});
afterAll(async () => {
  await Promise.all([oidc.close(), server.close()]);
});

test('succeeds', () => {
  expect(run.code).toBe(0);
  expect(run.outputs.access_token).toBe('at-federated-ok-0123456789');
});

test('the claims line is a debug line only', () => {
  const lines = run.stdout.split('\n');
  expect(lines.filter((line) => line.includes('Federated token ('))).toEqual([expect.stringMatching(/^::debug::Federated token \(github-oidc-audience\): iss "/)]);
  expect(run.stderr).toBe('');
});
