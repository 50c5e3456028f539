/**
 * `oauth-token --cache`: a per-user token cache, so that a script can call the CLI
 * before every API call. A hit needs only the parsed options, a hash and one file read,
 * and this module loads nothing more: the request machinery is the caller's, loaded only
 * on a miss.
 *
 * Trust: the folder must be the user's own and writable by nobody else, an entry must be
 * a regular file of the user's with no access for others, and any entry that is not
 * exactly what we write is ignored. Entries are written atomically (a new file, then a
 * rename), so parallel runs never see half an entry, and renewed under a lock file, so
 * parallel runs send a refresh token once.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as os from 'node:os';
import { join } from 'node:path';
import { isVisibleAscii } from '../core/neutralize.js';
import { DEFAULT_REFRESH_MARGIN_SECONDS, durationMsOf, renewalDueAt } from '../core/renewal.js';
import { sha256Hex } from '../core/sha256.js';
import { writeFileAtomically } from '../core/token-file.js';
import type { TokenSourceOptions } from '../core/token-source.js';
import type { Token } from '../core/types.js';

/** Bumped when the entry format changes: an old entry is then a miss, not a misreading. */
const ENTRY_VERSION = 1;

/** An entry holds at most a token answer's fields, and an answer is at most 1 MiB (http.ts); with JSON escapes, less than this. */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

/** What an entry holds: the token without the server's raw answer, and when it was obtained. */
export interface CacheEntry {
  token: Omit<Token, 'raw'>;
  /** Epoch milliseconds. */
  obtainedAt: number;
}

export interface TokenCache {
  /** The entry for these options, valid or not; undefined when there is none we trust. */
  entry: CacheEntry | undefined;
  /** Whether `entry` is outside its refresh margin: a hit. */
  fresh(entry: CacheEntry, now: number): boolean;
  /**
   * Waits while another run renews this entry, then holds the renewal to this run: parallel
   * runs would all send the same refresh token, which a rotating server takes once.
   */
  lockForRenewal(): Promise<RenewalLock>;
  /** Stores a token that has a known expiry; others are not cached. */
  store(token: Token, obtainedAt: number): void;
}

export interface RenewalLock {
  /** The entry as it is once the lock is held: another run may just have renewed it. */
  entry: CacheEntry | undefined;
  release(): void;
}

/** node:os, loaded only for the last fallback: a hit with a set folder does without it. */
const osModule = (): typeof os => createRequire(import.meta.url)('node:os');

/** Where the cache lives (CONTRACT.md, `--cache`). */
export function cacheDirOf(env: NodeJS.ProcessEnv): string {
  if (env.OAUTH_CACHE_DIR) return env.OAUTH_CACHE_DIR;
  if (env.XDG_RUNTIME_DIR) return join(env.XDG_RUNTIME_DIR, 'oauth-token');
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'oauth-token');
  return join(osModule().tmpdir(), `oauth-token-${process.getuid?.() ?? 'user'}`);
}

