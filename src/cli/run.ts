/**
 * The CLI front door: read the command line and `OAUTH_*` env vars, get the token with
 * the core, print it in the chosen format (or, for `revoke`, revoke the given tokens).
 * Exit status 0 (token printed, or every token revoked), 1 (the server refused or could
 * not be reached), 2 (bad usage or input); diagnostics go to stderr only, one line each.
 */
import { InputError } from '../core/errors.js';
import { requestToken } from '../core/get-token.js';
import { SecretRegistry } from '../core/secrets.js';
import { VERSION } from '../core/version.js';
import { helpText } from './help.js';
import { describeInput, envVarOf, flagOf, parseCommand, UsageError } from './options.js';
import { formatToken } from './output.js';

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const PROGRAM = 'oauth-token';

/** Runs one command line; resolves to the exit status. Never throws. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  // Every secret the core handles (and its encoded forms) is redacted from whatever
  // reaches stderr, the unexpected errors included.
  const secrets = new SecretRegistry();
  const report = (line: string) => io.stderr(`${PROGRAM}: ${oneLine(secrets.redact(line))}\n`);
  try {
    const command = parseCommand(args, env);
    if (command.action === 'help') return print(io, helpText());
    if (command.action === 'version') return print(io, `${VERSION}\n`);
    for (const input of command.secretFlags) {
      report(`warning: ${flagOf(input)} is visible to other users in the process list; set ${envVarOf(input)} instead`);
    }
    const runtime = { debug: command.verbose ? (message: string) => report(message) : undefined, onSecret: (value: string) => secrets.addExact(value) };
    if (command.action === 'revoke') {
      // Off the start-up path of a token request.
      const { revoke } = await import('./revoke.js');
      return (await revoke(command, runtime, report)) ? EXIT_OK : EXIT_REFUSED;
    }
    const result = await requestToken(command.options, runtime);
    return print(io, formatToken(result.token, command.output));
  } catch (error) {
    report(failureLine(error));
    return exitStatusOf(error);
  }
}

function print(io: CliIo, text: string): number {
  io.stdout(text);
  return EXIT_OK;
}

/** An input error names the flag and its env var: `--client-id (OAUTH_CLIENT_ID) is required ...`. */
function failureLine(error: unknown): string {
  if (error instanceof InputError) return `${describeInput(error.input)} ${error.problem}`;
  return error instanceof Error ? error.message : String(error);
}

function exitStatusOf(error: unknown): number {
  return error instanceof UsageError || error instanceof InputError ? EXIT_USAGE : EXIT_REFUSED;
}

/** Diagnostics are one line each, whatever a server put in its error_description. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
