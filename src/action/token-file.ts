/**
 * `token-file` and `keep-fresh`: the token in a file of the job's user in `RUNNER_TEMP`,
 * and a detached renewer process (dist/renewer/index.js) that keeps it valid until the post
 * step stops it. The renewer gets its orders through a pipe, never a file: nothing on
 * disk holds a secret but the token in its own file. Its failures go to a log (0600,
 * redacted) that the post step prints as warnings.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { codeOf, InputError } from '../core/errors.js';
import { registerSecretOptions } from '../core/inputs.js';
import { REDACTED, SecretRegistry } from '../core/secrets.js';
import type { TokenResult } from '../core/get-token.js';
import { MAX_LINE_LENGTH, neutralize } from '../core/neutralize.js';
import { removeLeftoverWrites, writeFileAtomically } from '../core/token-file.js';
import type { TokenSourceOptions } from '../core/token-source.js';
import type { ClientAuthMethod, Token } from '../core/types.js';
import type { ActionsCore } from './actions-core.js';
import { readSavedState } from './saved-state.js';

/** State names (`STATE_token-file`, `STATE_renewer` in the post step). */
export const TOKEN_FILE_STATE = 'token-file';
export const RENEWER_STATE = 'renewer';

/** What the step's environment holds that the renewer must not: the inputs and the runner's tokens for actions. */
const RUNNER_ONLY_ENV = /^(INPUT_|ACTIONS_RUNTIME_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$)/i;

/** The renewer's entry, relative to dist/. */
const RENEWER_SCRIPT = join('renewer', 'index.js');

/** What the renewer reads from its stdin. */
export interface RenewerOrders {
  options: TokenSourceOptions;
  file: string;
  /** Revoke the last token when stopped (`revoke: true`). */
  revoke: boolean;
  held: { token: Omit<Token, 'raw'>; tokenEndpoint: string; revocationEndpoint?: string; obtainedAt: number; clientAuth: ClientAuthMethod };
  /**
   * The file whose creation asks the renewer to stop ({@link stopFileOf}). Not a signal:
   * Windows has none, and `process.kill` there ends a process outright, before it revokes.
   */
  stopFile: string;
  /**
   * The file the renewer touches every second while it runs ({@link aliveFileOf}): where
   * there is no /proc to tell a renewer from a process that took its pid (Windows), its
   * age says whether the renewer is still there.
   */
  aliveFile: string;
}

/** What the post step needs to stop the renewer. */
export interface RenewerState {
  pid: number;
  log: string;
}

/** The names of the token file and the renewer's log, each followed by 16 random hex digits. */
const TOKEN_FILE_PREFIX = 'oauth-token';
const RENEWER_LOG_PREFIX = 'oauth-token-renewer';

/** The stop file of the renewer that writes `log`: beside it, so the post step finds it from the saved state. */
function stopFileOf(log: string): string {
  return `${log}.stop`;
}

/** The renewer's sign of life, beside its log like its stop file. */
function aliveFileOf(log: string): string {
  return `${log}.alive`;
}

/** Where the job's own temporary files go. */
function runnerTemp(): string {
  return process.env.RUNNER_TEMP || tmpdir();
}

function uniqueName(prefix: string, suffix = ''): string {
  return join(runnerTemp(), `${prefix}-${randomBytes(8).toString('hex')}${suffix}`);
}

/**
 * Whether `path` is a name {@link uniqueName} gives in `RUNNER_TEMP`: the post step reads
 * and deletes no other file, whatever a saved state names.
 */
function isOwnTempFile(path: string, prefix: string, suffix = ''): boolean {
  const name = basename(path);
  const random = name.slice(prefix.length + 1, name.length - suffix.length);
  return resolve(dirname(path)) === resolve(runnerTemp()) && name === `${prefix}-${random}${suffix}` && /^[0-9a-f]{16}$/.test(random);
}

/**
 * Makes a new, empty 0600 file in `RUNNER_TEMP` for the token and returns its path: before
 * the token request, so that a `RUNNER_TEMP` that cannot take it fails the step (naming
 * `input`, the input that asked for the file) before a token is spent.
 */
