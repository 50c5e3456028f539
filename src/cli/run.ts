/**
 * The CLI front door: read the command line and `OAUTH_*` env vars, get the token with
 * the core, print it in the chosen format (or, for `revoke`, revoke the given tokens).
 * Exit status 0 (token printed, or every token revoked), 1 (the server refused or could
 * not be reached), 2 (bad usage or input); diagnostics go to stderr only, one line each.
 */
import type { TokenRuntime } from '../core/context.js';
import { codeOf, errorText, followUpLines, InputError, TokenRequestError } from '../core/errors.js';
import { registerSecretOptions } from '../core/inputs.js';
import { MAX_LINE_LENGTH, neutralize } from '../core/neutralize.js';
import { SecretRegistry } from '../core/secrets.js';
import type { TokenSourceOptions } from '../core/token-source.js';
import type { Token } from '../core/types.js';
import type { CacheEntry, TokenCache } from './cache.js';
import { VERSION } from '../core/version.js';
import { describeInput, envVarOf, flagOf, parseCommand, UsageError, type Command } from './options.js';
import { formatToken, UnrepresentableValueError } from './output.js';

const EXIT_OK = 0;
const EXIT_REFUSED = 1;
const EXIT_USAGE = 2;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const PROGRAM = 'oauth-token';

/** Runs one command line; resolves to the exit status. Never throws. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  // Our own messages hold no secret, and the core redacts what a server echoed where it
  // puts it in; the secrets it handles are kept here for the text of an unexpected error.
  const secrets = new SecretRegistry();
  // One line each; neutralising the whole line is the last guard against a forgotten path.
  const report = (line: string) => io.stderr(`${PROGRAM}: ${neutralize(line, MAX_LINE_LENGTH)}\n`);
  try {
    const command = parseCommand(args, env);
    // The help text (every input's description) is read only for --help.
    if (command.action === 'help') return print(io, (await import(/* webpackChunkName: "help" */ './help.js')).helpText());
    if (command.action === 'version') return print(io, `${VERSION}\n`);
    const runtime = runtimeOf(command, secrets, report);
    if (command.action === 'exec') return await (await import('./exec.js')).runExec(command, env, runtime, { redact: (text) => secrets.redact(text), report });
    if (command.action === 'revoke') {
      // Off the start-up path of a token request.
      const { revoke } = await import(/* webpackChunkName: "revoke" */ './revoke.js');
      return (await revoke(command, runtime, report)) ? EXIT_OK : EXIT_REFUSED;
    }
    const token = command.cache ? await cachedToken(command.options, env, runtime, report) : await requestNewToken(command.options, runtime);
    return print(io, formatToken(token, command.output));
  } catch (error) {
    report(failureLine(error, secrets));
    for (const line of followUpLines(error)) report(line);
    return exitStatusOf(error);
  }
}

/** How the core reports to the CLI: redacted debug lines with `--verbose`, every secret into the registry. */
function runtimeOf(command: Extract<Command, { action: 'token' | 'revoke' | 'exec' }>, secrets: SecretRegistry, report: (line: string) => void): TokenRuntime {
  // At once: an input checked before the core runs (--refresh-margin-seconds) may quote a secret put there by mistake.
  registerSecretOptions(command.options, secrets);
  for (const input of command.secretFlags) {
    report(`warning: ${flagOf(input)} is visible to other users in the process list; set ${envVarOf(input)} instead`);
  }
  return { debug: command.verbose ? (message: string) => report(message) : undefined, onSecret: (value) => secrets.addExact(value) };
}

/**
 * The token request code, a chunk of the bin loaded only when a request is made: a cache
 * hit neither parses nor runs it. `exec` loads it the same way, so the bin holds it once.
 */
export function requestMachinery(): Promise<typeof import('../core/token-source.js')> {
  return import('../core/token-source.js');
}

async function requestNewToken(options: TokenSourceOptions, runtime: TokenRuntime): Promise<Token> {
  const { obtainToken, renewalLimits } = await requestMachinery();
  // Read by --cache and exec only, but a value that is no duration is a mistake to say, whatever the command.
  renewalLimits(options);
  return (await obtainToken(options, undefined, runtime)).token;
}

/**
 * `--cache`: the cached token while it is outside the refresh margin; else a new one
 * (with the cached refresh token first), stored for the next run. A folder that cannot be
 * trusted is not used at all: the run goes on with a request and says why.
 */
