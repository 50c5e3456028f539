/**
 * `oauth-token exec [options] -- COMMAND [ARGS...]`: runs COMMAND with a token that stays
 * valid for as long as it runs. COMMAND gets `ACCESS_TOKEN`, `TOKEN_TYPE` and `EXPIRES_AT`
 * (the first token) and `ACCESS_TOKEN_FILE`, a file of its user's only that is rewritten
 * with a renewed token before the old one expires. Signals are passed on to COMMAND (at a
 * terminal, its Ctrl-C and Ctrl-\ reach COMMAND from the terminal, as every signal does on
 * Windows from the console), the file is deleted when
 * it ends, and its exit status is ours.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { TokenRuntime } from '../core/context.js';
import { codeOf } from '../core/errors.js';
import { keepTokenFile, renewalFailedLine, writeFileAtomically } from '../core/token-file.js';
import type { Command } from './options.js';
import { requestMachinery } from './run.js';

/** As a shell: COMMAND was not found (127), or found and could not be run (126: not executable, a folder, refused by Node). */
const EXIT_NOT_FOUND = 127;
const EXIT_NOT_RUN = 126;
/**
 * The signals a terminal or a CI runner sends to stop a job; each is passed on to COMMAND
 * (see {@link passesOn}). SIGBREAK is Windows' Ctrl-Break: heard, it cannot end exec
 * before the token file is deleted.
 */
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGBREAK'];
/**
 * The keys a terminal turns into signals (Ctrl-C, Ctrl-\) go to its whole foreground
 * process group, COMMAND included (it is in ours): passed on as well, they would reach it
 * twice, and many tools take a second Ctrl-C as "abort now, skip the clean-up". At a
 * terminal they are left to it, as a shell leaves them to its foreground job.
 */
const TERMINAL_KEY_SIGNALS: ReadonlySet<NodeJS.Signals> = new Set(['SIGINT', 'SIGQUIT']);

