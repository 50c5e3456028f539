/**
 * `--cache` folder (CONTRACT.md, "More CLI forms"): OAUTH_CACHE_DIR, else
 * $XDG_RUNTIME_DIR/oauth-token, else $RUNNER_TEMP/oauth-token, else the OS temp dir +
 * oauth-token-<uid>. A pure function of the environment: nothing is created here.
 */
import { expect, test } from '@jest/globals';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDirOf } from '../../src/cli/cache.js';

const all = { OAUTH_CACHE_DIR: '/c/own', XDG_RUNTIME_DIR: '/run/user/1000', RUNNER_TEMP: '/runner/_temp' };

test('OAUTH_CACHE_DIR wins over every other place', () => {
  expect(cacheDirOf(all)).toBe('/c/own');
});

test('then $XDG_RUNTIME_DIR/oauth-token, then $RUNNER_TEMP/oauth-token', () => {
  expect(cacheDirOf({ ...all, OAUTH_CACHE_DIR: undefined })).toBe(join('/run/user/1000', 'oauth-token'));
  expect(cacheDirOf({ RUNNER_TEMP: '/runner/_temp' })).toBe(join('/runner/_temp', 'oauth-token'));
});

test('last, the OS temp dir with oauth-token-<uid>, so that users do not share a folder', () => {
  expect(cacheDirOf({})).toBe(join(tmpdir(), `oauth-token-${process.getuid!()}`));
});
