/**
 * CLI `--cache`: a hit makes no request; a changed secret misses; the folder is 0700 and
 * entries 0600; a folder others can write to is not used (a request, exit 0, a warning);
 * a corrupt entry is ignored; parallel runs leave a valid entry; a token within its margin
 * is renewed with the cached refresh token first. Run against the built bin.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { runCli, stderrLines } from './run-cli.js';

const clientSecret = 'cache-secret-0123456789';
let server: TokenServer;
let work: string;
let cacheDir: string;
/** Seconds of lifetime of the next tokens the server issues. */
let lifetime = 3600;

beforeAll(async () => {
  server = await startTokenServer((request, index) => ({
    json: { access_token: `at-cache-${index + 1}`, token_type: 'Bearer', expires_in: lifetime, refresh_token: `rt-cache-${index + 1}`, scope: formOf(request).scope }
  }));
});
afterAll(() => server.close());

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'oauth-cache-test-'));
  cacheDir = join(work, 'cache');
  server.requests.length = 0;
  lifetime = 3600;
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const env = (overrides: Record<string, string> = {}) => ({
  OAUTH_TOKEN_URL: server.tokenUrl,
  OAUTH_CLIENT_ID: 'cache-client',
  OAUTH_CLIENT_SECRET: clientSecret,
  OAUTH_CACHE_DIR: cacheDir,
  ...overrides
});

test('two --cache runs make one request and print the same token', async () => {
  const first = await runCli(['--cache'], env());
  const second = await runCli(['--cache', '--output', 'json'], env());

  expect({ code: first.code, stdout: first.stdout, stderr: first.stderr }).toEqual({ code: 0, stdout: 'at-cache-1\n', stderr: '' });
  expect(second.code).toBe(0);
  expect(JSON.parse(second.stdout)).toMatchObject({ access_token: 'at-cache-1', token_type: 'Bearer', expires_in: expect.any(Number) });
  expect(server.requests).toHaveLength(1);
});

test('OAUTH_CACHE=true turns the cache on too', async () => {
  await runCli([], env({ OAUTH_CACHE: 'true' }));
  const second = await runCli([], env({ OAUTH_CACHE: 'true' }));

  expect(second.stdout).toBe('at-cache-1\n');
  expect(server.requests).toHaveLength(1);
});

test('a changed secret (or scope) misses: the key covers every option that shapes the request', async () => {
  await runCli(['--cache'], env());
  const otherSecret = await runCli(['--cache'], env({ OAUTH_CLIENT_SECRET: `${clientSecret}-rotated` }));
  const otherScope = await runCli(['--cache', '--scope', 'api'], env());

  expect([otherSecret.stdout, otherScope.stdout]).toEqual(['at-cache-2\n', 'at-cache-3\n']);
  expect(server.requests).toHaveLength(3);
});

test('the folder is 0700 and each entry 0600, and no entry holds the client secret', async () => {
  await runCli(['--cache'], env());

  expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
  const entries = readdirSync(cacheDir);
  expect(entries).toHaveLength(1);
  expect(statSync(join(cacheDir, entries[0]!)).mode & 0o777).toBe(0o600);
  expectNoSecrets(readFileSync(join(cacheDir, entries[0]!), 'utf8'), [clientSecret]);
});

test('a folder writable by others is neither read nor written: the run makes its request, exits 0 and says why', async () => {
  mkdirSync(cacheDir, { mode: 0o700 });
  chmodSync(cacheDir, 0o777);

  const first = await runCli(['--cache'], env());
  const second = await runCli(['--cache'], env());

  expect([first.code, first.stdout, second.stdout]).toEqual([0, 'at-cache-1\n', 'at-cache-2\n']);
  expect(stderrLines(first)).toEqual([`oauth-token: warning: not using the token cache: ${cacheDir} is writable by other users`]);
  expect(readdirSync(cacheDir)).toEqual([]);
  expect(server.requests).toHaveLength(2);
});

