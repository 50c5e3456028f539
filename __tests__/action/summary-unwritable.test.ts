/**
 * Runner level (issue #10, item 12): a GITHUB_STEP_SUMMARY that cannot be written is a
 * warning; the step, which has its token and wrote its outputs, succeeds.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const dir = mkdtempSync(join(tmpdir(), 'oauth-summary-'));
const summary = join(dir, 'missing-folder', 'summary.md');
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: 'at-summary-unwritable-0123' })]);
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'summary-client', 'client-secret': 'summary-secret-0123456789' }, { env: { GITHUB_STEP_SUMMARY: summary } });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the step succeeds with its outputs', () => {
  expect(run.code).toBe(0);
  expect(run.outputs.access_token).toBe('at-summary-unwritable-0123');
  expect(run.stdout).not.toMatch(/^::error::/m);
});

test('one warning says the summary could not be written', () => {
  expect(run.stdout.split('\n').filter((line) => line.startsWith('::warning::'))).toEqual([
    `::warning::Could not write the job summary (GITHUB_STEP_SUMMARY): ENOENT: no such file or directory, open '${summary}'`
  ]);
});
