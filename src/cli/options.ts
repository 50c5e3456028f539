/**
 * The CLI's command line: every contract input (src/core/inputs.ts) as a `--kebab-case`
 * flag and an `OAUTH_UPPER_SNAKE` env var, flags winning. Problems are
 * {@link UsageError}s whose messages never echo a value.
 */
import { booleanInput, INPUTS, optionsFromInputs, type InputSpec } from '../core/inputs.js';
import { optionNameOf, typoDistance } from '../core/names.js';
import type { TokenSourceOptions } from '../core/token-source.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output.js';

/** Bad usage: exit status 2. The message is one line and holds no option value. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The inputs the CLI has: all but the action-only ones (`export-env`, `revoke`, `token-file`, `keep-fresh`). */
export const CLI_INPUTS: readonly InputSpec[] = INPUTS.filter((input) => !input.actionOnly);

/** `client-secret` -> `--client-secret`. */
export function flagOf(input: string): string {
  return `--${input}`;
}

/** `client-secret` -> `OAUTH_CLIENT_SECRET`. */
export function envVarOf(input: string): string {
  return `OAUTH_${input.toUpperCase().replace(/-/g, '_')}`;
}

/** How a person names an input on the command line: `--client-id (OAUTH_CLIENT_ID)`. */
export function describeInput(input: string): string {
  return `${flagOf(input)} (${envVarOf(input)})`;
}

/** How a flag is read: `string` takes a value (`--flag value` or `--flag=value`); `multiple` ones may repeat, one line each. */
interface FlagSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
}
type FlagSpecs = Readonly<Record<string, FlagSpec>>;

/** One flag for each CLI input; multi-line inputs (`audience`, `resource`, `headers`, `extra-params`) may repeat: one flag a line. */
const INPUT_OPTIONS: FlagSpecs = Object.fromEntries(CLI_INPUTS.map((input) => [input.name, { type: 'string', multiple: input.kind === 'lines' }]));

const COMMON_OPTIONS: FlagSpecs = {
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' }
};

/** The token command: every input, `--output` and `--cache`. */
const PARSE_OPTIONS: FlagSpecs = { ...INPUT_OPTIONS, ...COMMON_OPTIONS, output: { type: 'string' }, cache: { type: 'boolean' } };

/** The subcommand that revokes tokens, for GitLab's `after_script` and Jenkins' `post`. */
const REVOKE_COMMAND = 'revoke';

/**
 * `revoke`'s own input: the access token to revoke (RFC 7009 §2.1). The refresh token
 * to revoke is the `refresh-token` input. A secret, so better in its env var.
 */
export const ACCESS_TOKEN_INPUT = 'access-token';

/** `revoke`: every input (the client authentication of a token request) and the access token; nothing is printed on stdout, so no `--output`. */
const REVOKE_PARSE_OPTIONS: FlagSpecs = { ...INPUT_OPTIONS, ...COMMON_OPTIONS, [ACCESS_TOKEN_INPUT]: { type: 'string' } };

/** The subcommand that runs a program with a token kept valid: `exec [options] -- COMMAND [ARGS...]`. */
const EXEC_COMMAND = 'exec';

/** `exec`: every input, and the token command's own flags refused with the reason. */
const EXEC_PARSE_OPTIONS: FlagSpecs = { ...INPUT_OPTIONS, ...COMMON_OPTIONS };
const EXEC_REFUSALS: Refusals = {
  output: 'exec takes no --output: COMMAND gets the token in ACCESS_TOKEN and ACCESS_TOKEN_FILE',
  cache: 'exec takes no --cache: it renews its token for as long as COMMAND runs'
};

interface InputCommand {
  options: TokenSourceOptions;
  verbose: boolean;
  /** Secret inputs given as flags, which the process list shows to everyone. */
  secretFlags: string[];
}

export type Command =
  | { action: 'help' }
  | { action: 'version' }
  | (InputCommand & {
      action: 'token';
      output: OutputFormat;
      /** `--cache` / `OAUTH_CACHE=true`: reuse a token from the per-user cache. */
      cache: boolean;
    })
  | (InputCommand & { action: 'revoke'; accessToken?: string })
  | (InputCommand & { action: 'exec'; program: string; programArgs: string[] });

/**
 * Reads the command line and the environment: `oauth-token [options]`,
 * `oauth-token revoke [options]` or `oauth-token exec [options] -- COMMAND [ARGS...]`.
 *
 * @throws {@link UsageError} for an unknown flag, a flag without its value, a stray
 *   argument, an unknown `--output`, an `OAUTH_CACHE` that is not true or false, `revoke`
 *   without a token, or `exec` without a command (every input's value is checked by the
 *   core, before any request).
 */
