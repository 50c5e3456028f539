/**
 * Runner level: `keep-fresh: true` and a server that refuses every renewal. The renewer
 * keeps trying (the job is not failed) and the post step prints its failures as
 * warnings, redacted.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'keep-failure-secret-0123';
let server: TokenServer;
let runnerTemp: string;
let job: JobRun;

beforeAll(async () => {
  server = await startTokenServer((_, index) =>
    index === 0
      ? { json: { access_token: 'at-kf-1', expires_in: 2 } }
      : { status: 503, json: { error: 'temporarily_unavailable', error_description: `no tokens for ${clientSecret}` } }
  );
  runnerTemp = mkdtempSync(join(tmpdir(), 'oauth-runner-temp-'));
  const inputs = { 'token-url': server.tokenUrl, 'client-id': 'ci', 'client-secret': clientSecret, 'keep-fresh': 'true', retries: '0' };
  job = await runJob(inputs, { env: { RUNNER_TEMP: runnerTemp } }, () => new Promise((resolve) => setTimeout(resolve, 3000)));
}, 60_000);
afterAll(async () => {
  rmSync(runnerTemp, { recursive: true, force: true });
  await server.close();
});

test('the renewer retried with back-off', () => {
  expect(job.main.code).toBe(0);
  expect(server.requests.length).toBeGreaterThanOrEqual(3);
});

test("the post step prints the renewer's failures as warnings, redacted, and does not fail", () => {
  expect(job.post.code).toBe(0);
  const warnings = job.post.stdout.split('\n').filter((line) => line.length > 0);
  expect(warnings.length).toBeGreaterThanOrEqual(2);
  for (const line of warnings)
    expect(line).toMatch(/^::warning::Token renewer: could not renew the token \(trying again in \d+ s\): Token endpoint answered HTTP 503: temporarily_unavailable/);
  expectNoSecrets(job.main.stdout + job.main.stderr + job.post.stdout + job.post.stderr, [clientSecret, 'at-kf-1']);
  expect(readdirSync(runnerTemp)).toEqual([]);
});
