/**
 * The CLI's command line: every contract input (src/core/inputs.ts) as a `--kebab-case`
 * flag and an `OAUTH_UPPER_SNAKE` env var, flags winning, read with `node:util`
 * `parseArgs`. Problems are {@link UsageError}s whose messages never echo a value.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { booleanInput, INPUTS, optionsFromInputs, type InputSpec } from '../core/inputs.js';
import { optionNameOf } from '../core/names.js';
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

type ParseArgsOptions = NonNullable<ParseArgsConfig['options']>;

/** One `parseArgs` option for each CLI input; multi-line inputs (`resource`, `headers`, `extra-params`) may repeat: one flag a line. */
const INPUT_OPTIONS: ParseArgsOptions = Object.fromEntries(CLI_INPUTS.map((input) => [input.name, { type: 'string', multiple: input.kind === 'lines' }]));

const COMMON_OPTIONS = {
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' }
} as const satisfies ParseArgsOptions;

/** The token command: every input, `--output` and `--cache`. */
const PARSE_OPTIONS: ParseArgsOptions = { ...INPUT_OPTIONS, ...COMMON_OPTIONS, output: { type: 'string' }, cache: { type: 'boolean' } };

/** The subcommand that revokes tokens, for GitLab's `after_script` and Jenkins' `post`. */
const REVOKE_COMMAND = 'revoke';

/**
 * `revoke`'s own input: the access token to revoke (RFC 7009 §2.1). The refresh token
 * to revoke is the `refresh-token` input. A secret, so better in its env var.
 */
export const ACCESS_TOKEN_INPUT = 'access-token';

/** `revoke`: every input (the client authentication of a token request) and the access token; nothing is printed on stdout, so no `--output`. */
const REVOKE_PARSE_OPTIONS: ParseArgsOptions = { ...INPUT_OPTIONS, ...COMMON_OPTIONS, [ACCESS_TOKEN_INPUT]: { type: 'string' } };

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
  | (InputCommand & { action: 'revoke'; accessToken?: string });

/**
 * Reads the command line and the environment: `oauth-token [options]` or
 * `oauth-token revoke [options]`.
 *
 * @throws {@link UsageError} for an unknown flag, a flag without its value, a stray
 *   argument, an unknown `--output`, or `revoke` without a token.
 * @throws {@link InputError} for an `OAUTH_CACHE` that is not true or false (every other value is
 *   checked by the core, before any request).
 */
export function parseCommand(args: readonly string[], env: NodeJS.ProcessEnv): Command {
  if (args[0] === REVOKE_COMMAND) return parseRevoke(args.slice(1), env);
  const values = strictValues(args, PARSE_OPTIONS);
  if (values.help) return { action: 'help' };
  if (values.version) return { action: 'version' };
  const command = inputCommand(values, env);
  rejectInputsWithoutEffect('token', command.options);
  const cache = values.cache === true || booleanInput('cache', env.OAUTH_CACHE);
  return { action: 'token', ...command, output: outputFormatOf(values.output as string | undefined), cache };
}

function parseRevoke(args: readonly string[], env: NodeJS.ProcessEnv): Command {
  const values = strictValues(args, REVOKE_PARSE_OPTIONS);
  if (values.help) return { action: 'help' };
  if (values.version) return { action: 'version' };
  const command = inputCommand(values, env);
  const flagToken = values[ACCESS_TOKEN_INPUT] as string | undefined;
  const accessToken = (flagToken ?? env[envVarOf(ACCESS_TOKEN_INPUT)])?.trim() || undefined;
  if (!accessToken && !command.options.refreshToken) {
    throw new UsageError(`revoke needs a token: set ${describeInput(ACCESS_TOKEN_INPUT)} or ${describeInput('refresh-token')}`);
  }
  return { action: 'revoke', ...command, accessToken, secretFlags: [...command.secretFlags, ...(flagToken ? [ACCESS_TOKEN_INPUT] : [])] };
}