export function parseCommand(args: readonly string[], env: NodeJS.ProcessEnv): Command {
  if (args[0] === REVOKE_COMMAND) return parseRevoke(args, env);
  if (args[0] === EXEC_COMMAND) return parseExec(args, env);
  const values = strictValues(args, PARSE_OPTIONS);
  if (values.help) return { action: 'help' };
  if (values.version) return { action: 'version' };
  // Only the token command prints a token: revoke and exec take no --output, and leave the variable alone.
  refuseFlagOnlyVariable('output', env);
  const command = inputCommand(values, env);
  rejectInputsWithoutEffect('token', command.options);
  const cache = values.cache === true || cacheFromEnv(env);
  return { action: 'token', ...command, output: outputFormatOf(values.output as string | undefined), cache };
}

/** `OAUTH_CACHE`, true or false; not quoted when it is neither, as the secrets are not yet known to redact it. */
function cacheFromEnv(env: NodeJS.ProcessEnv): boolean {
  try {
    return booleanInput('cache', env[envVarOf('cache')]);
  } catch {
    throw usage(`${envVarOf('cache')} must be true or false`);
  }
}

function parseRevoke(args: readonly string[], env: NodeJS.ProcessEnv): Command {
  const values = strictValues(args, REVOKE_PARSE_OPTIONS, 1);
  if (values.help) return { action: 'help' };
  if (values.version) return { action: 'version' };
  const command = inputCommand(values, env);
  const flagToken = values[ACCESS_TOKEN_INPUT] as string | undefined;
  const accessToken = decoded(ACCESS_TOKEN_INPUT, flagToken ?? env[envVarOf(ACCESS_TOKEN_INPUT)])?.trim() || undefined;
  if (!accessToken && !command.options.refreshToken) {
    throw new UsageError(`revoke needs a token: set ${describeInput(ACCESS_TOKEN_INPUT)} or ${describeInput('refresh-token')}`);
  }
  return { action: 'revoke', ...command, accessToken, secretFlags: [...command.secretFlags, ...(flagToken ? [ACCESS_TOKEN_INPUT] : [])] };
}

/**
 * `exec`'s command line: ours up to `--`, COMMAND's after it. The `OAUTH_CACHE` a job may
 * set for its other calls is left alone: only a `--cache` given to exec is refused.
 */
function parseExec(args: readonly string[], env: NodeJS.ProcessEnv): Command {
  const separator = args.indexOf('--');
  const values = strictValues(separator < 0 ? args : args.slice(0, separator), EXEC_PARSE_OPTIONS, 1, EXEC_REFUSALS);
  if (values.help) return { action: 'help' };
  if (values.version) return { action: 'version' };
  const [program, ...programArgs] = separator < 0 ? [] : args.slice(separator + 1);
  if (!program) throw usage('exec needs a command: oauth-token exec [options] -- COMMAND [ARGS...]');
  const command = inputCommand(values, env);
  rejectInputsWithoutEffect('exec', command.options);
  return { action: 'exec', ...command, program, programArgs };
}

/**
 * A flag with no environment variable (`--help` says "flag only") whose variable the job
 * set: refused, not ignored. Ignored, OAUTH_OUTPUT=env would leave `eval "$(oauth-token)"`
 * running the bare token as a command, which its shell then prints.
 */
function refuseFlagOnlyVariable(flag: 'output' | 'verbose', env: NodeJS.ProcessEnv): void {
  if (env[envVarOf(flag)]?.trim()) throw usage(`${envVarOf(flag)} is not read: --${flag} is a flag only; unset it and pass --${flag}`);
}

/**
 * An input as Node decoded it from the command line or the environment, which it reads as
 * UTF-8: bytes that are not (a Latin-1 `é` from an old shell or file) became U+FFFD, and
 * would go out as that. Refused, naming the input and never quoting it.
 */
function decoded(input: string, value: string | undefined): string | undefined {
  if (value?.includes('\ufffd')) throw usage(`${describeInput(input)} is not valid UTF-8 text (a byte of another encoding, such as Latin-1, came in); give it in UTF-8`);
  return value;
}

type ParsedValues = Record<string, string | boolean | string[] | undefined>;
/** Flags a command does not take, each with the reason it gives instead of "unknown option". */
type Refusals = Readonly<Record<string, string>>;

/** The token options from flags and env vars, flags winning. */
function inputCommand(values: ParsedValues, env: NodeJS.ProcessEnv): InputCommand {
  // OAUTH_REVOKE=true would otherwise be read by nothing, and the token never revoked.
  const actionOnly = INPUTS.find((input) => input.actionOnly && env[envVarOf(input.name)]?.trim());
  if (actionOnly) throw usage(`${envVarOf(actionOnly.name)} is an input of the GitHub Action only, which the CLI does not read; unset it`);
  refuseFlagOnlyVariable('verbose', env);
  const flagValue = (input: string): string | undefined => {
    const value = values[input];
    return Array.isArray(value) ? value.join('\n') : (value as string | undefined);
  };
  return {
    options: optionsFromInputs((input) => decoded(input, flagValue(input) ?? env[envVarOf(input)])),
    verbose: values.verbose === true,
    secretFlags: CLI_INPUTS.filter((input) => input.secret && flagValue(input.name)).map((input) => input.name)
  };
}

