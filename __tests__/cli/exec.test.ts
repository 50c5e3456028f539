/**
 * CLI `oauth-token exec -- COMMAND`: against a server issuing 3-second tokens, a 7-second
 * command sees ACCESS_TOKEN_FILE (0600, the token alone) rewritten with renewed tokens;
 * its exit status and a SIGTERM pass through; no file is left behind.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSecrets } from '../helpers/secrets.js';
import { NODE_BINARY } from '../helpers/run-action.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { CLI_ENTRY, runCli, stderrLines } from './run-cli.js';

const clientSecret = 'exec-secret-0123456789';
let server: TokenServer;

beforeAll(async () => {
  server = await startTokenServer((_, index) => ({ json: { access_token: `at-exec-${index + 1}`, token_type: 'Bearer', expires_in: 3, refresh_token: `rt-exec-${index + 1}` } }));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const env = { OAUTH_TOKEN_URL: '', OAUTH_CLIENT_ID: 'exec-client', OAUTH_CLIENT_SECRET: clientSecret };
const envOf = () => ({ ...env, OAUTH_TOKEN_URL: server.tokenUrl });

/** Prints its environment's token variables, then the file's mode and content every half second for 7 seconds. */
const WATCH_FILE = `
const fs = require('node:fs');
const file = process.env.ACCESS_TOKEN_FILE;
console.log(JSON.stringify({ env: [process.env.ACCESS_TOKEN, process.env.TOKEN_TYPE, process.env.EXPIRES_AT, file] }));
let n = 0;
const timer = setInterval(() => {
  console.log(JSON.stringify({ mode: (fs.statSync(file).mode & 0o777).toString(8), token: fs.readFileSync(file, 'utf8') }));
  if (++n === 14) { clearInterval(timer); process.exit(3); }
}, 500);
`;

test('a 7-second command sees its token file renewed before expiry; its exit status passes through; no file is left', async () => {
  const run = await runCli(['exec', '--', NODE_BINARY, '-e', WATCH_FILE], envOf());

  const lines = run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { env?: string[]; mode?: string; token?: string });
  const [first, ...reads] = lines;
  const [accessToken, tokenType, expiresAt, file] = first!.env!;
  expect([accessToken, tokenType]).toEqual(['at-exec-1', 'Bearer']);
  expect(expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
  expect(reads).toHaveLength(14);
  expect(new Set(reads.map((read) => read.mode))).toEqual(new Set(['600']));
  const seen = [...new Set(reads.map((read) => read.token))];
  // Renewed about every 1.5 s (half of a 3-second lifetime): at least four tokens in 7 s, each one whole.
  expect(seen.length).toBeGreaterThanOrEqual(4);
  for (const token of seen) expect(token).toMatch(/^at-exec-\d+$/);
  expect(run.code).toBe(3);
  expect(existsSync(file!)).toBe(false);
  // Renewals use the refresh token the server gave.
  expect(server.requests.slice(1).map((request) => formOf(request).grant_type)).toEqual(server.requests.slice(1).map(() => 'refresh_token'));
  expectNoSecrets(run.stderr, [clientSecret, ...seen.map(String)]);
}, 20_000);

test('a SIGTERM to exec reaches the command, whose status exec exits with; the file is deleted', async () => {
  const trapping = `
process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exit(42); });
console.log(process.env.ACCESS_TOKEN_FILE);
setInterval(() => {}, 1000);
`;
  const child = spawn(NODE_BINARY, [CLI_ENTRY, 'exec', '--', NODE_BINARY, '-e', trapping], {
    env: { PATH: process.env.PATH ?? '', ...envOf() },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('\n') && !stdout.includes('got')) child.kill('SIGTERM');
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));

  const [file, answer] = stdout.trim().split('\n');
  expect(answer).toBe('got SIGTERM');
  expect(code).toBe(42);
  expect(existsSync(file!)).toBe(false);
});

test('a command that a signal ends gives 128 + the signal number', async () => {
  const run = await runCli(['exec', '--', 'sh', '-c', 'kill -TERM $$'], envOf());

  expect(run.code).toBe(143);
});

test('exec without a command is bad usage (exit 2) and makes no request', async () => {
  const run = await runCli(['exec', '--scope', 'api'], envOf());

  expect(run.code).toBe(2);
  expect(run.stderr).toContain('exec needs a command');
  expect(server.requests).toHaveLength(0);
});

test('exec with an --output, which it would ignore, is bad usage (exit 2) and makes no request', async () => {
  const run = await runCli(['exec', '--output', 'json', '--', 'true'], envOf());

  expect(run.code).toBe(2);
  expect(run.stderr).toContain('exec takes no --output');
  expect(server.requests).toHaveLength(0);
});

test('exec with --cache, which it would ignore, is bad usage (exit 2) and makes no request', async () => {
  const run = await runCli(['exec', '--cache', '--', 'true'], envOf());

  expect(run.code).toBe(2);
  expect(stderrLines(run)).toEqual(['oauth-token: exec takes no --cache: it renews its token for as long as COMMAND runs; see --help']);
  expect(server.requests).toHaveLength(0);
});

