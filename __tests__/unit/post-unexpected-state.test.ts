/**
 * The post step with a keep-fresh renewer that died during the job: it reads the `revoke`
 * input and says whether a revocation was lost with the renewer. Through `post()` with a
 * stand-in for `@actions/core`, so that the wiring from the input to the warning is tested.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionsCore } from '../../src/action/actions-core.js';
import { post } from '../../src/action/post.js';

let runnerTemp: string;
const savedRunnerTemp = process.env.RUNNER_TEMP;
beforeEach(() => {
  runnerTemp = mkdtempSync(join(tmpdir(), 'post-renewer-gone-'));
  process.env.RUNNER_TEMP = runnerTemp;
});
afterEach(() => {
  if (savedRunnerTemp === undefined) delete process.env.RUNNER_TEMP;
  else process.env.RUNNER_TEMP = savedRunnerTemp;
  rmSync(runnerTemp, { recursive: true, force: true });
});

/** The warnings of a post step whose saved renewer is a process that has exited, with `revoke` as given. */
async function warningsWithRevoke(revoke: string): Promise<string[]> {
  const { pid } = spawnSync(process.execPath, ['-e', '0']);
  const log = join(runnerTemp, 'oauth-token-renewer-0123456789abcdef.log');
  writeFileSync(log, '');
  const inputs: Record<string, string> = { revoke };
  const state: Record<string, string> = { renewer: JSON.stringify({ pid, log }) };
  const warnings: string[] = [];
  const core = {
    getInput: (name: string) => inputs[name] ?? '',
    getState: (name: string) => state[name] ?? '',
    warning: (message: string | Error) => void warnings.push(String(message)),
    info: () => undefined,
    setSecret: () => undefined,
    debug: () => undefined
  } as unknown as ActionsCore;
  await post(core);
  return warnings;
}

test('with revoke: true, the warning says the last token was not revoked', async () => {
  expect(await warningsWithRevoke('true')).toEqual([
    'The token renewer had stopped before the end of the job; the token file may have expired, and its last token was not revoked'
  ]);
});

test('without revoke, it says only that the file may have expired', async () => {
  expect(await warningsWithRevoke('false')).toEqual(['The token renewer had stopped before the end of the job; the token file may have expired']);
});
