/**
 * Runner level: `token-file` or `keep-fresh` with a RUNNER_TEMP that cannot take a file
 * (here a regular file, not a folder) fails the step before the token request, in one line
 * naming the input and the folder: no token is spent on a step that cannot finish.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'unusable-temp-secret-0123';
let server: TokenServer;
let work: string;
let notAFolder: string;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: 'at-unusable-temp-0123' })]);
  work = mkdtempSync(join(tmpdir(), 'oauth-unusable-temp-'));
  notAFolder = join(work, 'runner-temp');
  writeFileSync(notAFolder, 'a file where RUNNER_TEMP should be');
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await server.close();
});

test.each(['token-file', 'keep-fresh'])('%s: the step fails before any request, naming the input and RUNNER_TEMP', async (input) => {
  const job = await runJob({ 'token-url': server.tokenUrl, 'client-id': 'ci', 'client-secret': clientSecret, [input]: 'true' }, { env: { RUNNER_TEMP: notAFolder } });

  expect(job.main.code).toBe(1);
  expect(job.main.stdout).toContain(`::error::Input "${input}" needs a file in RUNNER_TEMP (${notAFolder}), which cannot be made there (ENOTDIR)\n`);
  expect(job.main.outputs).toEqual({});
  expect(server.requests).toEqual([]);
  expect([job.post.code, job.post.stdout]).toEqual([0, '']);
  expectNoSecrets(job.main.stdout + job.main.stderr + job.post.stdout, [clientSecret]);
});
