/**
 * Runner level: `keep-fresh: true` with `revoke: true`. The post step stops the renewer,
 * which revokes the last tokens it holds (not the first ones the step outputs), and says
 * so through its log; no file is left.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'keep-revoke-secret-0123';
let server: TokenServer;
let runnerTemp: string;
let job: JobRun;
let lastToken = '';

beforeAll(async () => {
  server = await startTokenServer((request, index) =>
    request.url === '/revoke' ? { status: 200, text: '' } : { json: { access_token: `at-rk-${index + 1}`, expires_in: 3, refresh_token: `rt-rk-${index + 1}` } }
  );
  runnerTemp = mkdtempSync(join(tmpdir(), 'oauth-runner-temp-'));
  const inputs = {
    'token-url': server.tokenUrl,
    'client-id': 'ci',
    'client-secret': clientSecret,
    'keep-fresh': 'true',
    revoke: 'true',
    'revocation-url': `${server.origin}/revoke`
  };
  job = await runJob(inputs, { env: { RUNNER_TEMP: runnerTemp } }, () => new Promise((resolve) => setTimeout(resolve, 2500)));
  // Token answers come first (the n-th is at-rk-n): the last one is what the renewer held.
  lastToken = `rk-${server.requests.filter((request) => request.url === '/token').length}`;
}, 60_000);
afterAll(async () => {
  rmSync(runnerTemp, { recursive: true, force: true });
  await server.close();
});

test('the token was renewed before the post step ran', () => {
  expect(job.main.code).toBe(0);
  expect(lastToken).not.toBe('rk-1');
});

test('the post step has the renewer revoke its last refresh and access tokens, and reports it', () => {
  const revocations = server.requests.filter((request) => request.url === '/revoke').map((request) => [formOf(request).token_type_hint, formOf(request).token]);
  expect(revocations).toEqual([
    ['refresh_token', `rt-${lastToken}`],
    ['access_token', `at-${lastToken}`]
  ]);
  expect(job.post.code).toBe(0);
  const host = new URL(server.origin).host;
  expect(job.post.stdout).toBe(`Revoked the refresh token at ${host}\nRevoked the access token at ${host}\n`);
});

test('no file and no log are left; the revocation state (for a post step whose renewer is gone) was not used', () => {
  expect(JSON.parse(job.main.state['revocation']!)).toMatchObject({ accessToken: 'at-rk-1' });
  expect(existsSync(job.main.outputs.token_file!)).toBe(false);
  expect(readdirSync(runnerTemp)).toEqual([]);
  expectNoSecrets(job.main.stdout + job.post.stdout + job.post.stderr, [clientSecret, `rt-${lastToken}`]);
});
