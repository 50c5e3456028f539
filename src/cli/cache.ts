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
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
  type Stats
} from 'node:fs';
import { createRequire } from 'node:module';
import type * as os from 'node:os';
import { dirname, join } from 'node:path';
import { codeOf } from '../core/errors.js';
import { isVisibleAscii } from '../core/neutralize.js';
import { DEFAULT_REFRESH_MARGIN_SECONDS, durationMsOf, renewalDueAt } from '../core/renewal.js';
import { sha256Hex } from '../core/sha256.js';
import { removeLeftoverWrites, writeFileAtomically } from '../core/token-file.js';
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
  /** Stores a token that has a known expiry; another is not cached, and the entry it replaces is deleted. */
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
    makeFolder(dir);
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return `${dir} is not a folder`;
    const uid = process.getuid?.();
    if (uid !== undefined && stat.uid !== uid) return `${dir} belongs to another user`;
    if ((stat.mode & 0o022) !== 0) return `${dir} is writable by other users`;
    // Entry names are hashes of the request's options, secrets included: others must not even list them.
    if ((stat.mode & 0o077) !== 0) return `${dir} can be listed by other users (make it 0700)`;
    return undefined;
  } catch (error) {
    return `${dir} cannot be used (${codeOf(error)})`;
  }
}

/**
 * `mkdir -p`, one level at a time, each new folder 0700. Node's recursive `mkdirSync` loops
 * forever where a parent exists but refuses children with ENOENT (`/proc`), and throws
 * EEXIST for a file, which the caller tells apart.
 */
function makeFolder(dir: string): void {
  const parent = dirname(dir);
  if (parent !== dir && !existsSync(parent)) makeFolder(parent);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw error;
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
      // A run killed mid-write left an entry (a refresh token) in a temp file; one a minute old is no write under way.
      removeLeftoverWrites(file, 60_000);
      // Not cached, and the old entry goes: the server may have rotated its refresh token away.
      if (!token.expiresAt) return rmSync(file, { force: true });
      const { raw: _raw, ...cached } = token;
      writeFileAtomically(file, JSON.stringify({ version: ENTRY_VERSION, key, obtainedAt, token: cached }));
    }
  };
}

/** How often a run waiting for another's renewal looks again. */
const LOCK_POLL_MS = 50;
/** How often the lock's holder touches it, for as long as it renews. */
const LOCK_BEAT_MS = 2000;
/**
 * A lock seen unchanged for this long, by the waiter's own monotonic clock, was left by a
 * run that is gone. Watched, not dated: on a shared folder the holder's clock is not ours.
 */
const LOCK_STALE_MS = 10_000;

/** What a waiter saw of the lock, and since when (`performance.now()`): any change is a beat of its holder. */
interface LockSighting {
  ino: number;
  mtimeMs: number;
  size: number;
  since: number;
}

/**
 * Takes the lock file (made exclusively, holding a nonce of ours, touched every
 * {@link LOCK_BEAT_MS} while held) and resolves to its release. While another run holds it
 * (touches it), waits; one left unchanged for {@link LOCK_STALE_MS} is taken over. When the
 * lock cannot be used at all, the run goes on without it, as runs did before there was one.
 */
async function acquireLock(lockFile: string, debug: (message: string) => void): Promise<() => void> {
  const owner = `${process.pid}:${Math.random().toString(36).slice(2)}`;
  const without = (why: string) => {
    debug(`Cache lock not used (${why}): renewing without it`);
    return () => undefined;
  };
  let seen: LockSighting | undefined;
  for (;;) {
    try {
      writeFileSync(lockFile, owner, { mode: 0o600, flag: 'wx' });
      return holdLock(lockFile, owner);
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') return without(codeOf(error));
    }
    let lock: Stats;
    try {
      // lstat: a dangling symlink or a folder at that name is no lock to wait for.
      lock = lstatSync(lockFile);
    } catch (error) {
      // Released since: try again at once.
      if (codeOf(error) === 'ENOENT') continue;
      return without(codeOf(error));
    }
    if (!lock.isFile()) return without('not a file');
    if (!seen || !sameLock(seen, lock)) seen = { ino: lock.ino, mtimeMs: lock.mtimeMs, size: lock.size, since: performance.now() };
    if (performance.now() - seen.since > LOCK_STALE_MS) {
      const outcome = takeOver(lockFile, owner, seen);
      if (outcome === 'taken') debug('Cache lock left by a run that is gone: taken over');
      else if (outcome !== 'gone') return without(outcome);
      seen = undefined;
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

function sameLock(seen: LockSighting, lock: Stats): boolean {
  return lock.ino === seen.ino && lock.mtimeMs === seen.mtimeMs && lock.size === seen.size;
}

/** Touches the lock while held; the release stops that and removes the lock if it is still ours. */
function holdLock(lockFile: string, owner: string): () => void {
  const beat = setInterval(() => {
    try {
      utimesSync(lockFile, new Date(), new Date());
    } catch {
      // Gone or taken over: the release finds out.
    }
  }, LOCK_BEAT_MS);
  beat.unref();
  return () => {
    clearInterval(beat);
    try {
      if (readFileSync(lockFile, 'utf8') === owner) rmSync(lockFile);
    } catch {
      // Already gone, or not removable: a lock left untouched is taken over by the next run.
    }
  };
}

/**
 * Moves the abandoned lock `seen` out of the way under a name of our own: of the runs that
 * found it abandoned, one rename wins and the others find nothing there. A lock that turns
 * out not to be the one seen (another run took over and made its own between our look and
 * our rename) is put back. 'taken', 'gone' (try the lock again), or why it cannot be used.
 */
function takeOver(lockFile: string, owner: string, seen: LockSighting): string {
  const aside = `${lockFile}.${owner.replace(':', '-')}.stale`;
  try {
    renameSync(lockFile, aside);
  } catch (error) {
    return codeOf(error) === 'ENOENT' ? 'gone' : codeOf(error);
  }
  try {
    if (!sameLock(seen, lstatSync(aside))) return putBack(aside, lockFile);
    rmSync(aside);
    return 'taken';
  } catch (error) {
    return codeOf(error);
  }
}

/** Puts another run's live lock back; if yet another run has made one meanwhile, that one stands and this one goes. */
function putBack(aside: string, lockFile: string): string {
  try {
    linkSync(aside, lockFile);
  } catch (error) {
    // Without hard links (some network or FUSE mounts): move it back, unless a newer lock is there.
    if (codeOf(error) !== 'EEXIST' && !existsSync(lockFile)) {
      try {
        renameSync(aside, lockFile);
        return 'gone';
      } catch {
        // Left aside after all: removed below, as a newer lock's run would have it.
      }
    }
  }
  rmSync(aside, { force: true });
  return 'gone';
}

/** The entry in `file` if it is one we wrote for `key`; else undefined, with a debug line saying why. */
function readEntry(file: string, key: string, debug: (message: string) => void): CacheEntry | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO planted at that name would block the open until someone writes to it.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') debug(`Cache entry ignored: it cannot be opened (${codeOf(error)})`);
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
