/**
 * Runs GitLab pipelines on this machine with gitlab-ci-local (shell executor, no
 * container): a throw-away repository whose origin is the component's project
 * (gitlab.example.com/org/oauth-token-action), so that `include: component:` of that
 * project at the checked-out commit resolves to the working copy, as on GitLab.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { REPO_ROOT, spawnCollect } from '../helpers/run-action.js';
import type { RecordedRequest, TokenServer } from '../helpers/token-server.js';

/** npx installs the packed CLI in each job: slow on a loaded machine. */
export const SLOW = 240_000;
/** gitlab-ci-local needs Node 22+: the Node 24 of the `node` dev dependency. */
const NODE_24_BIN = join(REPO_ROOT, 'node_modules', 'node', 'bin');
const GITLAB_CI_LOCAL = join(REPO_ROOT, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');
export const ORIGIN = 'https://gitlab.example.com/org/oauth-token-action.git';

export interface PipelineRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The requests the server got during the run. */
  requests: RecordedRequest[];
  /** Each job's log, as gitlab-ci-local saves it. */
  logs: Record<string, string>;
  /** The artifacts the run saved (the next run starts afresh): path, content. */
  artifacts: Array<[string, string]>;
}

/** The machine's PATH with Node 24 first: the jobs run `node` and `npx` from it. */
export function jobEnv(): Record<string, string> {
  return {
    PATH: [NODE_24_BIN, process.env.PATH ?? ''].join(':'),
    HOME: process.env.HOME ?? '/root',
    // The CLI's one dependency is in npm's cache since `npm ci`.
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false'
  };
}

/** `npm pack` of this checkout (lib/ as `npm run build:lib` left it) into `dir`; the tarball's path. */
export async function packCli(dir: string): Promise<string> {
  const packed = await spawnCollect('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], jobEnv(), SLOW);
  if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  return join(dir, packed.stdout.trim().split('\n').pop()!);
}

/**
 * Creates `project`, a repository with origin {@link ORIGIN}, holding the component and
 * `files` (path: text, or `{ copy: path }`), all committed.
 */
export async function createProject(project: string, files: Record<string, string | { copy: string }>): Promise<void> {
  const all = { 'templates/oauth-token.yml': { copy: join(REPO_ROOT, 'templates', 'oauth-token.yml') }, ...files };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    if (typeof content === 'string') writeFileSync(join(project, path), content);
    else copyFileSync(content.copy, join(project, path));
  }
  const git = (args: string[]) => spawnCollect('git', args, { PATH: process.env.PATH ?? '', HOME: project, GIT_CONFIG_NOSYSTEM: '1' }, 30_000, project);
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['remote', 'add', 'origin', ORIGIN],
    ['add', '-A'],
    ['-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-qm', 'component under test'],
    // gitlab-ci-local asks for the remote's default branch.
    ['update-ref', 'refs/remotes/origin/main', 'HEAD'],
    ['symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main']
  ]) {
    const result = await git(args);
    if (result.code !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
  }
}

/** Runs the pipeline of `project` (or `jobs` of it) with these CI/CD variables; collects output, requests and job logs. */
export async function runPipeline(
  project: string,
  variables: Record<string, string>,
  options: { jobs?: string[]; args?: string[]; server?: TokenServer } = {}
): Promise<PipelineRun> {
  // jest.config.js leaves these tests out without rsync, except in CI: say why they fail there.
  if (spawnSync('sh', ['-c', 'command -v rsync'], { stdio: 'ignore' }).status !== 0) {
    throw new Error('gitlab-ci-local copies job files with rsync, which is not on PATH: install it (apt-get install rsync, brew install rsync)');
  }
  const before = options.server?.requests.length ?? 0;
  const variableArgs = Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]);
  const result = await spawnCollect(
    join(NODE_24_BIN, 'node'),
    [GITLAB_CI_LOCAL, '--no-color', ...(options.args ?? []), ...variableArgs, ...(options.jobs ?? [])],
    jobEnv(),
    SLOW,
    project
  );
  const outputDir = join(project, '.gitlab-ci-local', 'output');
  const logFiles = existsSync(outputDir) ? readdirSync(outputDir) : [];
  const logs = Object.fromEntries(logFiles.map((file) => [file.replace(/\.log$/, ''), readFileSync(join(outputDir, file), 'utf8')]));
  const artifactsDir = join(project, '.gitlab-ci-local', 'artifacts');
  const artifacts = existsSync(artifactsDir) ? filesUnder(artifactsDir).map((file): [string, string] => [relative(artifactsDir, file), readFileSync(file, 'utf8')]) : [];
  return { ...result, requests: options.server?.requests.slice(before) ?? [], logs, artifacts };
}

/** Every file under `dir`, packed tarballs and git's objects aside. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === '.git' || name.endsWith('.tgz')) return [];
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