type ParsedValues = Record<string, string | boolean | Array<string | boolean> | undefined>;

/** The token options from flags and env vars, flags winning. */
function inputCommand(values: ParsedValues, env: NodeJS.ProcessEnv): InputCommand {
  const flagValue = (input: string): string | undefined => {
    const value = values[input];
    return Array.isArray(value) ? value.join('\n') : (value as string | undefined);
  };
  return {
    options: optionsFromInputs((input) => flagValue(input) ?? env[envVarOf(input)]),
    verbose: values.verbose === true,
    secretFlags: CLI_INPUTS.filter((input) => input.secret && flagValue(input.name)).map((input) => input.name)
  };
}

/**
 * Inputs a command reads but does not use: given, they are a usage error rather than
 * silently ignored. A command that comes to use one drops it from its list here.
 */
export const WITHOUT_EFFECT: Readonly<Record<'token', readonly string[]>> = {
  token: ['revocation-url']
};

function rejectInputsWithoutEffect(command: keyof typeof WITHOUT_EFFECT, options: TokenSourceOptions): void {
  const given = WITHOUT_EFFECT[command].find((input) => (options as Record<string, unknown>)[optionNameOf(input)] !== undefined);
  if (given) throw new UsageError(`${describeInput(given)} has no effect on a token request; remove it`);
}

function strictValues(args: readonly string[], options: ParseArgsOptions): ParsedValues {
  const { joined, positionOf } = withNegativeNumbersJoined(args, options);
  try {
    return parseArgs({ args: joined, options, strict: true, allowPositionals: false }).values;
  } catch {
    throw new UsageError(`${diagnose(joined, options, positionOf)}; see --help`);
  }
}

/**
 * `--retries -1` as `--retries=-1`: `parseArgs` takes an argument that starts with "-"
 * for an option, but after a flag that needs a value a negative number can only be that
 * value, which the input's own check then refuses with the range it accepts.
 */
function withNegativeNumbersJoined(args: readonly string[], options: ParseArgsOptions): { joined: string[]; positionOf: (index: number) => number } {
  const joined: string[] = [];
  // Where each joined argument was on the command line, for messages that point at one.
  const positions: number[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const next = args[index + 1];
    const takesValue = arg.startsWith('--') && options[arg.slice(2)]?.type === 'string';
    positions.push(index);
    if (arg === '--') {
      joined.push(...args.slice(index));
      positions.push(...args.slice(index + 1).map((_, rest) => index + 1 + rest));
      break;
    }
    if (takesValue && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      index++;
    } else {
      joined.push(arg);
    }
  }
  return { joined, positionOf: (index) => positions[index] ?? index };
}

/**
 * Why strict parsing failed, from the tokens of a lenient parse: `parseArgs`'s own
 * messages may quote an argument, and an argument may be a secret.
 */
function diagnose(args: readonly string[], options: ParseArgsOptions, positionOf: (index: number) => number): string {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') return `unexpected argument (#${positionOf(token.index) + 1}): every value belongs to a --flag`;
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) return unknownOption(token.rawName);
    if (spec.type === 'boolean' && token.value !== undefined) return `${token.rawName} takes no value`;
    if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      return `${token.rawName} needs a value (write ${token.rawName}=VALUE for one that starts with "-")`;
    }
  }
  return 'the command line could not be read';
}

function unknownOption(rawName: string): string {
  const actionOnly = INPUTS.find((input) => input.actionOnly && flagOf(input.name) === rawName);
  return actionOnly ? `${rawName} is an input of the GitHub Action only` : `unknown option ${rawName}`;
}

function outputFormatOf(value: string | undefined): OutputFormat {
  if (value === undefined) return 'token';
  const format = OUTPUT_FORMATS.find((known) => known === value);
  if (!format) throw new UsageError(`--output must be one of ${OUTPUT_FORMATS.join(', ')} (got "${value}"); see --help`);
  return format;
}
