/**
 * Runner level: `revoke: true` with a token URL but neither an issuer nor a
 * revocation URL. The main step fails before the token request, naming the input, so
 * no token is ever issued that could not be revoked.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

let server: TokenServer;
let job: JobRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply()]);
  job = await runJob({ 'token-url': server.tokenUrl, 'client-id': 'ci', 'client-secret': 'no-endpoint-secret', revoke: 'true' });
});
afterAll(() => server.close());

test('the main step fails naming revocation-url and sends no request', () => {
  expect(job.main.code).toBe(1);
  expect(job.main.stdout).toContain('::error::Input "revocation-url" is required with revoke: true (no "issuer" is given to discover it from)');
  expect(server.requests).toEqual([]);
  expect(job.main.outputs).toEqual({});
});

test('the post step only warns that there is nothing to revoke', () => {
  expect(job.post.code).toBe(0);
  expect(job.post.stdout).toMatch(/^::warning::Token revocation skipped: the main step saved no token/);
});
