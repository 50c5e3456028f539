/**
 * Runs the built action exactly as the GitHub runner does: `node dist/index.js` (or
 * `dist/post/index.js`) with `INPUT_<NAME>` env vars (hyphens kept), and `GITHUB_OUTPUT`,
 * `GITHUB_ENV`, `GITHUB_STATE` and `GITHUB_STEP_SUMMARY` files.
 *
 * `ACTION_NODE` picks the Node binary; by default the one running the tests (under
 * `npm test` that is the `node` package's Node 24). CI runs them on the machine's Node too.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
export const NODE_BINARY = process.env.ACTION_NODE || process.execPath;

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Variables written to GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** Values written with saveState, keyed by name. */
  state: Record<string, string>;
  summary: string;
}

export interface RunOptions {
  /** Extra environment (e.g. RUNNER_DEBUG, STATE_*, ACTIONS_ID_TOKEN_REQUEST_URL). */
  env?: Record<string, string>;
  entry?: 'index' | 'post';
  timeoutMs?: number;
}

/** Parses the `name<<delimiter` / `name=value` file-command format. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      result[name!] = value.join('\n');
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return result;
}

export async function runAction(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'oauth-action-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' };
  const fileEnv: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) {
    fileEnv[name] = join(dir, file);
    writeFileSync(fileEnv[name]!, '');
  }
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  // GITHUB_ACTIONS: set by the runner for every step.
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GITHUB_ACTIONS: 'true', ...fileEnv, ...inputEnv, ...options.env };
  const script = join(REPO_ROOT, 'dist', ...(options.entry === 'post' ? ['post', 'index.js'] : ['index.js']));
  try {
    const { code, stdout, stderr } = await spawnCollect(NODE_BINARY, [script], env, options.timeoutMs ?? 60_000);
    const read = (name: string) => readFileSync(fileEnv[name]!, 'utf8');
    return {
      code,
      stdout,
      stderr,
      outputs: parseFileCommands(read('GITHUB_OUTPUT')),
      exportedEnv: parseFileCommands(read('GITHUB_ENV')),
      state: parseFileCommands(read('GITHUB_STATE')),
      summary: read('GITHUB_STEP_SUMMARY')
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Spawns a process with exactly `env`, collecting its output; kills it after `timeoutMs`. */
export function spawnCollect(
  command: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
  cwd: string = REPO_ROOT
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** The values `::add-mask::` lines registered. */
export function maskedValues(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
}
