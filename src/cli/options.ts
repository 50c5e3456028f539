/**
 * The CLI's command line: every contract input (src/core/inputs.ts) as a `--kebab-case`
 * flag and an `OAUTH_UPPER_SNAKE` env var, flags winning, read with `node:util`
 * `parseArgs`. Problems are {@link UsageError}s whose messages never echo a value.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { booleanInput, INPUTS, optionsFromInputs, type InputSpec } from '../core/inputs.js';
import type { TokenSourceOptions } from '../core/token-source.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output.js';

/** Bad usage: exit status 2. The message is one line and holds no option value. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The inputs the CLI has: all but the action-only ones (`export-env`, `revoke`). */
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

/** Options of the CLI itself, not of the token request. */
const CLI_OWN_OPTIONS = {
  output: { type: 'string' },
  cache: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' }
} as const satisfies ParseArgsOptions;

/** Multi-line inputs (`resource`, `headers`, `extra-params`) may repeat: one flag a line. */
const PARSE_OPTIONS: ParseArgsOptions = {
  ...Object.fromEntries(CLI_INPUTS.map((input) => [input.name, { type: 'string', multiple: input.kind === 'lines' }])),
  ...CLI_OWN_OPTIONS
};

export type Command =
  | { action: 'help' }
  | { action: 'version' }
  | {
      action: 'token';
      options: TokenSourceOptions;
      output: OutputFormat;
      /** `--cache` / `OAUTH_CACHE=true`: reuse a token from the per-user cache. */
      cache: boolean;
      verbose: boolean;
      /** Secret inputs given as flags, which the process list shows to everyone. */
      secretFlags: string[];
    };

/**
 * Reads the command line and the environment.
 *
 * @throws {@link UsageError} for an unknown flag, a flag without its value, a stray
 *   argument or an unknown `--output`.
 * @throws {@link InputError} for an input value that is not well-formed (e.g. a number).
 */
export function parseCommand(args: readonly string[], env: NodeJS.ProcessEnv): Command {
  const values = strictValues(args);
  if (values.help) return { action: 'help' };
  if (values.version) return { action: 'version' };
  const flagValue = (input: string): string | undefined => {
    const value = values[input];
    return Array.isArray(value) ? value.join('\n') : (value as string | undefined);
  };
  const options = optionsFromInputs((input) => flagValue(input) ?? env[envVarOf(input)]);
  return {
    action: 'token',
    options,
    output: outputFormatOf(values.output as string | undefined),
    cache: values.cache === true || booleanInput('cache', env.OAUTH_CACHE),
    verbose: values.verbose === true,
    secretFlags: CLI_INPUTS.filter((input) => input.secret && flagValue(input.name)).map((input) => input.name)
  };
}

function strictValues(args: readonly string[]): Record<string, string | boolean | Array<string | boolean> | undefined> {
  try {
    return parseArgs({ args: [...args], options: PARSE_OPTIONS, strict: true, allowPositionals: false }).values;
  } catch {
    throw new UsageError(`${diagnose(args)}; see --help`);
  }
}

/**
 * Why strict parsing failed, from the tokens of a lenient parse: `parseArgs`'s own
 * messages may quote an argument, and an argument may be a secret.
 */
function diagnose(args: readonly string[]): string {
  const { tokens } = parseArgs({ args: [...args], options: PARSE_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') return `unexpected argument (#${token.index + 1}): every value belongs to a --flag`;
    if (token.kind !== 'option') continue;
    const spec = PARSE_OPTIONS[token.name];
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