test('exec with a one-shot token given by value, which it could not renew, is bad usage (exit 2) and makes no request', async () => {
  const requestsBefore = server.requests.length;
  const env = {
    ...envOf(),
    OAUTH_GRANT_TYPE: 'token_exchange',
    OAUTH_SUBJECT_TOKEN: 'one-shot-subject-0123456789',
    OAUTH_SUBJECT_TOKEN_TYPE: 'urn:ietf:params:oauth:token-type:jwt'
  };
  const run = await runCli(['exec', '--', 'true'], env);
  expect(run.code).toBe(2);
  expect(stderrLines(run)).toEqual([
    'oauth-token: --subject-token (OAUTH_SUBJECT_TOKEN) is a one-shot token given by value, which exec cannot use again to renew; use github-oidc-audience (a fresh OIDC token each time) instead'
  ]);
  expect(server.requests.length).toBe(requestsBefore);
});

test('a command that cannot be started gives 127', async () => {
  const run = await runCli(['exec', '--', '/nonexistent/command-0123'], envOf());

  expect(run.code).toBe(127);
  expect(run.stderr).toContain('could not run the command (ENOENT)');
});

test('a command that exists but cannot be run (not executable, a folder) gives 126, as a shell does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'exec-not-executable-'));
  try {
    const script = join(dir, 'deploy.sh');
    writeFileSync(script, '#!/bin/sh\necho never\n', { mode: 0o644 });
    const runs = [await runCli(['exec', '--', script], envOf()), await runCli(['exec', '--', dir], envOf())];

    expect(runs.map((run) => [run.code, run.stdout, run.stderr])).toEqual([
      [126, '', 'oauth-token: could not run the command (EACCES)\n'],
      [126, '', 'oauth-token: could not run the command (EACCES)\n']
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an OAUTH_OUTPUT set for the job's token calls is left alone: exec prints no token", async () => {
  const run = await runCli(['exec', '--', NODE_BINARY, '-e', 'console.log(process.env.ACCESS_TOKEN)'], { ...envOf(), OAUTH_OUTPUT: 'env' });

  expect([run.code, run.stdout, run.stderr]).toEqual([0, 'at-exec-1\n', '']);
});

test('an XDG_RUNTIME_DIR that is gone (after su, in a container): the token file goes to the temp folder and the command runs', async () => {
  const run = await runCli(['exec', '--', NODE_BINARY, '-e', 'console.log(require("node:fs").readFileSync(process.env.ACCESS_TOKEN_FILE, "utf8"))'], {
    ...envOf(),
    XDG_RUNTIME_DIR: '/nonexistent/run/user/0123',
    TMPDIR: tmpdir()
  });

  expect([run.code, run.stdout, run.stderr]).toEqual([0, 'at-exec-1\n', '']);
});

test('a SIGTERM during the first token request ends exec by that signal, as its default action would (a calling shell stops too), and leaves no folder behind', async () => {
  const slow = await startTokenServer(async () => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return { json: { access_token: 'at-slow-0123', expires_in: 3600 } };
  });
  const temp = mkdtempSync(join(tmpdir(), 'exec-signal-early-'));
  try {
    const exec = spawn(NODE_BINARY, [CLI_ENTRY, 'exec', '--', 'true'], {
      env: { PATH: process.env.PATH ?? '', TMPDIR: temp, ...envOf(), OAUTH_TOKEN_URL: slow.tokenUrl },
      stdio: 'ignore'
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    exec.kill('SIGTERM');
    const ended = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => exec.on('exit', (code, signal) => resolve([code, signal])));

    expect(ended).toEqual([null, 'SIGTERM']);
    expect(readdirSync(temp)).toEqual([]);
  } finally {
    rmSync(temp, { recursive: true, force: true });
    await slow.close();
  }
});

test('a failed renewal is reported (redacted) and retried, never kills the command; a deleted file is recreated', async () => {
  const flaky = await startTokenServer((_, index) =>
    index === 1 || index === 2
      ? { status: 503, json: { error: 'temporarily_unavailable', error_description: `down, ${clientSecret}` } }
      : { json: { access_token: `at-flaky-${index + 1}`, expires_in: 3 } }
  );
  try {
    const script = `
const fs = require('node:fs');
const file = process.env.ACCESS_TOKEN_FILE;
fs.rmSync(file);
setTimeout(() => { console.log(fs.readFileSync(file, 'utf8')); process.exit(0); }, 6000);
`;
    const run = await runCli(['exec', '--', NODE_BINARY, '-e', script], { ...envOf(), OAUTH_TOKEN_URL: flaky.tokenUrl, OAUTH_RETRIES: '0' });

    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^at-flaky-\d+$/);
    expect(run.stderr).toMatch(/oauth-token: warning: could not renew the token \(trying again in \d+ s\): .*503/);
    expectNoSecrets(run.stderr, [clientSecret]);
  } finally {
    await flaky.close();
  }
}, 20_000);
