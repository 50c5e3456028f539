/**
 * The CLI's cache folder: made level by level, so that a place that refuses new folders
 * in an odd way (Linux's /proc answers ENOENT under an existing parent, where Node's
 * recursive mkdirSync loops forever) is reported, and a file in the folder's place is
 * named as such.
 */
import { afterAll, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distrustOfFolder } from '../../src/cli/cache.js';

const work = mkdtempSync(join(tmpdir(), 'oauth-cache-folder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('missing levels are made, each 0700', () => {
  const dir = join(work, 'a', 'b', 'cache');
  expect(distrustOfFolder(dir)).toBeUndefined();
  for (const level of [join(work, 'a'), join(work, 'a', 'b'), dir]) expect(statSync(level).mode & 0o777).toBe(0o700);
});

test('a file where the folder should be is named as such', () => {
  const file = join(work, 'a-file');
  writeFileSync(file, '');
  expect(distrustOfFolder(file)).toBe(`${file} is not a folder`);
});

(existsSync('/proc/self') ? test : test.skip)('a folder under /proc is reported at once, not retried forever', () => {
  expect(distrustOfFolder('/proc/oauth-token-cache/x')).toBe('/proc/oauth-token-cache/x cannot be used (ENOENT)');
});
