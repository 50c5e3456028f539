/**
 * The CLI front door: read the command line and `OAUTH_*` env vars, get the token with
 * the core, print it in the chosen format (or, for `revoke`, revoke the given tokens).
 * Exit status 0 (token printed, or every token revoked), 1 (the server refused or could
 * not be reached), 2 (bad usage or input); diagnostics go to stderr only, one line each.
 */
import { followUpLines, InputError, TokenRequestError } from '../core/errors.js';
import { requestToken } from '../core/get-token.js';
import { MAX_LINE_LENGTH, neutralize } from '../core/neutralize.js';
import { SecretRegistry } from '../core/secrets.js';
import { VERSION } from '../core/version.js';
import { helpText } from './help.js';
import { describeInput, envVarOf, flagOf, parseCommand, UsageError } from './options.js';
import { formatToken, UnrepresentableValueError } from './output.js';

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
  // Our own messages hold no secret, and the core redacts what a server echoed where it
  // puts it in; the secrets it handles are kept here for the text of an unexpected error.
  const secrets = new SecretRegistry();
  // One line each; neutralising the whole line is the last guard against a forgotten path.
  const report = (line: string) => io.stderr(`${PROGRAM}: ${neutralize(line, MAX_LINE_LENGTH)}\n`);
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
    report(failureLine(error, secrets));
    for (const line of followUpLines(error)) report(line);
    return exitStatusOf(error);
  }
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
  if (error instanceof InputError) return `${describeInput(error.input)} ${error.problem}`;
  if (error instanceof TokenRequestError || error instanceof UsageError || error instanceof UnrepresentableValueError) return error.message;
  return secrets.redact(error instanceof Error ? error.message : String(error));
}

function exitStatusOf(error: unknown): number {
  return error instanceof UsageError || error instanceof InputError ? EXIT_USAGE : EXIT_REFUSED;
}
