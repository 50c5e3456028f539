/**
 * `npm run demo` (demo/demo.mjs) runs the built action outside a runner, so the
 * `::add-mask::` and `::debug::` workflow commands show raw, with the demo's fake secrets
 * in them. Its output must say what a runner does with them, and show the runner's view
 * of the log with every masked value hidden, so that nobody reads them as a leak.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { NODE_BINARY, REPO_ROOT, spawnCollect } from '../helpers/run-action.js';

let demo: { code: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  demo = await spawnCollect(NODE_BINARY, [join(REPO_ROOT, 'demo', 'demo.mjs')], { PATH: process.env.PATH ?? '' }, 60_000);
}, 70_000);

test('runs the action and the CLI and exits 0', () => {
  expect({ code: demo.code, stderr: demo.stderr }).toEqual({ code: 0, stderr: '' });
  expect(demo.stdout).toMatch(/^ {2}Got a Bearer token from 127\.0\.0\.1:\d+/m);
  expect(demo.stdout).toContain('"access_token":"demo-access-token-0123456789"');
});

test('explains the ::add-mask:: and ::debug:: lines it prints', () => {
  expect(demo.stdout).toMatch(/^ {2}::add-mask::/m);
  expect(demo.stdout).toMatch(/^ {2}::debug::/m);
  expect(demo.stdout).toMatch(/workflow commands to the runner, not log lines; a real runner never prints them/);
  expect(demo.stdout).toMatch(/::add-mask::VALUE {3}registers VALUE as a secret/);
  expect(demo.stdout).toMatch(/::debug::TEXT {7}a debug line, shown only when the run has debug logging on/);
});

test("shows the runner's view of the log: no workflow command, no secret", () => {
  const runnerView = demo.stdout.split("So a runner's log of this step shows:\n")[1]?.split('\n\n')[0];
  expect(runnerView).toMatch(/^ {2}Got a Bearer token from/);
  for (const secret of ['demo-secret', 'demo-password', 'demo-access-token-0123456789', 'ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ=']) expect(runnerView).not.toContain(secret);
  expect(runnerView).not.toContain('::');
});
