/**
 * Installing from git, as the README's install lines do until (and besides) npm:
 *
 *     npx --yes github:org/oauth-token-action#v1 --help
 *     npm install --global github:org/oauth-token-action#v1
 *
 * with `github:org/oauth-token-action` replaced by the git+file:// URL of a repository
 * holding the working tree (committed as it is, tagged v1), on Node 20 and Node 24, plus
 * `npm install` of that URL into a consumer project that imports the library and
 * type-checks against its declarations. The committed lib/ is the package: npm prepares
 * nothing (no devDependencies, no build), so a git install is as fast as a registry one.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODES, SLOW, consumerTsconfig, ownStderr, runOk, typecheckConsumer, userEnv } from '../helpers/consumer.js';
import { REPO_ROOT, spawnCollect } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'git-install-secret-0123456789';
const accessToken = 'at-from-git-install-0123456789';
const work = mkdtempSync(join(tmpdir(), 'oauth-git-install-'));
const repository = join(work, 'repository');
/** What the README's `github:org/oauth-token-action#v1` becomes here. */
const gitUrl = `git+${pathToFileURL(repository).href}#v1`;
let server: TokenServer;

/**
 * Per Node version: its own npm cache, so npx installs anew on each Node rather than
 * reusing the other's, and its own global prefix.
 */
function npmEnv(node: string): Record<string, string> {
  const home = join(work, `npm-${node === NODES[20] ? 20 : 24}`);
  return userEnv(node, { npm_config_cache: join(home, 'cache'), npm_config_prefix: join(home, 'global') });
}

/** The working tree as `git add -A` would commit it (ignored files left out), committed and tagged v1. */
function commitWorkingTree(): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
  for (const file of listed.split('\0').filter((path) => path && existsSync(join(REPO_ROOT, path)))) {
    mkdirSync(dirname(join(repository, file)), { recursive: true });
    copyFileSync(join(REPO_ROOT, file), join(repository, file));
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repository });
  git('init', '--quiet');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'working tree');
  git('tag', 'v1');
}

beforeAll(async () => {
  server = await startTokenServer((request) =>
    request.headers.authorization === `Basic ${Buffer.from(`git-client:${clientSecret}`).toString('base64')}`
      ? { json: { access_token: accessToken, token_type: 'Bearer', expires_in: 600 } }
      : { status: 401, json: { error: 'invalid_client' } }
  );
  mkdirSync(repository);
  commitWorkingTree();
}, SLOW);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

test('the committed package needs no preparation: lib/ is in the repository and no script makes npm install devDependencies to build it', () => {
  for (const file of ['lib/index.js', 'lib/index.d.ts', 'lib/bin/oauth-token.js']) expect(existsSync(join(repository, file))).toBe(true);
  // npm (pacote) runs `npm install` with every devDependency in a git dependency's clone when one of these scripts exists.
  const { scripts } = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(Object.keys(scripts).filter((name) => ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall'].includes(name))).toEqual([]);
});

test.each(Object.entries(NODES))(
  'npx --yes <git url>#v1 --help prints the usage on Node %s',
  async (major, node) => {
    const env = npmEnv(node);
    expect((await runOk('node', ['--version'], work, env)).stdout).toMatch(new RegExp(`^v${major}\\.`));
    const help = await spawnCollect('npx', ['--yes', gitUrl, '--help'], env, SLOW, work);
    expect({ code: help.code, stderr: ownStderr(help.stderr) }).toEqual({ code: 0, stderr: [] });
    expect(help.stdout).toMatch(/^Usage: oauth-token \[options\]/m);
    expect(help.stdout).toContain('--client-secret');
  },
  SLOW
);

test.each(Object.entries(NODES))(
  'npm install --global <git url>#v1 gives an oauth-token command that gets a token on Node %s',
  async (major, node) => {
    const env = npmEnv(node);
    await runOk('npm', ['install', '--global', '--no-audit', '--no-fund', gitUrl], work, env);
    const shell = { ...env, PATH: [join(env.npm_config_prefix!, 'bin'), env.PATH].join(delimiter), OAUTH_CLIENT_SECRET: clientSecret };
    const found = await runOk('sh', ['-c', 'node --version && command -v oauth-token'], work, shell);
    expect(found.stdout).toMatch(new RegExp(`^v${major}\\..*\\n.*npm-${major}/global/bin/oauth-token\\n$`, 's'));
    const cli = await spawnCollect('oauth-token', ['--token-url', server.tokenUrl, '--client-id', 'git-client'], shell, SLOW, work);
    expect({ code: cli.code, stdout: cli.stdout, stderr: ownStderr(cli.stderr) }).toEqual({ code: 0, stdout: `${accessToken}\n`, stderr: [] });
  },
  SLOW
);

const LIBRARY_SCRIPT = `
import { getToken } from 'oauth-token-action';
const token = await getToken({ tokenUrl: process.argv[1], clientId: 'git-client', clientSecret: process.env.SECRET });
console.log(JSON.stringify({ node: process.versions.node.split('.')[0], accessToken: token.accessToken, tokenType: token.tokenType }));
`;

const CONSUMER_TS = `
import { getToken, TokenRequestError, type Token } from 'oauth-token-action';
export const token: Promise<Token> = getToken({ tokenUrl: 'https://auth.example/token', clientId: 'id' });
export const refused = (error: unknown): number | undefined => (error instanceof TokenRequestError ? error.status : undefined);
// @ts-expect-error the token is not a string
export const notAString: string = await getToken({ clientId: 'id' });
`;

test(
  'npm install <git url>#v1 in a project: the library imports on Node 20 and 24 and its declarations type-check',
  async () => {
    const consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await runOk('npm', ['install', '--no-audit', '--no-fund', gitUrl], consumer, npmEnv(NODES[20]));
    expect(existsSync(join(consumer, 'node_modules', '@actions', 'core'))).toBe(false);

    for (const [major, node] of Object.entries(NODES)) {
      const library = await runOk(node, ['--input-type=module', '-e', LIBRARY_SCRIPT, server.tokenUrl], consumer, userEnv(node, { SECRET: clientSecret }));
      expect(JSON.parse(library.stdout)).toEqual({ node: major, accessToken, tokenType: 'Bearer' });
      expectNoSecrets(library.stderr, [clientSecret, accessToken]);
    }

    writeFileSync(join(consumer, 'index.ts'), CONSUMER_TS);
    writeFileSync(join(consumer, 'tsconfig.json'), consumerTsconfig(['index.ts']));
    const checked = await typecheckConsumer(consumer);
    expect({ code: checked.code, errors: checked.stdout }).toEqual({ code: 0, errors: '' });
  },
  SLOW
);
