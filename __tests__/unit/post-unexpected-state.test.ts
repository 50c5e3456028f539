/**
 * The post step when something of the job's is not as the main step left it: a keep-fresh
 * renewer that died (it reads the `revoke` input and says whether a revocation was lost
 * with the renewer), a token file it cannot delete (a warning, and it goes on). Through
 * `post()` with a stand-in for `@actions/core`, so that the wiring is tested.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionsCore } from '../../src/action/actions-core.js';
import { post } from '../../src/action/post.js';
import { formOf, startTokenServer } from '../helpers/token-server.js';

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

/** The warnings of a post step with these inputs and saved state. */
async function postWarnings(inputs: Record<string, string>, state: Record<string, string>): Promise<string[]> {
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

/** The warnings of a post step whose saved renewer is a process that has exited, with these inputs and the state saved beside it. */
async function warningsOfGoneRenewer(inputs: Record<string, string>, state: Record<string, string> = {}): Promise<string[]> {
  const { pid } = spawnSync(process.execPath, ['-e', '0']);
  const log = join(runnerTemp, 'oauth-token-renewer-0123456789abcdef.log');
  writeFileSync(log, '');
  return postWarnings(inputs, { ...state, renewer: JSON.stringify({ pid, log }) });
}

test('with revoke: true, the warning says the last token may not have been revoked, and the tokens the main step saved are revoked', async () => {
  const server = await startTokenServer([{ status: 200, text: '' }]);
  try {
    const revocation = JSON.stringify({
      revocationEndpoint: `${server.origin}/revoke`,
      tokenEndpoint: server.tokenUrl,
      accessToken: 'at-first-0123',
      refreshToken: 'rt-first-0123'
    });
    const inputs = { revoke: 'true', 'token-url': server.tokenUrl, 'client-id': 'ci', 'client-secret': 'gone-renewer-secret-0123' };

    expect(await warningsOfGoneRenewer(inputs, { revocation })).toEqual([
      'The token renewer had stopped before the end of the job; the token file may have expired, and its last token may not have been revoked (its log below says if it was)'
    ]);
    expect(server.requests.map((request) => [request.url, formOf(request).token])).toEqual([
      ['/revoke', 'rt-first-0123'],
      ['/revoke', 'at-first-0123']
    ]);
  } finally {
    await server.close();
  }
});

test('without revoke, it says only that the file may have expired', async () => {
  expect(await warningsOfGoneRenewer({ revoke: 'false' })).toEqual(['The token renewer had stopped before the end of the job; the token file may have expired']);
});

test('a token file that cannot be deleted is a warning, and revocation still runs', async () => {
  // A folder where the token file was: rm refuses it (EISDIR).
  const file = join(runnerTemp, 'oauth-token-0123456789abcdef');
  mkdirSync(file);
  expect(await postWarnings({ revoke: 'true' }, { 'token-file': file })).toEqual([
    expect.stringMatching(/^Could not delete the token file: .*EISDIR/),
    'Token revocation skipped: the main step saved no token (it failed before getting one, or did not run)'
  ]);
});

test('a renewer a post step has already stopped and reported on (its log is gone) is not warned about again', async () => {
  const { pid } = spawnSync(process.execPath, ['-e', '0']);
  const log = join(runnerTemp, 'oauth-token-renewer-0123456789abcdef.log');
  expect(await postWarnings({ revoke: 'true' }, { renewer: JSON.stringify({ pid, log }) })).toEqual([]);
});

test('a temp file a killed renewer left beside the token file (its token, mid-write) is deleted with it', async () => {
  const file = join(runnerTemp, 'oauth-token-0123456789abcdef');
  writeFileSync(file, 'at-current-0123');
  writeFileSync(`${file}.4242.7.tmp`, 'at-mid-write-0123');
  writeFileSync(join(runnerTemp, 'unrelated.4242.7.tmp'), 'not ours');

  expect(await postWarnings({}, { 'token-file': file })).toEqual([]);
  expect(readdirSync(runnerTemp)).toEqual(['unrelated.4242.7.tmp']);
});
