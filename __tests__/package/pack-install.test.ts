/**
 * The published package as a user gets it: `npm pack` from a copy of what is committed
 * (the built lib/ included: `npm publish` ships it as it is, with no build step), the
 * tarball installed into a fresh consumer project, then `npx oauth-token-action` on Node 20
 * and Node 24, `import { getToken }` on both, and a consumer .ts file type-checked against
 * the shipped declarations.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODES, SLOW, consumerTsconfig, ownStderr, runOk as run, typecheckConsumer, userEnv as shellEnv } from '../helpers/consumer.js';
import { REPO_ROOT, spawnCollect } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type Reply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'pack-secret-0123456789';
const accessToken = 'at-packed-0123456789';

const work = mkdtempSync(join(tmpdir(), 'oauth-pack-'));
const source = join(work, 'source');
const consumer = join(work, 'consumer');
let server: TokenServer;
let packedFiles: string[];

/** npm_config_yes=false: npx must run the installed bin, never fetch one. */
function userEnv(node: string, extra: Record<string, string> = {}): Record<string, string> {
  return shellEnv(node, { npm_config_yes: 'false', ...extra });
}

/** DataCrunch-shaped token endpoint: a JSON body; client "refused-client" gets RFC 6749 §5.2 invalid_client. */
function datacrunch(request: { body: string }): Reply {
  const body = JSON.parse(request.body) as Record<string, string>;
  if (body.client_id === 'refused-client') return { status: 401, json: { error: 'invalid_client', error_description: 'Unknown client' } };
  if (body.client_secret !== clientSecret) return { status: 400, json: { error: 'invalid_request' } };
  return { json: { access_token: accessToken, token_type: 'Bearer', expires_in: 3600, refresh_token: 'rt-packed-0123' } };
}

beforeAll(async () => {
  server = await startTokenServer(datacrunch);
  mkdirSync(source);
  for (const entry of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'LICENSE', 'src', 'lib']) {
    cpSync(join(REPO_ROOT, entry), join(source, entry), { recursive: true });
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
  const env = userEnv(NODES[20]);
  expect((await run('node', ['--version'], source, env)).stdout).toMatch(/^v20\./);
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], source, env);
  const [manifest] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packedFiles = manifest!.files.map((file) => file.path).sort();

  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', join(work, manifest!.filename), '--prefer-offline', '--no-audit', '--no-fund'], consumer, env);
}, SLOW);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the built lib/ with declarations, the bundled bin and its licenses, README, LICENSE, and nothing of the tests or sources', () => {
  expect(packedFiles).toEqual(
    expect.arrayContaining([
      'package.json',
      'README.md',
      'LICENSE',
      'lib/index.js',
      'lib/index.d.ts',
      'lib/bin/oauth-token.js',
      'lib/bin/package.json',
      'lib/bin/licenses.txt',
      'lib/core/get-token.d.ts'
    ])
  );
  // lib/bin/package.json marks the bundled bin and its chunks as CommonJS.
  expect(packedFiles.filter((path) => !/^(lib\/.+\.(js|d\.ts)|lib\/esm-only\.cjs|lib\/bin\/(licenses\.txt|package\.json)|package\.json|README\.md|LICENSE)$/.test(path))).toEqual(
    []
  );
  expect(packedFiles.filter((path) => /__tests__|\.test\.|^lib\/action\//.test(path))).toEqual([]);
  // The bin is the bundle alone: no unbundled entry beside it for anyone to run by mistake.
  expect(packedFiles.filter((file) => file.startsWith('lib/cli/'))).toEqual([]);
});

test('the consumer gets no @actions/core: the package does not need it', () => {
  expect(existsSync(join(consumer, 'node_modules', 'oauth-token-action', 'lib', 'index.js'))).toBe(true);
  expect(existsSync(join(consumer, 'node_modules', '@actions', 'core'))).toBe(false);
});

test.each(Object.entries(NODES))(
  'npx oauth-token-action --provider datacrunch prints a usable token on Node %s',
  async (major, node) => {
    const env = userEnv(node, { OAUTH_CLIENT_ID: 'packed-client', OAUTH_CLIENT_SECRET: clientSecret });
    const shellNode = await run('sh', ['-c', 'node --version'], consumer, env);
    expect(shellNode.stdout).toMatch(new RegExp(`^v${major}\\.`));
    const cli = await spawnCollect('npx', ['oauth-token-action', '--provider', 'datacrunch', '--token-url', server.tokenUrl], env, SLOW, consumer);
    expect({ code: cli.code, stdout: cli.stdout, stderr: ownStderr(cli.stderr) }).toEqual({ code: 0, stdout: `${accessToken}\n`, stderr: [] });
  },
  SLOW
);

