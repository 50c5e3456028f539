/**
 * Runner level: the renewer's orders (the step's options, JSON) can exceed what the
 * kernel buffers in the pipe to it (64 KiB for a pipe, about 208 KiB for the socket pair
 * Node uses), here through three 100 KB inputs. The main step must not exit before they
 * have all gone into the pipe, or the renewer reads part of them and dies: the renewer
 * here still renews, sending the same parameters.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';

const padding = 'p'.repeat(100_000);
let server: TokenServer;
let runnerTemp: string;
let job: JobRun;
const seen = new Set<string>();

beforeAll(async () => {
  server = await startTokenServer((_, index) => ({ json: { access_token: `at-large-${index + 1}`, token_type: 'Bearer', expires_in: 2 } }));
  runnerTemp = mkdtempSync(join(tmpdir(), 'oauth-runner-temp-'));
  const inputs = {
    'token-url': server.tokenUrl,
    'client-id': 'ci',
    'client-secret': 'large-orders-secret-0123',
    'extra-params': `padding=${padding}`,
    scope: `s${padding}`,
    audience: `a${padding}`,
    'keep-fresh': 'true'
  };
  job = await runJob(inputs, { env: { RUNNER_TEMP: runnerTemp } }, async (main) => {
    for (let i = 0; i < 16; i++) {
      seen.add(readFileSync(main.outputs.token_file!, 'utf8'));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });
}, 60_000);
afterAll(async () => {
  rmSync(runnerTemp, { recursive: true, force: true });
  await server.close();
});

test('the renewer got all its orders: it renews the token, with the same 100 KB parameters', () => {
  expect(job.main.code).toBe(0);
  expect(seen.size).toBeGreaterThanOrEqual(2);
  expect(server.requests.length).toBeGreaterThanOrEqual(2);
  for (const request of server.requests) expect(formOf(request)).toMatchObject({ padding, scope: `s${padding}`, audience: `a${padding}` });
});

test('the post step finds the renewer running and leaves nothing behind', () => {
  expect(job.post.code).toBe(0);
  expect(job.post.stdout).toBe('');
  expect(readdirSync(runnerTemp)).toEqual([]);
});
