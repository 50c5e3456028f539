/**
 * CLI `oauth-token exec`: when COMMAND ends while a renewal is under way (here one the
 * server answers only after 20 seconds), exec does not wait for it: it deletes the token
 * file and exits with COMMAND's status at once, and says nothing of the dropped renewal.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { runCli, type CliRun } from './run-cli.js';

let server: TokenServer;
let run: CliRun;
let tookMs: number;

beforeAll(async () => {
  // The first token lives 2 s, so its renewal starts after about 1 s; that answer takes 20 s.
  server = await startTokenServer(async (_, index) => {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, 20_000));
    return { json: { access_token: `at-in-flight-${index + 1}`, token_type: 'Bearer', expires_in: 2 } };
  });
  const startedAt = Date.now();
  run = await runCli(['exec', '--', 'sh', '-c', 'sleep 2; echo "$ACCESS_TOKEN_FILE"; exit 7'], {
    OAUTH_TOKEN_URL: server.tokenUrl,
    OAUTH_CLIENT_ID: 'in-flight-client',
    OAUTH_CLIENT_SECRET: 'in-flight-secret-0123'
  });
  tookMs = Date.now() - startedAt;
}, 40_000);
afterAll(() => server.close());

test("exec ends with COMMAND's status soon after it, the renewal under way dropped and unreported", () => {
  expect(server.requests.length).toBe(2);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 7, stderr: '' });
  expect(tookMs).toBeLessThan(10_000);
});

test('the token file is gone', () => {
  const file = run.stdout.trim();
  expect(file).toMatch(/access-token$/);
  expect(existsSync(file)).toBe(false);
});
