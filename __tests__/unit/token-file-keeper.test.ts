/**
 * The loop that keeps a token file valid (the CLI's `exec`, the action's keep-fresh
 * renewer) at its edges: a server whose tokens are due again at once must not be asked in
 * a tight loop, and a token that outlives what one timer can wait (about 24.8 days) must
 * not make the timer fire at once, again and again.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepTokenFile } from '../../src/core/token-file.js';
import type { Token } from '../../src/core/types.js';

let folder: string;
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.name);
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'keeper-'));
  warnings.length = 0;
  process.on('warning', onWarning);
});
afterEach(() => {
  process.off('warning', onWarning);
  rmSync(folder, { recursive: true, force: true });
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A source whose renewals are counted, each token due for renewal `dueInMs` after it is issued. */
function sourceDueIn(dueInMs: number) {
  let issued = 0;
  let dueAt = Date.now() + dueInMs;
  return {
    get issued() {
      return issued;
    },
    renewalDueAt: () => dueAt,
    token: async (): Promise<Token> => {
      issued++;
      dueAt = Date.now() + dueInMs;
      return { accessToken: `at-keeper-${issued}`, tokenType: 'Bearer', raw: {} };
    }
  };
}

test('tokens due again at once are renewed with back-off (1 s, 2 s, ...), each time said, not in a loop', async () => {
  const source = sourceDueIn(0);
  const file = join(folder, 'token');
  const failures: Array<[string, number]> = [];
  const keeper = keepTokenFile(source, file, { failed: (error, retryInMs) => failures.push([(error as Error).message, retryInMs]) });
  await wait(1_600);
  await keeper.stop();
  // At once, then after 1 s: two renewals where a loop would have made thousands.
  expect(source.issued).toBe(2);
  expect(failures).toEqual([
    ["the server's new token is due for renewal at once (expires_in 0, or an exp already past)", 1_000],
    ["the server's new token is due for renewal at once (expires_in 0, or an exp already past)", 2_000]
  ]);
  // The file still holds the newest token: the job may yet use it.
  expect(readFileSync(file, 'utf8')).toBe('at-keeper-2');
});

test('a token due in 30 days is waited for in steps a timer can hold: no renewal, no TimeoutOverflowWarning', async () => {
  const source = sourceDueIn(30 * 24 * 3_600_000);
  const keeper = keepTokenFile(source, join(folder, 'token'), { failed: () => undefined });
  await wait(300);
  await keeper.stop();
  expect({ issued: source.issued, warnings }).toEqual({ issued: 0, warnings: [] });
});