export function reserveTokenFile(input: 'token-file' | 'keep-fresh'): string {
  const file = uniqueName(TOKEN_FILE_PREFIX);
  try {
    writeFileSync(file, '', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    throw new InputError(input, `needs a file in RUNNER_TEMP (${runnerTemp()}), which cannot be made there (${codeOf(error)})`);
  }
  return file;
}

/** Puts the token (alone, no newline) in the file {@link reserveTokenFile} made, as the renewer rewrites it: whole or not at all. */
export function fillTokenFile(file: string, accessToken: string): void {
  writeFileAtomically(file, accessToken);
}

/**
 * Starts the renewer, detached so it outlives the main step, and hands it its orders on
 * stdin; its stdout and stderr go to a new 0600 log. Resolves once the orders are all in
 * the pipe: more than the kernel buffers there (64 to 208 KiB) goes in only as the
 * renewer reads, and a main step that exited first would leave it half of them.
 */
export async function startRenewer(orders: Omit<RenewerOrders, 'stopFile' | 'aliveFile'>): Promise<RenewerState> {
  const log = uniqueName(RENEWER_LOG_PREFIX, '.log');
  const logFd = openSync(log, 'wx', 0o600);
  try {
    try {
      // Made now, not by the renewer once it has read its orders: a post step that comes before then still finds it alive.
      writeFileSync(aliveFileOf(log), '', { mode: 0o600, flag: 'wx' });
    } catch {
      // The renewer makes it then (renewer.ts).
    }
    // The runner starts `node <action>/dist/index.js`; the renewer is built beside it, in a folder of its own
    // (dist/renewer/), since its chunks would clash by name with the main step's.
    const script = join(dirname(process.argv[1] ?? '.'), RENEWER_SCRIPT);
    // Its orders come through the pipe: the step's inputs (client secret, password, key) stay out of its
    // environment, which /proc shows to every later step of the job for as long as it runs, and so do the
    // runner's tokens for actions (artifacts, cache), which `run:` steps are not given.
    const secrets = secretsOf(orders.options);
    // Trimmed too: the inputs are, so a PEM key passed through `env:` with its last newline is held without it.
    const isSecret = (value = '') => secrets.redactValue(value) === REDACTED || secrets.redactValue(value.trim()) === REDACTED;
    const env = Object.fromEntries(Object.entries(process.env).filter(([name, value]) => !RUNNER_ONLY_ENV.test(name) && !isSecret(value)));
    const child = spawn(process.execPath, [script], { detached: true, windowsHide: true, stdio: ['pipe', logFd, logFd], env });
    child.unref();
    // A spawn that failed (EAGAIN, ENOMEM) also emits 'error' on the next tick: unheard, it would crash the step after its own message.
    child.once('error', () => undefined);
    if (child.pid === undefined) throw new Error('the renewer process could not be started');
    await handOver(child.stdin!, JSON.stringify({ ...orders, stopFile: stopFileOf(log), aliveFile: aliveFileOf(log) } satisfies RenewerOrders));
    return { pid: child.pid, log };
  } finally {
    closeSync(logFd);
  }
}

/**
 * The secrets `options` hold, to keep out of the renewer's environment as well: a step that
 * passes its client secret through `env:` (`client-secret: ${{ env.CLIENT_SECRET }}`) has it there too.
 */
function secretsOf(options: TokenSourceOptions): SecretRegistry {
  const secrets = new SecretRegistry();
  registerSecretOptions(options, secrets);
  return secrets;
}

/**
 * Writes `orders` to the renewer's stdin and closes it. A renewer that dies at once breaks
 * the pipe: the post step reports it, and the main step must not crash on it.
 */
function handOver(stdin: Writable, orders: string): Promise<void> {
  return new Promise((resolve) => {
    stdin.on('error', () => resolve());
    stdin.end(orders, () => resolve());
  });
}

/** The renewer's orders for `result`, obtained at `obtainedAt`. */
export function renewerOrders(options: TokenSourceOptions, file: string, revoke: boolean, result: TokenResult, obtainedAt: number): Omit<RenewerOrders, 'stopFile' | 'aliveFile'> {
  const { raw: _raw, ...token } = result.token;
  const { tokenEndpoint, revocationEndpoint, clientAuth } = result;
  return { options, file, revoke, held: { token, tokenEndpoint: tokenEndpoint.href, revocationEndpoint: revocationEndpoint?.href, obtainedAt, clientAuth } };
}

export function readRenewerState(core: Pick<ActionsCore, 'getState'>): RenewerState | undefined {
  return readSavedState(core, RENEWER_STATE, isRenewerState);
}

function isRenewerState(value: unknown): value is RenewerState {
  const state = value as Partial<RenewerState> | null;
  return typeof state === 'object' && state !== null && isProcessId(state.pid) && typeof state.log === 'string' && isOwnTempFile(state.log, RENEWER_LOG_PREFIX, '.log');
}

/** A single process: 0 and negative pids signal groups of processes (-1: every process of the user). */
function isProcessId(pid: unknown): pid is number {
  return Number.isInteger(pid) && (pid as number) > 0;
}

/** How long the renewer may take to stop (a renewal under way, a revocation). */
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 50;

/**
 * Stops the renewer (its stop file: it finishes, revokes if asked, deletes the file), waits
 * for it, then prints its log: `info:` lines as notices, all others as warnings. With
 * `revoke`, a renewer that was gone or had to be killed is said to have left its last
 * token unrevoked: that token stays valid until it expires, and the job's log must say so.
 * True when the renewer's tokens are seen to: it stopped when asked (revoking, if asked to,
 * by itself), or an earlier post step stopped it; false when it was gone or killed.
 */
export async function stopRenewer(core: Pick<ActionsCore, 'info' | 'warning'>, state: RenewerState, revoke: boolean): Promise<boolean> {
  const stopFile = stopFileOf(state.log);
  try {
    return await stopAndWait(core, state, revoke, stopFile);
  } finally {
    rmSync(stopFile, { force: true });
    rmSync(aliveFileOf(state.log), { force: true });
    printLog(core, state.log);
  }
}

/** {@link stopRenewer} but for the files it leaves. */
async function stopAndWait(core: Pick<ActionsCore, 'warning'>, state: RenewerState, revoke: boolean, stopFile: string): Promise<boolean> {
  if (!isRenewer(state)) {
    // Without its log, a post step has stopped and reported on this renewer already (another step may
    // delete the log too: a live renewer is asked to stop all the same).
    if (!existsSync(state.log)) return true;
    core.warning(
      `The token renewer had stopped before the end of the job; the token file may have expired${revoke ? ', and its last token may not have been revoked (its log below says if it was)' : ''}`
    );
    return false;
  }
  askToStop(stopFile);
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isRenewer(state) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  if (!isRenewer(state)) return true;
  core.warning(`The token renewer did not stop in time; killed it${revoke ? ', so its last token may not have been revoked' : ''}`);
  try {
    process.kill(state.pid, 'SIGKILL');
  } catch {
    // It ended between the last look and the kill.
  }
  return false;
}

/** Creates the stop file, empty and the user's own; one already there (a stop asked before) asks the same. */
function askToStop(stopFile: string): void {
  try {
    writeFileSync(stopFile, '', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

function printLog(core: Pick<ActionsCore, 'info' | 'warning'>, log: string): void {
  let text: string;
  try {
    text = readFileSync(log, 'utf8');
  } catch {
    return;
  }
  // The log also holds whatever Node wrote to the renewer's stderr: each line is neutralised after its
  // prefix is cut, since the runner reads a line that starts with `::` as a workflow command.
  for (const line of text.split('\n').filter((entry) => entry.trim())) {
    if (line.startsWith('info: ')) core.info(neutralize(line.slice('info: '.length), MAX_LINE_LENGTH));
    else core.warning(`Token renewer: ${neutralize(line.replace(/^warning: /, ''), MAX_LINE_LENGTH)}`);
  }
  rmSync(log, { force: true });
}

/**
 * Whether the renewer of `state` is still running: its pid alive (a zombie no longer
 * counts) and, where /proc tells, running the renewer's script; where it does not
 * (Windows, or `procRoot` in a test), its alive file touched lately. Either way a pid
 * another process took is neither waited for nor killed.
 */
export function isRenewer({ pid, log }: RenewerState, procRoot = '/proc'): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const proc = `${procRoot}/${pid}`;
  if (!existsSync(proc)) return renewerSaidAliveLately(aliveFileOf(log));
  try {
    const stat = readFileSync(`${proc}/stat`, 'utf8');
    const zombie = stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
    return !zombie && readFileSync(`${proc}/cmdline`, 'utf8').includes(RENEWER_SCRIPT);
  } catch {
    return false;
  }
}

/** A renewer touches its alive file every second; one that has not for this long is gone, whatever process holds its pid now. */
const ALIVE_STALE_MS = 30_000;

function renewerSaidAliveLately(aliveFile: string): boolean {
  try {
    return Date.now() - statSync(aliveFile).mtimeMs < ALIVE_STALE_MS;
  } catch {
    return false;
  }
}

/** Deletes the token file the main step saved, if any (the renewer normally has already). */
export function removeTokenFile(core: Pick<ActionsCore, 'getState'>): void {
  const file = core.getState(TOKEN_FILE_STATE);
  if (!file || !isOwnTempFile(file, TOKEN_FILE_PREFIX)) return;
  rmSync(file, { force: true });
  // A renewer killed mid-write left its token in a temp file beside it; it is stopped now.
  removeLeftoverWrites(file);
}
