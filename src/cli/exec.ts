/**
 * `oauth-token exec [options] -- COMMAND [ARGS...]`: runs COMMAND with a token that stays
 * valid for as long as it runs. COMMAND gets `ACCESS_TOKEN`, `TOKEN_TYPE` and `EXPIRES_AT`
 * (the first token) and `ACCESS_TOKEN_FILE`, a file of its user's only that is rewritten
 * with a renewed token before the old one expires. Signals are passed on to COMMAND, the
 * file is deleted when it ends, and its exit status is ours.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenRuntime } from '../core/context.js';
import type { SecretRegistry } from '../core/secrets.js';
import { keepTokenFile, renewalFailedLine, writeFileAtomically } from '../core/token-file.js';
import type { Command } from './options.js';
import { requestMachinery } from './run.js';

/** What COMMAND gets when it cannot be started (as a shell says "command not found"). */
const EXIT_NOT_RUN = 127;
/** The signals a terminal or a CI runner sends to stop a job; each is passed on to COMMAND. */
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];

interface ExecIo {
  secrets: SecretRegistry;
  /** One redacted line on stderr. */
  report: (line: string) => void;
}

/** Runs `exec`; resolves to COMMAND's exit status (128 + signal number when a signal ended it). */
export async function runExec(command: Extract<Command, { action: 'exec' }>, env: NodeJS.ProcessEnv, runtime: TokenRuntime, io: ExecIo): Promise<number> {
  const { program, programArgs } = command;
  const { checkRenewable, createRenewingSource } = await requestMachinery();
  // As keep-fresh: a one-shot token given by value cannot renew the token for as long as COMMAND runs.
  checkRenewable(command.options, 'exec');
  const source = createRenewingSource(command.options, runtime);
  const token = await source.token();
  // A folder of our own (mkdtemp: 0700) so that nobody can plant or swap the file.
  const dir = mkdtempSync(join(env.XDG_RUNTIME_DIR || tmpdir(), 'oauth-token-exec-'));
  const file = join(dir, 'access-token');
  try {
    writeFileAtomically(file, token.accessToken);
    const keeper = keepTokenFile(source, file, { failed: (error, retryInMs) => io.report(renewalFailedLine(error, retryInMs, (text) => io.secrets.redact(text))) });
    try {
      return await runCommand(
        program,
        programArgs,
        {
          ...env,
          ACCESS_TOKEN: token.accessToken,
          TOKEN_TYPE: token.tokenType,
          EXPIRES_AT: token.expiresAt ?? '',
          ACCESS_TOKEN_FILE: file
        },
        io.report
      );
    } finally {
      // Not awaited: a renewal under way when COMMAND ends is dropped (the process exits with
      // COMMAND's status), so the file goes at once and no later renewal writes it again.
      void keeper.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs COMMAND with our stdio, passing signals on; resolves to its exit status. */
function runCommand(program: string, args: string[], env: NodeJS.ProcessEnv, report: (line: string) => void): Promise<number> {
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(program, args, { env, stdio: 'inherit' });
    } catch (error) {
      // Refused before any process starts: a .cmd or .bat file on Windows (it needs a shell: `cmd /d /s /c`), a NUL in an argument.
      report(`could not run the command (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      resolve(EXIT_NOT_RUN);
      return;
    }
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    const settle = (status: number) => {
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
      resolve(status);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      report(`could not run the command (${error.code ?? 'error'})`);
      settle(EXIT_NOT_RUN);
    });
    child.on('exit', (code, signal) => settle(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}
