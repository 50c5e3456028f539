/**
 * Start-up loads what a run needs and no more (issue 7, "a token step as fast as Node
 * allows"): a direct http:// token request through the built library loads neither TLS,
 * zlib nor Node's own undici (which an ESM `import` of node:http pulls in on Node 22+),
 * and no node_modules package; a request through `https_proxy` goes through our own
 * tunnelling agent (src/core/tunnel.ts), still without a package. The CLI's bundled bin
 * keeps the same promises: its JWT code and its proxy tunnel are chunks of their own,
 * loaded only by a JWT flow and a proxied URL. The action's bundle carries no undici,
 * and its main step loads discovery and the revocation state (chunks of their own,
 * issue 14) only for a run with `issuer` or `revoke: true`; the CLI's discovery is a
 * chunk too. Each run is a fresh Node, so what it loaded is what the run needed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_ENTRY } from '../cli/run-cli.js';
import { startProxy } from '../helpers/proxy.js';
import { NODE_BINARY, parseFileCommands, REPO_ROOT, spawnCollect } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { createTestCertificates, type TestCertificates } from '../helpers/tls.js';
import { formOf, startTokenServer, tokenReply, type Reply, type TokenServer } from '../helpers/token-server.js';
import { runRecordingLoads } from './recorded-run.js';

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

test('a request through https_proxy goes through our tunnel, loading no package (no tunnel, no undici)', async () => {
  const proxy = await startProxy({ targetPort: Number(new URL(secure.origin).port) });
  try {
    const loaded = await getTokenInFreshNode({
      TOKEN_URL: 'https://auth.test/token',
      https_proxy: proxy.url,
      NODE_EXTRA_CA_CERTS: tls.caFile
    });

    expect(loaded.gotToken).toBe(true);
    expect(proxy.visits.map(({ method, target }) => ({ method, target }))).toEqual([{ method: 'CONNECT', target: 'auth.test:443' }]);
    expect(packagesIn(loaded.commonJs)).toEqual([]);
  } finally {
    await proxy.close();
  }
});

test('the action bundle carries no undici and every dist/ file stays under 1 MB', () => {
  const bundle = readFileSync(join(REPO_ROOT, 'dist', 'index.js'), 'utf8');
  // Error codes every real undici build defines; the stand-in in shims/undici has none.
  expect(bundle).not.toContain('UND_ERR_');
  expect(bundle).toContain('undici is left out of the oauth-token-action build');
  for (const file of ['index.js', 'post/index.js', 'renewer/index.js'])
    expect({ file, overOneMegabyte: statSync(join(REPO_ROOT, 'dist', file)).size > 1_000_000 }).toEqual({ file, overOneMegabyte: false });
});

const BIN_DIR = dirname(CLI_ENTRY);

interface BinLoads {
  builtins: string[];
  commonJs: string[];
  /** Every file of the repository the run loaded: the bin and the chunks it required. */
  files: string[];
}

/** Runs the bin for one token (OAUTH_* env, `--output token`) in a fresh Node; returns what it loaded. */
async function runBinInFreshNode(env: Record<string, string>): Promise<BinLoads> {
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', OAUTH_CLIENT_ID: 'startup-client', OAUTH_CLIENT_SECRET: clientSecret };
  const run = await runRecordingLoads([CLI_ENTRY, '--output', 'token'], { ...base, ...env });
  expectNoSecrets(run.stderr, [clientSecret, accessToken]);
  expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 0, stdout: `${accessToken}\n`, stderr: '' });
  return { builtins: run.builtins, commonJs: run.commonJs, files: run.files };
}

/** The one chunk in `dir` (the bin's by default) whose code holds `marker`: chunks are named by webpack ids, not by content. */
function chunkHolding(marker: string, dir = BIN_DIR): string {
  const chunks = readdirSync(dir).filter((file) => /\.index(\.cjs)?\.js$/.test(file) && readFileSync(join(dir, file), 'utf8').includes(marker));
  expect(chunks).toHaveLength(1);
  return relative(REPO_ROOT, join(dir, chunks[0]!));
}

const BIN = relative(REPO_ROOT, CLI_ENTRY);
// Markers that survive minification (scripts/minify-chunks.mjs): the names a chunk exports
// to an import() and our own message texts. The JWT chunk exports these by name; the
// proxy tunnel says this when a proxy never answers.
const jwtChunk = () => chunkHolding('signClientAssertion:()=>');
// The token request code, which a --cache hit never loads.
const requestChunk = () => chunkHolding('obtainToken:()=>');
// The core that the request, `revoke` and `exec` chunks share, split out by webpack (src/core/context.ts says this).
const sharedCoreChunk = () => chunkHolding("the runner's OIDC endpoint answered");
const proxyChunk = () => chunkHolding('did not answer CONNECT');
// Discovery builds the RFC 8414 metadata URL; the revocation state module exports its state's name.
const discoveryChunk = (dir?: string) => chunkHolding('/.well-known/oauth-authorization-server', dir);
const DIST_DIR = join(REPO_ROOT, 'dist');
const ACTION = relative(REPO_ROOT, join(DIST_DIR, 'index.js'));
const revocationStateChunk = () => chunkHolding('REVOCATION_STATE:()=>', DIST_DIR);