// Only root can hand a folder to someone else.
(process.getuid?.() === 0 ? test : test.skip)('a folder owned by another user is not used', async () => {
  mkdirSync(cacheDir, { mode: 0o700 });
  chownSync(cacheDir, 4242, 4242);

  const run = await runCli(['--cache'], env());

  expect([run.code, run.stdout]).toEqual([0, 'at-cache-1\n']);
  expect(stderrLines(run)).toEqual([`oauth-token: warning: not using the token cache: ${cacheDir} belongs to another user`]);
});

test('a corrupt or truncated entry is ignored (a debug line with --verbose) and replaced', async () => {
  await runCli(['--cache'], env());
  const [entry] = readdirSync(cacheDir);
  const file = join(cacheDir, entry!);
  writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40), { mode: 0o600 });

  const run = await runCli(['--cache', '--verbose'], env());
  const again = await runCli(['--cache'], env());

  expect([run.code, run.stdout, again.stdout]).toEqual([0, 'at-cache-2\n', 'at-cache-2\n']);
  expect(stderrLines(run)).toContain('oauth-token: Cache entry ignored: it is corrupt or truncated');
  expectNoSecrets(run.stderr, [clientSecret, 'rt-cache-1', 'at-cache-2']);
  expect(server.requests).toHaveLength(2);
});

test('an entry rewritten by another process to print more than a token (a control character, a forged expiry) is ignored', async () => {
  await runCli(['--cache'], env());
  const [entry] = readdirSync(cacheDir);
  const file = join(cacheDir, entry!);
  const original = JSON.parse(readFileSync(file, 'utf8')) as { token: Record<string, unknown> };
  const tampered = [
    { ...original, token: { ...original.token, accessToken: 'at-cache-1\u001b]0;pwned\u0007' } },
    { ...original, token: { ...original.token, expiresAt: 'Jan 1 2099 (\n::stop-commands::x)' } }
  ];
  for (const [index, entryText] of tampered.entries()) {
    writeFileSync(file, JSON.stringify(entryText), { mode: 0o600 });
    const run = await runCli(['--cache', '--output', 'env', '--verbose'], env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`export ACCESS_TOKEN='at-cache-${index + 2}'`);
    expect(stderrLines(run)).toContain('oauth-token: Cache entry ignored: it is corrupt or truncated');
  }
});

test('a folder others can list is not used: entry names are hashes of the options, secrets included', async () => {
  mkdirSync(cacheDir, { mode: 0o700 });
  chmodSync(cacheDir, 0o755);

  const run = await runCli(['--cache'], env());

  expect([run.code, run.stdout]).toEqual([0, 'at-cache-1\n']);
  expect(stderrLines(run)).toEqual([`oauth-token: warning: not using the token cache: ${cacheDir} can be listed by other users (make it 0700)`]);
  expect(readdirSync(cacheDir)).toEqual([]);
});

test('an entry others can read is not trusted', async () => {
  await runCli(['--cache'], env());
  const [entry] = readdirSync(cacheDir);
  chmodSync(join(cacheDir, entry!), 0o644);

  const run = await runCli(['--cache', '--verbose'], env());

  expect(run.stdout).toBe('at-cache-2\n');
  expect(stderrLines(run)).toContain("oauth-token: Cache entry ignored: it is not a file of the user's own that only the user can read");
});

test('two parallel runs leave one valid entry that the next run hits', async () => {
  const runs = await Promise.all([runCli(['--cache'], env()), runCli(['--cache'], env()), runCli(['--cache'], env())]);
  const requestsBefore = server.requests.length;
  const next = await runCli(['--cache'], env());

  expect(runs.map((run) => run.code)).toEqual([0, 0, 0]);
  expect(readdirSync(cacheDir)).toHaveLength(1);
  expect(runs.map((run) => run.stdout)).toContain(next.stdout);
  expect(server.requests).toHaveLength(requestsBefore);
});

