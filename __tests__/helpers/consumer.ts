/**
 * A user's shell for the install tests (pack, git): the machine's Node 20 or the `node`
 * package's Node 24 first on PATH, without what jest and `npm test` add (node_modules/.bin,
 * npm_* config, NODE_OPTIONS), so npm, npx and the installed bin run as a user runs them.
 */
import { existsSync } from 'node:fs';
import { delimiter, dirname, join, sep } from 'node:path';
import { REPO_ROOT, spawnCollect } from './run-action.js';

/** Installs and several runs: minutes on a loaded 2-core machine, seconds otherwise. */
export const SLOW = 300_000;

/** PATH as a user's shell has it: without the node_modules/.bin dirs that `npm test` and `npx jest` add. */
const USER_PATH = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir && !dir.includes(`${sep}node_modules${sep}`));

/**
 * The machine's own Node (20, the `engines` floor). Not `process.execPath`: under
 * `npm test` jest runs on node_modules/.bin/node, the Node 24 of the `node` package.
 */
function systemNode(): string {
  const found = USER_PATH.map((dir) => join(dir, 'node')).find((candidate) => existsSync(candidate));
  if (!found) throw new Error('no node on PATH outside node_modules');
  return found;
}

/** The two Node versions the CLI and library support, by major. */
export const NODES = { 20: systemNode(), 24: join(REPO_ROOT, 'node_modules', 'node', 'bin', 'node') };

/** The environment a user's shell has, with `node` (and so npm and npx) being `node`. */
export function userEnv(node: string, extra: Record<string, string> = {}): Record<string, string> {
  const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !/^(npm_|NODE_OPTIONS$|JEST_|INIT_CWD$)/i.test(entry[0]));
  const path = [dirname(node), ...USER_PATH].join(delimiter);
  return { ...Object.fromEntries(inherited), PATH: path, npm_config_update_notifier: 'false', ...extra };
}

/** Runs a command that must succeed; its stderr tail is the failure message. */
export async function runOk(command: string, args: string[], cwd: string, env: Record<string, string>) {
  const result = await spawnCollect(command, args, env, SLOW, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.code}): ${result.stderr.slice(-2000)}`);
  return result;
}

/** What a run printed on stderr besides npm's own warnings (about the machine's npm config). */
export function ownStderr(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.length > 0 && !line.startsWith('npm warn'));
}

/** A consumer's tsconfig: strict NodeNext, declarations of its dependencies checked too (skipLibCheck off). */
export function consumerTsconfig(files: string[]): string {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      // Settings stricter than `strict` that a consumer may have: the declarations must serve them too.
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: false,
      types: ['node'],
      typeRoots: [join(REPO_ROOT, 'node_modules', '@types')]
    },
    files
  });
}

/** Type-checks the consumer project in `cwd` with the repository's TypeScript. */
export function typecheckConsumer(cwd: string) {
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  return spawnCollect(process.execPath, [tsc, '-p', 'tsconfig.json'], userEnv(process.execPath), SLOW, cwd);
}