/**
 * Inputs a command reads but does not use: given, they are a usage error rather than
 * silently ignored. A command that comes to use one drops it from its list here.
 */
export const WITHOUT_EFFECT: Readonly<Record<'token' | 'exec', readonly string[]>> = {
  token: ['revocation-url'],
  exec: ['revocation-url']
};

/** How a message names each command that refuses inputs. */
export const COMMAND_LABELS: Readonly<Record<keyof typeof WITHOUT_EFFECT, string>> = { token: 'a token request', exec: 'exec' };

function rejectInputsWithoutEffect(command: keyof typeof WITHOUT_EFFECT, options: TokenSourceOptions): void {
  const given = WITHOUT_EFFECT[command].find((input) => (options as Record<string, unknown>)[optionNameOf(input)] !== undefined);
  if (given) throw new UsageError(`${describeInput(given)} has no effect on ${COMMAND_LABELS[command]}; remove it`);
}

/**
 * The flags' values: `--flag value`, `--flag=value`, `-h`, `-V`; a repeated flag's last
 * value, or every value of a `multiple` one. A value may start with "-" only when joined
 * (`--flag=-x`) or when it is a negative number (`--retries -1`), which the input's own
 * check then refuses with the range it accepts. Messages point at an argument by its
 * position, never quote it: an argument may be a secret. Reading starts at `from`, after
 * a subcommand's name, so that a position counts every argument the user typed.
 */
function strictValues(args: readonly string[], options: FlagSpecs, from = 0, refusals: Refusals = {}): ParsedValues {
  const values: ParsedValues = {};
  const set = (name: string, spec: FlagSpec, value: string | boolean) => {
    const previous = values[name];
    values[name] = spec.multiple ? [...(Array.isArray(previous) ? previous : []), value as string] : value;
  };
  for (let index = from; index < args.length; index++) {
    const arg = args[index]!;
    // After `--` every argument is a positional one, and this command line has none.
    if (arg === '--') {
      if (index + 1 < args.length) throw usage(unexpectedArgument(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') throw usage(unexpectedArgument(index));
    if (!arg.startsWith('--')) {
      for (const letter of arg.slice(1)) {
        const name = Object.keys(options).find((candidate) => options[candidate]!.short === letter);
        if (!name) throw usage(unknownOption(`-${letter}`, refusals, options, index));
        set(name, options[name]!, true);
      }
      continue;
    }
    const equals = arg.indexOf('=');
    const rawName = equals === -1 ? arg : arg.slice(0, equals);
    const spec = Object.hasOwn(options, rawName.slice(2)) ? options[rawName.slice(2)] : undefined;
    if (!spec) throw usage(unknownOption(rawName, refusals, options, index));
    if (spec.type === 'boolean') {
      if (equals !== -1) throw usage(`${rawName} takes no value`);
      set(rawName.slice(2), spec, true);
      continue;
    }
    const next = args[index + 1];
    if (equals === -1 && (next === undefined || (next.startsWith('-') && !/^-\d/.test(next)))) {
      throw usage(`${rawName} needs a value (write ${rawName}=VALUE for one that starts with "-")`);
    }
    set(rawName.slice(2), spec, equals === -1 ? args[++index]! : arg.slice(equals + 1));
  }
  return values;
}

function unexpectedArgument(index: number): string {
  return `unexpected argument (#${index + 1}): every value belongs to a --flag`;
}

function usage(problem: string): UsageError {
  return new UsageError(`${problem}; see --help`);
}

/**
 * Why `rawName` (argument `index`) is no option here. It is named only when it is a known
 * name or one typo away from one: anything else may be a secret that starts with "-" (an
 * unquoted `$SECRET`), and is pointed at by its position.
 */
function unknownOption(rawName: string, refusals: Refusals, options: FlagSpecs, index: number): string {
  const refusal = Object.hasOwn(refusals, rawName.slice(2)) ? refusals[rawName.slice(2)] : undefined;
  if (refusal) return refusal;
  const actionOnly = INPUTS.find((input) => input.actionOnly && flagOf(input.name) === rawName);
  if (actionOnly) return `${rawName} is an input of the GitHub Action only`;
  const name = rawName.slice(2);
  // A flag of another command (--output to revoke): named as it is, a name of ours.
  if (rawName.startsWith('--') && (Object.hasOwn(PARSE_OPTIONS, name) || Object.hasOwn(REVOKE_PARSE_OPTIONS, name))) return `unknown option ${rawName}`;
  const meant = rawName.startsWith('--') ? Object.keys(options).find((known) => typoDistance(name, known) <= 2) : undefined;
  return meant ? `unknown option ${rawName} (did you mean --${meant}?)` : `unknown option (argument #${index + 1})`;
}

function outputFormatOf(value: string | undefined): OutputFormat {
  if (value === undefined) return 'token';
  const format = OUTPUT_FORMATS.find((known) => known === value);
  // Not quoted, as no usage line quotes a value: the secrets are not yet known to redact them here.
  if (!format) throw usage(`--output must be one of ${OUTPUT_FORMATS.join(', ')}`);
  return format;
}
