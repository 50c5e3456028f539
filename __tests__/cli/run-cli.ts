/**
 * Runs the built CLI (`node lib/cli/main.js`, what the `oauth-token` bin points at) with
 * exactly the given environment, as a CI job or a shell would.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_BINARY, REPO_ROOT, spawnCollect } from '../helpers/run-action.js';

export const CLI_ENTRY = join(REPO_ROOT, 'lib', 'cli', 'main.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  if (!existsSync(CLI_ENTRY)) throw new Error(`${CLI_ENTRY} is missing: run "npm run build:lib" (npm test does it first)`);
  return spawnCollect(NODE_BINARY, [CLI_ENTRY, ...args], { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, 30_000);
}

/** The lines a run printed on stderr. */
export function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line.length > 0);
}
