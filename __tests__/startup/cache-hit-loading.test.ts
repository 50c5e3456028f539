/**
 * A `--cache` hit loads only what it needs (issue 12): the bin and its cache chunk, and
 * neither node:http, node:crypto nor the request chunks.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { CLI_ENTRY, runCli } from '../cli/run-cli.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { runRecordingLoads } from './recorded-run.js';

let server: TokenServer;
let work: string;
let loads: { builtins: string[]; files: string[] };
let hit: { code: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: 'at-hit-loads-0123' })]);
  work = mkdtempSync(join(tmpdir(), 'oauth-hit-loads-'));
  const env = { OAUTH_TOKEN_URL: server.tokenUrl, OAUTH_CLIENT_ID: 'hit', OAUTH_CLIENT_SECRET: 'hit-secret-0123456789', OAUTH_CACHE_DIR: join(work, 'cache') };
  await runCli(['--cache'], env);
  const { code, stdout, stderr, builtins, files } = await runRecordingLoads([CLI_ENTRY, '--cache'], { PATH: process.env.PATH ?? '', ...env });
  hit = { code, stdout, stderr };
  loads = { builtins, files };
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await server.close();
});

test('the hit prints the cached token without a request', () => {
  expect(hit).toEqual({ code: 0, stdout: 'at-hit-loads-0123\n', stderr: '' });
  expect(server.requests).toHaveLength(1);
});

test('it loads the bin and its cache chunk alone, and neither http, crypto nor child_process', () => {
  // The cache chunk is the one that says a cache path "is not a folder" (src/cli/cache.ts).
  const binDir = dirname(CLI_ENTRY);
  const cacheChunks = readdirSync(binDir).filter((file) => file.endsWith('.cjs.js') && readFileSync(join(binDir, file), 'utf8').includes('is not a folder'));
  expect(cacheChunks).toHaveLength(1);
  expect(loads.files).toEqual([relative(REPO_ROOT, CLI_ENTRY), relative(REPO_ROOT, join(binDir, cacheChunks[0]!))].sort());
  expect(loads.builtins.filter((name) => ['http', 'https', 'crypto', 'tls', 'child_process', 'fs/promises'].includes(name))).toEqual([]);
});