test('the bin is one bundled file, its request chunk and the shared core: nothing else of lib/ and no node_modules package loads for a direct request', async () => {
  const loaded = await runBinInFreshNode({ OAUTH_TOKEN_URL: plain.tokenUrl });

  expect(loaded.files).toEqual([BIN, requestChunk(), sharedCoreChunk()].sort());
  expect(packagesIn(loaded.commonJs)).toEqual([]);
  expect(loaded.builtins.filter((name) => ['tls', 'https', 'zlib', 'crypto', 'internal/deps/undici/undici'].includes(name))).toEqual([]);
  expect(plain.requests.at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from(`startup-client:${clientSecret}`).toString('base64')}`);
});

test('the bin loads its JWT chunk (and node:crypto) for client_secret_jwt, and not the proxy chunk', async () => {
  const loaded = await runBinInFreshNode({ OAUTH_TOKEN_URL: plain.tokenUrl, OAUTH_CLIENT_AUTH: 'client_secret_jwt', OAUTH_CLIENT_SECRET: `${clientSecret}-long-enough-for-hs256` });

  expect(loaded.files).toEqual([BIN, requestChunk(), sharedCoreChunk(), jwtChunk()].sort());
  expect(loaded.builtins).toContain('crypto');
  const form = formOf(plain.requests.at(-1)!);
  expect(form.client_assertion_type).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
  expect(form.client_assertion?.split('.')).toHaveLength(3);
});

test('the bin loads its proxy tunnel chunk for a URL behind https_proxy, and tunnels through the proxy', async () => {
  const proxy = await startProxy({ targetPort: Number(new URL(secure.origin).port) });
  try {
    const loaded = await runBinInFreshNode({ OAUTH_TOKEN_URL: 'https://auth.test/token', https_proxy: proxy.url, NODE_EXTRA_CA_CERTS: tls.caFile });

    expect(loaded.files).toEqual([BIN, requestChunk(), sharedCoreChunk(), proxyChunk()].sort());
    expect(proxy.visits.map(({ method, target }) => ({ method, target }))).toEqual([{ method: 'CONNECT', target: 'auth.test:443' }]);
  } finally {
    await proxy.close();
  }
});

test('the bin loads its discovery chunk for --issuer, and not for a token URL', async () => {
  const server = await startTokenServer(discoveryServer);
  try {
    const loaded = await runBinInFreshNode({ OAUTH_ISSUER: server.origin });

    expect(loaded.files).toEqual([BIN, requestChunk(), sharedCoreChunk(), discoveryChunk()].sort());
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['GET /.well-known/oauth-authorization-server', 'POST /token']);
  } finally {
    await server.close();
  }
});

/** RFC 8414 metadata naming the server itself as issuer at its well-known URL; a token for every other request. */
function discoveryServer(request: { url: string; headers: { host?: string } }): Reply {
  const origin = `http://${request.headers.host}`;
  if (request.url === '/.well-known/oauth-authorization-server') {
    return { json: { issuer: origin, token_endpoint: `${origin}/token`, revocation_endpoint: `${origin}/revoke` } };
  }
  return tokenReply({ access_token: accessToken });
}

interface ActionLoads {
  esModules: string[];
  outputs: Record<string, string>;
  state: Record<string, string>;
}

/** Runs the main step (dist/index.js) as the runner does (INPUT_* env, GITHUB_* files) in a fresh Node; returns what it loaded. */
async function runActionInFreshNode(inputs: Record<string, string>): Promise<ActionLoads> {
  const work = mkdtempSync(join(tmpdir(), 'oauth-action-loads-'));
  try {
    const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((name) => [name, join(work, name)]));
    for (const file of Object.values(files)) writeFileSync(file, '');
    const inputEnv = Object.fromEntries(
      Object.entries({ 'client-id': 'startup-client', 'client-secret': clientSecret, ...inputs }).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    );
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...files, ...inputEnv };
    const run = await runRecordingLoads([join(DIST_DIR, 'index.js')], env);
    expectNoSecrets(run.stdout + run.stderr, [clientSecret, accessToken]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    return {
      esModules: run.esModules,
      outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT!, 'utf8')),
      state: parseFileCommands(readFileSync(files.GITHUB_STATE!, 'utf8'))
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

test('the main step loads no chunk for a token URL without revoke: discovery, revocation state and JWT code stay out', async () => {
  const loaded = await runActionInFreshNode({ 'token-url': plain.tokenUrl });

  expect(loaded.esModules).toEqual([ACTION]);
  expect(loaded.outputs.access_token).toBe(accessToken);
  expect(loaded.state).toEqual({});
});

test('the main step loads its discovery chunk for issuer, and its revocation state chunk for revoke: true', async () => {
  const server = await startTokenServer(discoveryServer);
  try {
    const loaded = await runActionInFreshNode({ issuer: server.origin, revoke: 'true' });

    expect(loaded.esModules).toEqual([ACTION, discoveryChunk(DIST_DIR), revocationStateChunk()].sort());
    expect(loaded.outputs.access_token).toBe(accessToken);
    expect(JSON.parse(loaded.state.revocation!)).toMatchObject({ revocationEndpoint: `${server.origin}/revoke`, accessToken });
  } finally {
    await server.close();
  }
});