interface ExecIo {
  /** Removes the secrets the run knows from a renewal failure's text. */
  redact: (text: string) => string;
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
  // Made before the token request: a folder that cannot be made fails the run without spending a token.
  const dir = tokenFolder(env);
  const file = join(dir, 'access-token');
  const guard = guardUntilCommand(dir);
  try {
    const token = await source.token();
    writeFileAtomically(file, token.accessToken);
    const keeper = keepTokenFile(source, file, { failed: (error, retryInMs) => io.report(renewalFailedLine(error, retryInMs, io.redact)) });
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
        io.report,
        guard.release
      );
    } finally {
      // Not awaited: a renewal under way when COMMAND ends is dropped (the process exits with
      // COMMAND's status), so the file goes at once and no later renewal writes it again.
      void keeper.stop();
    }
  } finally {
    guard.release();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Until COMMAND runs and its signals are passed on, a stop signal ends exec as its default
 * action would (so a calling shell sees a death by that signal and stops too), but not
 * before the folder and its token are deleted: the default action skips every `finally`.
 * `release` hands the signals over; it is idempotent.
 */
function guardUntilCommand(dir: string): { release(): void } {
  const release = () => {
    for (const signal of FORWARDED_SIGNALS) process.off(signal, stop);
  };
  const stop = (signal: NodeJS.Signals) => {
    rmSync(dir, { recursive: true, force: true });
    release();
    // Windows has no signal to die by: a process that "kills" itself there ends with status 1, which says "refused".
    if (process.platform !== 'win32') process.kill(process.pid, signal);
    process.exit(128 + constants.signals[signal]);
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, stop);
  return { release };
}

/**
 * A folder of our own (mkdtemp: 0700), so that nobody can plant or swap the file: in
 * `$XDG_RUNTIME_DIR` (memory, the user's only) when it is usable, else the temp folder. A
 * stale `XDG_RUNTIME_DIR` (after `su`, or in a container) is common.
 */
function tokenFolder(env: NodeJS.ProcessEnv): string {
  if (env.XDG_RUNTIME_DIR) {
    try {
      return mkdtempSync(join(env.XDG_RUNTIME_DIR, 'oauth-token-exec-'));
    } catch {
      // The temp folder below.
    }
  }
  return mkdtempSync(join(tmpdir(), 'oauth-token-exec-'));
}

/**
 * Whether a terminal can send our process group its Ctrl-C: we have a controlling terminal,
 * whatever our stdio is redirected to (`exec ... </dev/null >log` typed at a shell has one;
 * a `setsid` run with a terminal's stdio has none). Windows has no `/dev/tty`: see {@link passesOn}.
 */
function hasControllingTerminal(): boolean {
  try {
    closeSync(openSync('/dev/tty', 'r'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether exec passes `signal` on to COMMAND. Not a terminal's keys at a terminal
 * ({@link TERMINAL_KEY_SIGNALS}); and nothing on Windows, where every signal Node hears
 * comes from the console (Ctrl-C, Ctrl-Break, closing it), which COMMAND shares and hears
 * itself, and where passing one on could only terminate COMMAND with no clean-up.
 */
export function passesOn(signal: NodeJS.Signals, atTerminal: boolean, platform: NodeJS.Platform): boolean {
  if (platform === 'win32') return false;
  return !(atTerminal && TERMINAL_KEY_SIGNALS.has(signal));
}

/** Runs COMMAND with our stdio, passing signals on (from when `handOver` takes them from the guard); resolves to its exit status. */
function runCommand(program: string, args: string[], env: NodeJS.ProcessEnv, report: (line: string) => void, handOver: () => void): Promise<number> {
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(program, args, { env, stdio: 'inherit' });
    } catch (error) {
      // Refused before any process starts: a .cmd or .bat file on Windows (it needs a shell: `cmd /d /s /c`), a NUL in an argument.
      report(`could not run the command (${codeOf(error)})${codeOf(error) === 'EINVAL' ? batchFileHint(program, env) : ''}`);
      resolve(EXIT_NOT_RUN);
      return;
    }
    const atTerminal = hasControllingTerminal();
    const forward = (signal: NodeJS.Signals) => {
      if (passesOn(signal, atTerminal, process.platform)) child.kill(signal);
    };
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    handOver();
    const settle = (status: number) => {
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
      resolve(status);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      report(`could not run the command (${codeOf(error)})${error.code === 'ENOENT' ? batchFileHint(program, env) : ''}`);
      settle(error.code === 'ENOENT' ? EXIT_NOT_FOUND : EXIT_NOT_RUN);
    });
    child.on('exit', (code, signal) => settle(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

/**
 * On Windows, what to do when COMMAND is a batch file (`npm`, `az` and `gcloud` are
 * `npm.cmd`, ...): Node runs one only through a shell, and without one looks for `.exe`
 * and `.com` alone, so `npm` is "not found". Empty elsewhere, or when no batch file is the cause.
 */
function batchFileHint(program: string, env: NodeJS.ProcessEnv): string {
  if (process.platform !== 'win32') return '';
  const batchFile = /\.(cmd|bat)$/i.test(program) ? program : batchFileOnPath(program, env);
  if (!batchFile) return '';
  const what = batchFile === program ? `${program} is a batch file` : `${program} is ${batchFile}, a batch file`;
  return `: ${what}, which runs only through a shell: oauth-token exec [options] -- cmd /d /s /c ${program} ...`;
}

function batchFileOnPath(program: string, env: NodeJS.ProcessEnv): string | undefined {
  // Windows' variable names ignore case (often "Path"); COMMAND's environment is a plain copy that does not.
  const path = Object.entries(env).find(([name]) => name.toUpperCase() === 'PATH')?.[1] ?? '';
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const extension of ['.cmd', '.bat']) if (existsSync(join(dir, program + extension))) return program + extension;
  }
  return undefined;
}