/** Why the cache folder cannot be trusted, or undefined when it can (created 0700 if missing). */
export function distrustOfFolder(dir: string): string | undefined {
  // Node reports no owner and a mode of 0666 for everything there: who may read the folder cannot be checked.
  if (process.platform === 'win32') return 'Windows gives no owner and mode to check the folder by; each run makes a request';
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return `${dir} is not a folder`;
    const uid = process.getuid?.();
    if (uid !== undefined && stat.uid !== uid) return `${dir} belongs to another user`;
    if ((stat.mode & 0o022) !== 0) return `${dir} is writable by other users`;
    // Entry names are hashes of the request's options, secrets included: others must not even list them.
    if ((stat.mode & 0o077) !== 0) return `${dir} can be listed by other users (make it 0700)`;
    return undefined;
  } catch (error) {
    return `${dir} cannot be used (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
}

/**
 * The key of `options`: a SHA-256 of every option that shapes the request, secrets
 * included (a changed secret must miss), and of the job's OIDC request token when the job's
 * ID token is used (another job must miss). The margin and the age limit only say when to
 * renew, the timeout and the retries only how long to try: none of them is in the key.
 */
function cacheKey(options: TokenSourceOptions, env: NodeJS.ProcessEnv): string {
  const { refreshMarginSeconds: _margin, maxAgeSeconds: _maxAge, timeoutSeconds: _timeout, retries: _retries, ...requestOptions } = options;
  const shaping: Record<string, unknown> = { ...requestOptions };
  if (options.githubOidcAudience) shaping.idTokenRequest = [env.ACTIONS_ID_TOKEN_REQUEST_URL, env.ACTIONS_ID_TOKEN_REQUEST_TOKEN];
  const canonical = JSON.stringify(
    Object.keys(shaping)
      .sort()
      .map((name) => [name, shaping[name]])
  );
  return sha256Hex(canonical);
}

/** Opens the cache entry of `options` in `dir` (a trusted folder); `debug` hears why an entry was ignored. */
export function openCache(dir: string, options: TokenSourceOptions, env: NodeJS.ProcessEnv, debug: (message: string) => void): TokenCache {
  const key = cacheKey(options, env);
  const file = join(dir, `${key}.json`);
  const entry = readEntry(file, key, debug);
  const marginMs = durationMsOf('refresh-margin-seconds', options.refreshMarginSeconds, DEFAULT_REFRESH_MARGIN_SECONDS)!;
  return {
    entry,
    fresh: (candidate, now) => {
      const due = renewalDueAt(candidate.token, candidate.obtainedAt, marginMs);
      return due !== undefined && now < due;
    },
    async lockForRenewal() {
      const release = await acquireLock(`${file}.lock`, debug);
      return { entry: readEntry(file, key, debug), release };
    },
    store(token, obtainedAt) {
      if (!token.expiresAt) return;
      const { raw: _raw, ...cached } = token;
      writeFileAtomically(file, JSON.stringify({ version: ENTRY_VERSION, key, obtainedAt, token: cached }));
    }
  };
}

/** How often a run waiting for another's renewal looks again. */
const LOCK_POLL_MS = 50;
/**
 * How long a run waits while the lock's holder is alive. A holder ends by itself, after at
 * most its own attempts (timeout-seconds each, Retry-After waits, the original grant after
 * a refused refresh), so this only bounds a holder whose pid another process has taken.
 */
const LOCK_WAIT_MS = 15 * 60_000;
/** A lock this old is abandoned whatever its pid now names: no run holds one longer. */
const LOCK_STALE_MS = LOCK_WAIT_MS;
/** A lock still empty after this was left by a run killed between making and writing it. */
const LOCK_WRITE_MS = 1000;

/**
 * Takes the lock file (made exclusively, holding our pid and a nonce) and resolves to its
 * release. While its holder runs, waits; a lock whose holder is gone is taken over. When
 * the lock cannot be made or removed at all, the run goes on without it, as runs did
 * before there was one.
 */
async function acquireLock(lockFile: string, debug: (message: string) => void): Promise<() => void> {
  const owner = `${process.pid}:${Math.random().toString(36).slice(2)}`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      try {
        writeSync(fd, owner);
      } finally {
        closeSync(fd);
      }
      return () => removeLock(lockFile, owner, debug);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        debug(`Cache lock not taken (${code ?? 'error'}): renewing without it`);
        return () => undefined;
      }
    }
    const holder = lockHolder(lockFile);
    // Released between our try and this read: try again at once.
    if (holder === undefined) continue;
    if (isAbandoned(lockFile, holder)) {
      debug('Cache lock left by a run that is gone: taking it over');
      if (!removeLock(lockFile, holder, debug)) return () => undefined;
      continue;
    }
    if (Date.now() >= deadline) {
      debug(`Another run has held this cache entry's lock for ${LOCK_WAIT_MS / 60_000} min: renewing without waiting for it`);
      return () => undefined;
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

function lockHolder(lockFile: string): string | undefined {
  try {
    return readFileSync(lockFile, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Removes `lockFile` if it still holds `holder`: another run may have taken an abandoned
 * lock over, or made its own, since it was read. False when it cannot be removed.
 */
function removeLock(lockFile: string, holder: string, debug: (message: string) => void): boolean {
  try {
    if (readFileSync(lockFile, 'utf8') === holder) rmSync(lockFile);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return true;
    debug(`Cache lock not removed (${code ?? 'error'})`);
    return false;
  }
}

/** Whether the run that holds `lockFile` (`pid:nonce`) is gone. */
function isAbandoned(lockFile: string, holder: string): boolean {
  try {
    const age = Date.now() - statSync(lockFile).mtimeMs;
    if (age > LOCK_STALE_MS) return true;
    if (holder === '') return age > LOCK_WRITE_MS;
    const pid = Number(holder.split(':')[0]);
    // Our own pid names no live holder: a run of another container on a shared folder (each node is pid 1 there), or not a lock we write.
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return true;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // ESRCH: no such process. EPERM: alive, another user's. ENOENT: released, taken at the next try.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** The entry in `file` if it is one we wrote for `key`; else undefined, with a debug line saying why. */
function readEntry(file: string, key: string, debug: (message: string) => void): CacheEntry | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO planted at that name would block the open until someone writes to it.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') debug(`Cache entry ignored: it cannot be opened (${code ?? 'error'})`);
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    const uid = process.getuid?.();
    if (!stat.isFile() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o077) !== 0) {
      debug("Cache entry ignored: it is not a file of the user's own that only the user can read");
      return undefined;
    }
    if (stat.size > MAX_ENTRY_BYTES) {
      debug(`Cache entry ignored: it is larger than ${MAX_ENTRY_BYTES} bytes, more than any entry we write`);
      return undefined;
    }
    const entry = parseEntry(readFileSync(fd, 'utf8'), key);
    if (!entry) debug('Cache entry ignored: it is corrupt or truncated');
    return entry;
  } finally {
    closeSync(fd);
  }
}

/** An instant as \`isoInstant\` (src/core/response.ts) writes it (years past 9999 as \`+010000\`), the only form a hit prints. */
const ISO_INSTANT = /^(\d{4}|[+-]\d{6})-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

function parseEntry(text: string, key: string): CacheEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const entry = value as { version?: unknown; key?: unknown; obtainedAt?: unknown; token?: Record<string, unknown> } | null;
  const token = entry?.token;
  const wellFormed =
    entry?.version === ENTRY_VERSION &&
    entry.key === key &&
    typeof entry.obtainedAt === 'number' &&
    typeof token === 'object' &&
    token !== null &&
    // Printed as they are on a hit: held to what a server's answer is held to (response.ts), since
    // another process of the user may have written the file.
    typeof token.accessToken === 'string' &&
    isVisibleAscii(token.accessToken) &&
    typeof token.tokenType === 'string' &&
    typeof token.expiresAt === 'string' &&
    ISO_INSTANT.test(token.expiresAt) &&
    ['expiresIn', 'scope', 'refreshToken', 'idToken', 'issuedTokenType'].every(
      (field) => token[field] === undefined || typeof token[field] === (field === 'expiresIn' ? 'number' : 'string')
    );
  return wellFormed ? { obtainedAt: entry.obtainedAt as number, token: token as unknown as CacheEntry['token'] } : undefined;
}
