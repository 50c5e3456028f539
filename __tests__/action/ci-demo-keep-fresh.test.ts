/**
 * Runner level, the job that CI runs on ubuntu, windows and macos (.github/workflows/ci.yml,
 * "uses ./ on ..."): against the demo loopback server, `keep-fresh` with `revoke` writes
 * the token file, and the post step has the renewer revoke the token, printing the line
 * that CI's log check looks for, with no warning.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, startLoopbackTokenServer } from '../../scripts/loopback-token-server.mjs';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';

let server: Awaited<ReturnType<typeof startLoopbackTokenServer>>;
let runnerTemp: string;
let job: JobRun;
let tokenFileContent: string | undefined;

beforeAll(async () => {
  server = await startLoopbackTokenServer();
  runnerTemp = mkdtempSync(join(tmpdir(), 'oauth-ci-demo-'));
  const inputs = {
    provider: 'crayon',
    'token-url': server.tokenUrl,
    'client-id': DEMO.clientId,
    'client-secret': DEMO.clientSecret,
    username: DEMO.username,
    password: DEMO.password,
    'keep-fresh': 'true',
    revoke: 'true',
    'revocation-url': server.revocationUrl
  };
  job = await runJob(inputs, { env: { RUNNER_TEMP: runnerTemp } }, async (main) => {
    tokenFileContent = readFileSync(main.outputs.token_file!, 'utf8');
  });
}, 60_000);
afterAll(async () => {
  rmSync(runnerTemp, { recursive: true, force: true });
  await server.close();
});

test('the main step writes the token file, which holds the token alone', () => {
  expect(job.main.code).toBe(0);
  expect(tokenFileContent).toBe(DEMO.accessToken);
});

test("the post step prints the renewer's revocation, which CI looks for in each OS's log, and no warning", () => {
  expect(job.post.code).toBe(0);
  expect(job.post.stdout).toBe(`Revoked the access token at ${new URL(server.tokenUrl).host}\n`);
  expect(existsSync(job.main.outputs.token_file!)).toBe(false);
  expectNoSecrets(job.main.stdout + job.post.stdout, [DEMO.accessToken, DEMO.clientSecret, DEMO.password]);
});
