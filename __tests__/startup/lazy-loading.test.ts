/**
 * Start-up loads what a run needs and no more (issue 7, "a token step as fast as Node
 * allows"): a direct http:// token request through the built library loads neither TLS,
 * zlib nor Node's own undici (which an ESM `import` of node:http pulls in on Node 22+),
 * and not `@actions/http-client`'s client with its tunnel and undici; a request through
 * `https_proxy` still goes through that client's tunnelling agent. The action's bundle
 * carries no undici. Each run is a fresh Node, so what it loaded is what the run needed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startProxy } from '../helpers/proxy.js';
import { NODE_BINARY, REPO_ROOT, spawnCollect } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { createTestCertificates, type TestCertificates } from '../helpers/tls.js';
import { formOf, startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'startup-secret-0123456789';
const accessToken = 'at-startup-0123456789';

/** Gets a token through lib/index.js, then prints what the process loaded (never the token). */
const childScript = `
import { createRequire } from 'node:module';
const { getToken } = await import(${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'lib', 'index.js')).href)});
const token = await getToken({ tokenUrl: process.env.TOKEN_URL, clientId: 'startup-client', clientSecret: process.env.CLIENT_SECRET });
const builtins = process.moduleLoadList.filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice(13));
const commonJs = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify({ gotToken: token.accessToken === process.env.EXPECTED_TOKEN, builtins, commonJs }));
`;

interface Loaded {
  gotToken: boolean;
  builtins: string[];
  commonJs: string[];
}

async function getTokenInFreshNode(env: Record<string, string>): Promise<Loaded> {
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CLIENT_SECRET: clientSecret, EXPECTED_TOKEN: accessToken };
  const run = await spawnCollect(NODE_BINARY, ['--input-type=module', '-e', childScript], { ...base, ...env }, 30_000);
  expectNoSecrets(run.stdout + run.stderr, [clientSecret, accessToken]);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as Loaded;
}

/** node_modules packages among loaded CommonJS files (tunnel, undici: both CommonJS). */
const packagesIn = (files: string[]) => [...new Set(files.flatMap((file) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1] ?? []))];

let plain: TokenServer;
let tls: TestCertificates;
let secure: TokenServer;

beforeAll(async () => {
  plain = await startTokenServer([tokenReply({ access_token: accessToken })]);
  tls = createTestCertificates();
  secure = await startTokenServer([tokenReply({ access_token: accessToken })], { tls: { key: tls.key, cert: tls.cert } });
});

afterAll(async () => {
  await Promise.all([plain.close(), secure.close()]);
  tls.remove();
});

test('a direct http:// request loads no TLS, zlib, undici or @actions/http-client client', async () => {
  const loaded = await getTokenInFreshNode({ TOKEN_URL: plain.tokenUrl });

  expect(loaded.gotToken).toBe(true);
  expect(plain.requests.map((request) => [request.method, formOf(request).grant_type])).toEqual([['POST', 'client_credentials']]);
  // An ESM import of node:http on Node 22+ loads internal/deps/undici/undici, and with it tls and zlib.
  expect(loaded.builtins.filter((name) => ['tls', 'https', 'zlib', 'internal/deps/undici/undici'].includes(name))).toEqual([]);
  expect(packagesIn(loaded.commonJs)).toEqual([]);
});

test('a request through https_proxy loads @actions/http-client and goes through its tunnel', async () => {
  const proxy = await startProxy({ targetPort: Number(new URL(secure.origin).port) });
  try {
    const loaded = await getTokenInFreshNode({
      TOKEN_URL: 'https://auth.test/token',
      https_proxy: proxy.url,
      NODE_EXTRA_CA_CERTS: tls.caFile
    });

    expect(loaded.gotToken).toBe(true);
    expect(proxy.visits.map(({ method, target }) => ({ method, target }))).toEqual([{ method: 'CONNECT', target: 'auth.test:443' }]);
    expect(packagesIn(loaded.commonJs)).toContain('tunnel');
  } finally {
    await proxy.close();
  }
});

test('the action bundle carries no undici and every dist/ file stays under 1 MB', () => {
  const bundle = readFileSync(join(REPO_ROOT, 'dist', 'index.js'), 'utf8');
  // Error codes every real undici build defines; the stand-in in shims/undici has none.
  expect(bundle).not.toContain('UND_ERR_');
  expect(bundle).toContain('undici is left out of the oauth-token-action build');
  for (const file of ['index.js', 'post.js']) expect({ file, overOneMegabyte: statSync(join(REPO_ROOT, 'dist', file)).size > 1_000_000 }).toEqual({ file, overOneMegabyte: false });
});
