/**
 * Runner level: without `revoke` the main step saves no state and the post step (which
 * the runner runs at every job end: `post-if: always()`) does nothing at all.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

let server: TokenServer;
let job: JobRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ refresh_token: 'rt-unset-0123456789' })]);
  job = await runJob({ 'token-url': server.tokenUrl, 'client-id': 'ci', 'client-secret': 'unset-secret', 'revocation-url': `${server.origin}/revoke` });
});
afterAll(() => server.close());

test('the main step saves no state', () => {
  expect(job.main.code).toBe(0);
  expect(job.main.state).toEqual({});
});

test('the post step prints nothing and sends nothing', () => {
  expect(job.post.code).toBe(0);
  expect(job.post.stdout).toBe('');
  expect(job.post.stderr).toBe('');
  expect(server.requests.map((request) => request.url)).toEqual(['/token']);
});