async function cachedToken(options: TokenSourceOptions, env: NodeJS.ProcessEnv, runtime: TokenRuntime, report: (line: string) => void): Promise<Token> {
  const { cacheDirOf, distrustOfFolder, openCache } = await import(/* webpackChunkName: "cache" */ './cache.js');
  const dir = cacheDirOf(env);
  const distrust = distrustOfFolder(dir);
  if (distrust) {
    report(`warning: not using the token cache: ${distrust}`);
    return requestNewToken(options, runtime);
  }
  const cache = openCache(dir, options, env, (message) => runtime.debug?.(message));
  if (cache.entry && cache.fresh(cache.entry, Date.now())) {
    runtime.debug?.('Token cache hit: no request');
    return cachedCopy(cache.entry);
  }
  // Locked when a refresh token goes out: parallel runs would all send the same one, which a rotating server takes once.
  const lock = (cache.entry?.token.refreshToken ?? options.refreshToken) ? await cache.lockForRenewal() : undefined;
  try {
    // Read again under the lock: a run that held it may have renewed the entry meanwhile.
    let entry = lock ? lock.entry : cache.entry;
    if (lock && entry && cache.fresh(entry, Date.now())) {
      runtime.debug?.('Token cache hit: another run renewed it');
      return cachedCopy(entry);
    }
    const now = Date.now();
    const { obtainToken, withoutRefreshToken } = await requestMachinery();
    // A refused refresh token leaves the entry, so that the next run does not send it again if the original grant fails too.
    const held = entry;
    const forgetRefreshToken = held
      ? () => {
          entry = { ...held, token: withoutRefreshToken(held.token) };
          storeQuietly(cache, { ...entry.token, raw: {} }, held.obtainedAt, report);
        }
      : undefined;
    let result: Awaited<ReturnType<typeof obtainToken>>;
    try {
      result = await obtainToken(options, entry?.token.refreshToken, runtime, forgetRefreshToken);
    } catch (error) {
      // A renewal that fails must not stop a job its cached token still serves (docs/long-jobs.md); a proxy
      // setting that is bad or refused is the job's to fix, and the cached token must still be valid now, after the attempts.
      const jobToFix = error instanceof TokenRequestError && (error.code === 'INVALID_PROXY' || error.code === 'PROXY_REFUSED');
      if (!(error instanceof TokenRequestError) || jobToFix || !entry || Date.parse(entry.token.expiresAt!) <= Date.now()) throw error;
      report(`warning: could not renew the cached token, using it until it expires at ${entry.token.expiresAt}: ${error.message}`);
      for (const line of followUpLines(error)) report(line);
      return cachedCopy(entry);
    }
    storeQuietly(cache, result.token, now, report);
    return result.token;
  } finally {
    lock?.release();
  }
}

/** Stores `token` in the cache; a cache that cannot be written costs a warning, not the token. */
function storeQuietly(cache: TokenCache, token: Token, obtainedAt: number, report: (line: string) => void): void {
  try {
    cache.store(token, obtainedAt);
  } catch (error) {
    report(`warning: could not write the token cache (${codeOf(error)})`);
  }
}

/** A cached token as a hit prints it, its `expires_in` counted from now. */
function cachedCopy(entry: CacheEntry): Token {
  const expiresIn = Math.floor((Date.parse(entry.token.expiresAt!) - Date.now()) / 1000);
  return { ...entry.token, expiresIn, raw: {} };
}

function print(io: CliIo, text: string): number {
  io.stdout(text);
  return EXIT_OK;
}

/**
 * An input error names the flag and its env var: `--client-id (OAUTH_CLIENT_ID) is required ...`.
 * Our own errors are printed as they are; the text of an unexpected one is not ours and may quote a secret.
 */
function failureLine(error: unknown, secrets: SecretRegistry): string {
  if (error instanceof InputError) return `${describeInput(error.input)} ${secrets.redactQuoted(error.problem)}`;
  if (error instanceof UsageError || error instanceof UnrepresentableValueError) return error.message;
  return errorText(error, (text) => secrets.redact(text));
}

/** Bad usage or input is 2: the options, and a proxy variable that holds no proxy URL (no request was made). */
function exitStatusOf(error: unknown): number {
  const badInput = error instanceof UsageError || error instanceof InputError || (error instanceof TokenRequestError && error.code === 'INVALID_PROXY');
  return badInput ? EXIT_USAGE : EXIT_REFUSED;
}
