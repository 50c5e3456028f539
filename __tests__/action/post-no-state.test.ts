/**
 * Runner level: the post step runs at the end of every job. With no state saved and no
 * `revoke: true` it has nothing to do, and exits having loaded dist/post/index.js alone: not
 * `@actions/core`, not the post step's code (both chunks of their own).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NODE_BINARY, REPO_ROOT, spawnCollect } from '../helpers/run-action.js';

const RECORD_LOADS = join(REPO_ROOT, '__tests__', 'startup', 'record-loads.mjs');
let work: string;
let run: { code: number | null; stdout: string; stderr: string };
let esModules: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oauth-post-no-state-'));
  const loadsFile = join(work, 'loads.json');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    LOADS_FILE: loadsFile,
    'INPUT_CLIENT-ID': 'ci',
    INPUT_REVOKE: 'false',
    GITHUB_STATE: join(work, 'state')
  };
  run = await spawnCollect(NODE_BINARY, ['--import', pathToFileURL(RECORD_LOADS).href, join(REPO_ROOT, 'dist', 'post', 'index.js')], env, 30_000);
  esModules = (JSON.parse(readFileSync(loadsFile, 'utf8')) as { esModules: string[] }).esModules.map((url) => relative(REPO_ROOT, fileURLToPath(url)));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the post step exits 0 and prints nothing', () => {
  expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
});

test('it loads dist/post/index.js and nothing else of the action', () => {
  expect(esModules).toEqual([join('dist', 'post', 'index.js')]);
});
