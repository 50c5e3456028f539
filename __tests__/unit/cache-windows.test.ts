/**
 * On Windows Node reports no owner and a mode of 0666 for every file and folder, so the
 * cache cannot check who may read its folder: it says so plainly instead of blaming the
 * folder's permissions, and the run goes on with a request.
 */
import { afterEach, expect, test } from '@jest/globals';
import { tmpdir } from 'node:os';
import { distrustOfFolder } from '../../src/cli/cache.js';

const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
afterEach(() => {
  Object.defineProperty(process, 'platform', platform);
});

test('on win32 the cache folder is not trusted, and the reason names Windows', () => {
  Object.defineProperty(process, 'platform', { value: 'win32' });
  expect(distrustOfFolder(tmpdir())).toBe('Windows gives no owner and mode to check the folder by; each run makes a request');
});