const LIBRARY_SCRIPT = `
import { getToken, providers, TokenRequestError } from 'oauth-token-action';
const tokenUrl = process.argv[1];
const token = await getToken({ provider: 'datacrunch', tokenUrl, clientId: 'packed-client', clientSecret: process.env.SECRET });
let refusal;
try {
  await getToken({ provider: 'datacrunch', tokenUrl, clientId: 'refused-client', clientSecret: process.env.SECRET });
} catch (error) {
  refusal = { isTokenRequestError: error instanceof TokenRequestError, status: error.status, error: error.error, errorDescription: error.errorDescription };
}
console.log(JSON.stringify({ token, refusal, presets: Object.keys(providers), frozen: Object.isFrozen(providers) }));
`;

test.each(Object.entries(NODES))(
  'import { getToken } from the installed package works on Node %s',
  async (_major, node) => {
    const library = await run(node, ['--input-type=module', '-e', LIBRARY_SCRIPT, server.tokenUrl], consumer, userEnv(node, { SECRET: clientSecret }));
    const result = JSON.parse(library.stdout) as Record<string, unknown>;
    expect(result).toEqual({
      token: expect.objectContaining({ accessToken, tokenType: 'Bearer', expiresIn: 3600, refreshToken: 'rt-packed-0123' }),
      refusal: { isTokenRequestError: true, status: 401, error: 'invalid_client', errorDescription: 'Unknown client' },
      presets: expect.arrayContaining(['generic', 'datacrunch', 'understory', 'crayon', 'bitquery']),
      frozen: true
    });
    expectNoSecrets(library.stderr, [clientSecret, accessToken]);
  },
  SLOW
);

test.each(Object.entries(NODES))(
  "require('oauth-token-action') on Node %s fails with one line saying what to write instead",
  async (_major, node) => {
    const cjs = await spawnCollect(node, ['-e', "try { require('oauth-token-action') } catch (error) { console.log(error.code, error.message) }"], userEnv(node), SLOW, consumer);
    expect([cjs.code, cjs.stdout]).toEqual([0, "ERR_REQUIRE_ESM oauth-token-action is an ES module: from CommonJS, load it with await import('oauth-token-action')\n"]);
  },
  SLOW
);

const CONSUMER_TS = `
import { getToken, providers, TokenRequestError, type Token, type TokenOptions } from 'oauth-token-action';

const options: TokenOptions = { provider: 'datacrunch', clientId: 'id', clientSecret: process.env.SECRET };

export async function authorization(): Promise<string> {
  try {
    const token: Token = await getToken(options);
    const expiresIn: number | undefined = token.expiresIn;
    return \`\${token.tokenType} \${token.accessToken} \${expiresIn ?? ''}\`;
  } catch (error) {
    if (error instanceof TokenRequestError) {
      const status: number | undefined = error.status;
      const code: string | undefined = error.error;
      throw new Error(\`refused: \${status} \${code} \${error.errorDescription ?? ''}\`);
    }
    throw error;
  }
}

export const datacrunchUrl: string | undefined = providers['datacrunch']?.tokenUrl;

// @ts-expect-error clientId is a string
void getToken({ clientId: 42 });
// @ts-expect-error the token is not a string
export const notAString: string = await getToken(options);
// @ts-expect-error the preset table is read-only
providers.generic = providers.datacrunch;
`;

/** The package is ESM only: a CommonJS file's `import` (compiled to `require`) must not type-check, or it would fail at run time. */
const CONSUMER_CTS = `
// @ts-expect-error the "require" condition has no types: CommonJS uses await import()
import { getToken } from 'oauth-token-action';
export const fetchToken = getToken;
`;

test(
  'a consumer .ts file type-checks against the shipped declarations (and a wrong one, or a CommonJS require, does not)',
  async () => {
    writeFileSync(join(consumer, 'index.ts'), CONSUMER_TS);
    writeFileSync(join(consumer, 'require.cts'), CONSUMER_CTS);
    writeFileSync(join(consumer, 'tsconfig.json'), consumerTsconfig(['index.ts', 'require.cts']));
    const checked = await typecheckConsumer(consumer);
    expect({ code: checked.code, errors: checked.stdout }).toEqual({ code: 0, errors: '' });
  },
  SLOW
);