test('a token within its refresh margin is renewed with the cached refresh token first', async () => {
  lifetime = 3;
  await runCli(['--cache'], env());
  await new Promise((resolve) => setTimeout(resolve, 1600));
  const renewed = await runCli(['--cache'], env());

  expect(renewed.stdout).toBe('at-cache-2\n');
  expect(server.requests.map((request) => formOf(request).grant_type)).toEqual(['client_credentials', 'refresh_token']);
  expect(formOf(server.requests[1]!).refresh_token).toBe('rt-cache-1');
});

test('a token with no known expiry is not cached', async () => {
  lifetime = 3600;
  const noExpiry = await startTokenServer((_, index) => ({ json: { access_token: `at-noexp-${index + 1}` } }));
  try {
    await runCli(['--cache'], env({ OAUTH_TOKEN_URL: noExpiry.tokenUrl }));
    const second = await runCli(['--cache'], env({ OAUTH_TOKEN_URL: noExpiry.tokenUrl }));
    expect(second.stdout).toBe('at-noexp-2\n');
    expect(readdirSync(cacheDir)).toEqual([]);
  } finally {
    await noExpiry.close();
  }
});

/** The one entry in the cache folder. */
function entryFile(): string {
  const [entry] = readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
  return join(cacheDir, entry!);
}

test('a FIFO planted as the entry is ignored, not waited on', async () => {
  await runCli(['--cache'], env());
  const file = entryFile();
  rmSync(file);
  expect(spawnSync('mkfifo', ['-m', '600', file]).status).toBe(0);

  const run = await runCli(['--cache', '--verbose'], env(), 10_000);

  expect([run.code, run.stdout]).toEqual([0, 'at-cache-2\n']);
  expect(stderrLines(run)).toContain("oauth-token: Cache entry ignored: it is not a file of the user's own that only the user can read");
});

test('an entry larger than any entry we write is ignored unread, not read into memory', async () => {
  await runCli(['--cache'], env());
  truncateSync(entryFile(), 600 * 1024 * 1024);

  const run = await runCli(['--cache', '--verbose'], env());

  expect([run.code, run.stdout]).toEqual([0, 'at-cache-2\n']);
  expect(stderrLines(run)).toContain('oauth-token: Cache entry ignored: it is larger than 8388608 bytes, more than any entry we write');
});

test('timeout-seconds and retries are not in the key: they change how long a run tries, not what it asks for', async () => {
  await runCli(['--cache'], env());
  const withRetries = await runCli(['--cache', '--retries', '0'], env());
  const withTimeout = await runCli(['--cache'], env({ OAUTH_TIMEOUT_SECONDS: '5' }));

  expect([withRetries.stdout, withTimeout.stdout]).toEqual(['at-cache-1\n', 'at-cache-1\n']);
  expect(server.requests).toHaveLength(1);
});

