/**
 * Runs the built CLI (`node lib/bin/oauth-token.js`, the bundled file the `oauth-token`
 * bin points at) with exactly the given environment, as a CI job or a shell would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_BINARY, REPO_ROOT, spawnCollect } from '../helpers/run-action.js';

const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

/** The published bin, read from package.json so that tests run exactly what `npx oauth-token` runs. */
export const CLI_ENTRY = join(REPO_ROOT, packageJson.bin['oauth-token']!);

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bin; a run still going after `timeoutMs` is killed and has no exit code. */
export async function runCli(args: string[], env: Record<string, string> = {}, timeoutMs = 30_000): Promise<CliRun> {
  if (!existsSync(CLI_ENTRY)) throw new Error(`${CLI_ENTRY} is missing: run "npm run build:lib" (npm test does it first)`);
  return spawnCollect(NODE_BINARY, [CLI_ENTRY, ...args], { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, timeoutMs);
}

/** The lines a run printed on stderr. */
export function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line.length > 0);
}
