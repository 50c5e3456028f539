/**
 * Runner level: `keep-fresh: true` with a subject token given by value and no refresh
 * token cannot renew: the main step fails before any request, naming the input.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const subjectToken = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJvbmUtc2hvdCJ9.c2lnbmF0dXJl';
let server: TokenServer;
let runnerTemp: string;
let job: JobRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply()]);
  runnerTemp = mkdtempSync(join(tmpdir(), 'oauth-runner-temp-'));
  job = await runJob(
    { 'token-url': server.tokenUrl, 'grant-type': 'token_exchange', 'client-id': 'ci', 'subject-token': subjectToken, 'keep-fresh': 'true' },
    { env: { RUNNER_TEMP: runnerTemp } }
  );
});
afterAll(async () => {
  rmSync(runnerTemp, { recursive: true, force: true });
  await server.close();
});

test('the main step fails naming subject-token, before any request', () => {
  expect(job.main.code).toBe(1);
  expect(job.main.stdout).toContain('::error::Input "subject-token" is a one-shot token given by value, which keep-fresh cannot use again to renew');
  expect(server.requests).toEqual([]);
  expect(job.main.state).toEqual({});
});

test('nothing is left in RUNNER_TEMP and the subject token is not printed', () => {
  expect(readdirSync(runnerTemp)).toEqual([]);
  expectNoSecrets(job.main.stdout + job.main.stderr + job.post.stdout, [subjectToken]);
});
