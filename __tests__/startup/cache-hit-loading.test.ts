/**
 * A `--cache` hit loads only what it needs (issue 12): the bin's one file, and neither
 * node:http, node:crypto nor any chunk; the request code in the bin is never run.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_ENTRY, runCli } from '../cli/run-cli.js';
import { NODE_BINARY, REPO_ROOT, spawnCollect } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const RECORD_LOADS = join(REPO_ROOT, '__tests__', 'startup', 'record-loads.mjs');
let server: TokenServer;
let work: string;
let loads: { builtins: string[]; esModules: string[] };
let hit: { code: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: 'at-hit-loads-0123' })]);
  work = mkdtempSync(join(tmpdir(), 'oauth-hit-loads-'));
  const env = { OAUTH_TOKEN_URL: server.tokenUrl, OAUTH_CLIENT_ID: 'hit', OAUTH_CLIENT_SECRET: 'hit-secret-0123456789', OAUTH_CACHE_DIR: join(work, 'cache') };
  await runCli(['--cache'], env);
  const loadsFile = join(work, 'loads.json');
  hit = await spawnCollect(
    NODE_BINARY,
    ['--import', pathToFileURL(RECORD_LOADS).href, CLI_ENTRY, '--cache'],
    { PATH: process.env.PATH ?? '', LOADS_FILE: loadsFile, ...env },
    30_000
  );
  const recorded = JSON.parse(readFileSync(loadsFile, 'utf8')) as { builtins: string[]; esModules: string[] };
  loads = { builtins: recorded.builtins, esModules: recorded.esModules.map((url) => relative(REPO_ROOT, fileURLToPath(url))) };
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await server.close();
});

test('the hit prints the cached token without a request', () => {
  expect(hit).toEqual({ code: 0, stdout: 'at-hit-loads-0123\n', stderr: '' });
  expect(server.requests).toHaveLength(1);
});

test('it loads the bin alone, and neither http, crypto nor child_process', () => {
  expect(loads.esModules).toEqual([relative(REPO_ROOT, CLI_ENTRY)]);
  expect(loads.builtins.filter((name) => ['http', 'https', 'crypto', 'tls', 'child_process', 'fs/promises'].includes(name))).toEqual([]);
});