describe('renewal', () => {
  let rotating: TokenServer;
  /** Each refresh token works once (rotation); `refusing` makes every request fail with 503, `hanging` never answers. */
  let refusing = false;
  let hanging = false;
  /** The next tokens come without expires_in. */
  let noExpiry = false;
  let current = 'rt-rotating-0';

  beforeEach(async () => {
    refusing = false;
    hanging = false;
    noExpiry = false;
    current = 'rt-rotating-0';
    let issued = 0;
    rotating = await startTokenServer(async (request) => {
      if (hanging) return 'hang';
      if (refusing) return { status: 503, text: 'down for maintenance' };
      if (formOf(request).refresh_token !== current) return { status: 400, json: { error: 'invalid_grant', error_description: 'refresh token already used' } };
      // Slow enough that parallel runs overlap.
      await new Promise((resolve) => setTimeout(resolve, 150));
      issued += 1;
      current = `rt-rotating-${issued}`;
      return { json: { access_token: `at-rotating-${issued}`, token_type: 'Bearer', ...(noExpiry ? {} : { expires_in: 3600 }), refresh_token: current } };
    });
  });
  afterEach(() => rotating.close());

  const refreshEnv = () => env({ OAUTH_TOKEN_URL: rotating.tokenUrl, OAUTH_GRANT_TYPE: 'refresh_token', OAUTH_REFRESH_TOKEN: 'rt-rotating-0' });

  /**
   * Rewrites the entry (as a run long ago would have left it) so that it is due for renewal
   * now and still valid for `validForSeconds`: no test waits on the clock for that.
   */
  function dueEntry(validForSeconds: number): void {
    const file = entryFile();
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { obtainedAt: number; token: { expiresAt: string } };
    entry.obtainedAt = Date.now() - 7_200_000;
    entry.token.expiresAt = new Date(Math.floor(Date.now() / 1000 + validForSeconds) * 1000).toISOString().replace('.000Z', 'Z');
    writeFileSync(file, JSON.stringify(entry), { mode: 0o600 });
  }

  test('parallel runs renew a due entry once: one run sends the rotated refresh token, the others wait and read its token', async () => {
    await runCli(['--cache'], refreshEnv());
    dueEntry(30);

    const runs = await Promise.all(Array.from({ length: 5 }, () => runCli(['--cache'], refreshEnv())));

    expect(runs.map((run) => [run.code, run.stdout, run.stderr])).toEqual(Array.from({ length: 5 }, () => [0, 'at-rotating-2\n', '']));
    expect(rotating.requests.map((request) => formOf(request).refresh_token)).toEqual(['rt-rotating-0', 'rt-rotating-1']);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  test('a renewal deletes what a killed run left mid-write (a temp entry with its refresh token) once it is a minute old, and spares a younger one', async () => {
    await runCli(['--cache'], refreshEnv());
    dueEntry(30);
    const old = `${entryFile()}.4242.1.tmp`;
    const young = `${entryFile()}.4243.1.tmp`;
    for (const file of [old, young]) writeFileSync(file, '{"token":"mid-write"}', { mode: 0o600 });
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    utimesSync(old, twoMinutesAgo, twoMinutesAgo);

    const run = await runCli(['--cache'], refreshEnv());

    expect([run.code, run.stdout]).toEqual([0, 'at-rotating-2\n']);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([basename(young)]);
  });

  test('a renewal whose answer has no expiry deletes the entry: its refresh token may have been rotated away', async () => {
    await runCli(['--cache'], refreshEnv());
    dueEntry(30);
    noExpiry = true;

    const run = await runCli(['--cache'], refreshEnv());

    expect([run.code, run.stdout]).toEqual([0, 'at-rotating-2\n']);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  test('a lock that stays unchanged for 10 s (its run is gone) is taken over, whatever date it bears (clocks of a shared folder differ)', async () => {
    await runCli(['--cache'], refreshEnv());
    dueEntry(30);
    const lock = `${entryFile()}.lock`;
    writeFileSync(lock, '2147483646:gone', { mode: 0o600 });
    const anHourAhead = new Date(Date.now() + 3_600_000);
    utimesSync(lock, anHourAhead, anHourAhead);

    const started = Date.now();
    const run = await runCli(['--cache', '--verbose'], refreshEnv());

    expect([run.code, run.stdout]).toEqual([0, 'at-rotating-2\n']);
    expect(stderrLines(run)).toContain('oauth-token: Cache lock left by a run that is gone: taken over');
    expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  test('a lock that is a dangling symlink is no lock to wait for: the run renews without it, at once', async () => {
    await runCli(['--cache'], refreshEnv());
    dueEntry(30);
    symlinkSync(join(work, 'nowhere'), `${entryFile()}.lock`);

    const run = await runCli(['--cache', '--verbose'], refreshEnv(), 10_000);

    expect([run.code, run.stdout]).toEqual([0, 'at-rotating-2\n']);
    expect(stderrLines(run)).toContain('oauth-token: Cache lock not used (not a file): renewing without it');
  });

  test('a renewal that fails while the cached token is still valid prints that token, with a warning', async () => {
    await runCli(['--cache'], refreshEnv());
    dueEntry(30);
    refusing = true;

    const run = await runCli(['--cache', '--retries', '0'], refreshEnv());

    expect([run.code, run.stdout]).toEqual([0, 'at-rotating-1\n']);
    expect(stderrLines(run)).toEqual([
      expect.stringMatching(
        /^oauth-token: warning: could not renew the cached token, using it until it expires at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ: Token endpoint answered HTTP 503 with no content type that is not a JSON error response$/
      )
    ]);
    expectNoSecrets(run.stderr, [clientSecret, 'rt-rotating-1', 'at-rotating-1']);
  });

  test('a refused refresh token leaves the entry when the original grant fails too: the next run does not send it again', async () => {
    let grantDown = false;
    const refusingRefresh = await startTokenServer((request, index) => {
      if (formOf(request).grant_type === 'refresh_token') return { status: 400, json: { error: 'invalid_grant', error_description: 'refresh token revoked' } };
      if (grantDown) return { status: 503, text: 'down for maintenance' };
      return { json: { access_token: `at-refused-${index + 1}`, token_type: 'Bearer', expires_in: 3600, refresh_token: `rt-refused-${index + 1}` } };
    });
    try {
      const runEnv = env({ OAUTH_TOKEN_URL: refusingRefresh.tokenUrl });
      await runCli(['--cache'], runEnv);
      dueEntry(30);
      grantDown = true;

      const failed = await runCli(['--cache', '--retries', '0', '--output', 'json'], runEnv);
      dueEntry(30);
      grantDown = false;
      const next = await runCli(['--cache', '--retries', '0'], runEnv);

      expect([failed.code, JSON.parse(failed.stdout).access_token, JSON.parse(failed.stdout).refresh_token]).toEqual([0, 'at-refused-1', null]);
      expect([next.code, next.stdout]).toEqual([0, 'at-refused-4\n']);
      expect(refusingRefresh.requests.map((request) => formOf(request).grant_type)).toEqual(['client_credentials', 'refresh_token', 'client_credentials', 'client_credentials']);
      expect(readFileSync(entryFile(), 'utf8')).toContain('rt-refused-4');
      expectNoSecrets(failed.stderr + next.stderr, [clientSecret, 'rt-refused-1', 'at-refused-1', 'rt-refused-4']);
    } finally {
      await refusingRefresh.close();
    }
  });

  test('a renewal that fails after the cached token has expired during its attempts fails the run: an expired token is never printed', async () => {
    await runCli(['--cache'], refreshEnv());
    // Valid when the run starts, expired when its 4-second attempt ends.
    dueEntry(2);
    hanging = true;

    const run = await runCli(['--cache', '--retries', '0', '--timeout-seconds', '4'], refreshEnv());

    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(stderrLines(run)).toEqual([expect.stringMatching(/^oauth-token: No complete answer from 127\.0\.0\.1:\d+ within 4 s \(timeout-seconds\)$/)]);
  });
});

test('a token that expires past the year 9999 is cached and hit like any other (its expiry is written +YYYYYY-...)', async () => {
  const farFuture = await startTokenServer((_, index) => ({ json: { access_token: `at-far-${index + 1}`, token_type: 'Bearer', expires_in: 300_000_000_000 } }));
  try {
    await runCli(['--cache'], env({ OAUTH_TOKEN_URL: farFuture.tokenUrl }));
    const second = await runCli(['--cache', '--output', 'json'], env({ OAUTH_TOKEN_URL: farFuture.tokenUrl }));

    expect(JSON.parse(second.stdout)).toMatchObject({ access_token: 'at-far-1', expires_at: expect.stringMatching(/^\+\d{6}-/) });
    expect(farFuture.requests).toHaveLength(1);
  } finally {
    await farFuture.close();
  }
});
