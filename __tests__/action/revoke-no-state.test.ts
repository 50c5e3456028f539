/**
 * Runner level: `revoke: true`, but the main step failed before it got a token (the
 * server refused the client), so it saved no state. The post step warns and the job's
 * result is the main step's failure only.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'no-state-secret';
let server: TokenServer;
let job: JobRun;

beforeAll(async () => {
  server = await startTokenServer([{ status: 401, json: { error: 'invalid_client', error_description: 'unknown client' } }]);
  job = await runJob({ 'token-url': server.tokenUrl, 'client-id': 'ci', 'client-secret': clientSecret, 'revocation-url': `${server.origin}/revoke`, revoke: 'true' });
});
afterAll(() => server.close());

test('the main step fails and saves nothing', () => {
  expect(job.main.code).toBe(1);
  expect(job.main.stdout).toContain('::error::Token endpoint answered HTTP 401: invalid_client: unknown client');
  expect(job.main.state).toEqual({});
});

test('the post step warns, sends nothing and does not fail', () => {
  expect(job.post.code).toBe(0);
  expect(job.post.stderr).toBe('');
  expect(job.post.stdout).toBe('::warning::Token revocation skipped: the main step saved no token (it failed before getting one, or did not run)\n');
  expect(server.requests.map((request) => request.url)).toEqual(['/token']);
  expectNoSecrets(job.main.stdout + job.post.stdout, [clientSecret]);
});
