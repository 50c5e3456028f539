/**
 * Runner level: `revoke: true` and a revocation endpoint that fails (503 for the
 * refresh token, then the connection is reset for the access token). Each failure is
 * a warning; the post step, and so the job, still succeeds.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'failure-secret';
const accessToken = 'at-revoke-failure-0123456789';
const refreshToken = 'rt-revoke-failure-0123456789';
let server: TokenServer;
let job: JobRun;

beforeAll(async () => {
  server = await startTokenServer([
    tokenReply({ access_token: accessToken, refresh_token: refreshToken }),
    { status: 503, text: `<html>down, token ${refreshToken}</html>`, headers: { 'content-type': 'text/html' } },
    'reset'
  ]);
  job = await runJob({
    'token-url': server.tokenUrl,
    'client-id': 'ci',
    'client-secret': clientSecret,
    'revocation-url': `${server.origin}/revoke`,
    revoke: 'true',
    retries: '0'
  });
});
afterAll(() => server.close());

test('both tokens were tried, refresh token first', () => {
  expect(job.main.code).toBe(0);
  expect(server.requests.map((request) => `${request.url} ${new URLSearchParams(request.body).get('token_type_hint') ?? ''}`.trim())).toEqual([
    '/token',
    '/revoke refresh_token',
    '/revoke access_token'
  ]);
});

test('each failure is one warning and the post step succeeds', () => {
  expect(job.post.code).toBe(0);
  expect(job.post.stderr).toBe('');
  const warnings = job.post.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
  expect(warnings).toEqual([
    '::warning::Could not revoke the refresh token: revocation endpoint answered HTTP 503 (text/html)',
    `::warning::Could not revoke the access token: Could not reach ${new URL(server.origin).host}: ECONNRESET`
  ]);
  expect(job.post.stdout).not.toContain('::error::');
});

test('no token or secret is printed', () => {
  expectNoSecrets(job.main.stdout + job.post.stdout + job.post.stderr, [accessToken, refreshToken, clientSecret]);
});
