/**
 * Runner level: `token-file: true` writes the token alone (no newline) to a new 0600 file
 * in RUNNER_TEMP, outputs its path as `token_file`, and the post step deletes it.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'token-file-secret-0123';
const accessToken = 'at-token-file-0123456789';
let server: TokenServer;
let runnerTemp: string;
let job: JobRun;
let during: { mode: number; content: string } | undefined;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: accessToken })]);
  runnerTemp = mkdtempSync(join(tmpdir(), 'oauth-runner-temp-'));
  job = await runJob(
    { 'token-url': server.tokenUrl, 'client-id': 'ci', 'client-secret': clientSecret, 'token-file': 'true' },
    { env: { RUNNER_TEMP: runnerTemp } },
    async (main) => {
      const file = main.outputs.token_file!;
      during = { mode: statSync(file).mode & 0o777, content: readFileSync(file, 'utf8') };
    }
  );
});
afterAll(async () => {
  rmSync(runnerTemp, { recursive: true, force: true });
  await server.close();
});

test('the main step outputs the path of a new file in RUNNER_TEMP holding the token alone, readable by its user only', () => {
  expect(job.main.code).toBe(0);
  expect(dirname(job.main.outputs.token_file!)).toBe(runnerTemp);
  expect(during).toEqual({ mode: 0o600, content: accessToken });
  expect(job.main.outputs.access_token).toBe(accessToken);
});

test('the post step deletes the file and prints nothing', () => {
  expect(job.post.code).toBe(0);
  expect(job.post.stdout).toBe('');
  expect(existsSync(job.main.outputs.token_file!)).toBe(false);
  expect(readdirSync(runnerTemp)).toEqual([]);
});

test('no secret is printed, and the saved state holds only the path', () => {
  expectNoSecrets(job.main.stdout + job.main.stderr + job.post.stdout + job.post.stderr, [clientSecret, accessToken]);
  expect(job.main.state).toEqual({ 'token-file': job.main.outputs.token_file });
});
