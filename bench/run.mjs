/**
 * `npm run bench [-- --runs N | --quick] [-- --node PATH]`: how long a token step takes,
 * next to the floor Node allows.
 *
 * A loopback token server answers every candidate; each candidate is a whole process
 * (start-up, one token request, exit), timed from spawn to exit. The candidates are
 * interleaved run by run, so machine noise hits them all alike, and each run's wall
 * time is divided by each floor's of the same round: the ratios hold on a busy machine
 * even when the milliseconds do not. Two floors: a bare node:http script (the CLI's)
 * and the same request from a minimal action on `@actions/core` (the action's, bundled
 * by ncc into .bench/ at the start of each run). Peak RSS comes from `/usr/bin/time`
 * (else from the process itself), a node process's CPU time from bench/usage-probe.cjs.
 *
 * Every run must get the token, so the benchmark cannot pass while the thing it
 * measures is broken; the timing targets are reported, never enforced.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = path.join(ROOT, 'bench');
const TIME = '/usr/bin/time';
const CLIENT_ID = 'bench-client';
const CLIENT_SECRET = 'bench-client-secret-not-real';
const ACCESS_TOKEN = 'bench-access-token-not-real';

/** The rows every other row is divided by: the CLI's floor and the action's. */
const FLOOR = 'node:http floor';
const CORE_FLOOR = '@actions/core floor';
/** Issue 12: runs that do (almost) no work are held to a bare Node start. */
const START = 'node, empty script';
const FLOORS = [FLOOR, CORE_FLOOR];
const DIST_FILE_BYTES = 1_000_000;

const options = parseCommandLine();
const server = await startTokenServer();
const workDir = mkdtempSync(path.join(os.tmpdir(), 'oauth-token-bench-'));
try {
  const candidates = defineCandidates(server, options.node, workDir);
  const measured = candidates.filter((candidate) => !candidate.skip);
  for (const candidate of measured) await candidate.prepare?.();
  const samples = await measureInterleaved(measured, options);
  printReport(candidates, samples, options);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
  await server.close();
}

function parseCommandLine() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      node: { type: 'string', default: process.execPath },
      help: { type: 'boolean', default: false }
    }
  });
  if (values.help) {
    console.log('npm run bench [-- --runs N] [-- --quick] [-- --node /path/to/node]');
    process.exit(0);
  }
  const runs = values.runs === undefined ? (values.quick ? 3 : 20) : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`bench: --runs must be a whole number of at least 1 (got "${values.runs}")`);
    process.exit(2);
  }
  return { runs, warmup: values.quick ? 1 : 3, node: values.node };
}

/** A token endpoint on 127.0.0.1 that answers a client_credentials request with Basic auth. */
async function startTokenServer() {
  const expectedAuth = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`;
  const sockets = new Set();
  let requestCount = 0;
  const httpServer = http.createServer((req, res) => {
    requestCount++;
    let body = '';
    req.setEncoding('utf8').on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const valid =
        req.method === 'POST' && req.url === '/token' && req.headers.authorization === expectedAuth && new URLSearchParams(body).get('grant_type') === 'client_credentials';
      const answer = valid
        ? { access_token: ACCESS_TOKEN, token_type: 'Bearer', expires_in: 3600 }
        : { error: 'invalid_request', error_description: `bench server: unexpected ${req.method} ${req.url}` };
      res.writeHead(valid ? 200 : 400, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(answer));
    });
  });
  httpServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    tokenUrl: `http://127.0.0.1:${httpServer.address().port}/token`,
    requestCount: () => requestCount,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        httpServer.close(resolve);
      })
  };
}

/**
 * What is timed, one entry per row. `isNode` candidates can carry the usage probe;
 * `succeeded` proves the run really got the token; `skip` says why a candidate is left
 * out; `prepare` runs once before the first round; `targets` are the issue's limits on
 * the row, as ratios to a floor row (`wall`: the median of per-round wall-time ratios;
 * `rss`: the ratio of median peak RSS).
 */
function defineCandidates(server, node, dir) {
  const { tokenUrl } = server;
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir() };
  const request = { ...base, TOKEN_URL: tokenUrl, CLIENT_ID, CLIENT_SECRET };
  const printsToken = (stdout) => stdout.trim() === ACCESS_TOKEN;
  const runner = (name) => runnerStep(path.join(dir, name), base, { 'token-url': tokenUrl, 'client-id': CLIENT_ID, 'client-secret': CLIENT_SECRET });
  // The published bin: the bundled lib/bin/oauth-token.js, as `npx oauth-token` runs it.
  const { bin } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const cliEntry = path.join(ROOT, bin['oauth-token']);
  const libraryEntry = path.join(ROOT, 'lib', 'index.js');
  const coreFloor = path.join(ROOT, '.bench', 'actions-core-floor');
  const curl = findOnPath('curl');
  const missing = (file, how) => (existsSync(file) ? undefined : `${path.relative(ROOT, file)} not built (${how})`);
  return [
    { name: 'node, empty script', detail: 'start-up alone, no request', isNode: true, command: node, args: ['-e', ''], env: base, succeeded: () => true },
    {
      name: FLOOR,
      detail: 'bench/floor-node-http.cjs: require, request, print',
      isNode: true,
      command: node,
      args: [path.join(BENCH, 'floor-node-http.cjs')],
      env: request,
      succeeded: printsToken
    },
    {
      name: CORE_FLOOR,
      detail: 'bench/actions-core-floor.mjs bundled by ncc into .bench/: three inputs, the POST with node:http, setSecret, two setOutput; runner env as the action',
      isNode: true,
      command: node,
      args: [path.join(coreFloor, 'index.mjs')],
      ...runner('core-floor'),
      prepare: () => bundle(path.join(BENCH, 'actions-core-floor.mjs'), coreFloor)
    },
    {
      name: 'node:http as ESM',
      detail: 'bench/floor-node-http-esm.mjs: the floor behind an ESM `import` of node:http',
      isNode: true,
      command: node,
      args: [path.join(BENCH, 'floor-node-http-esm.mjs')],
      env: request,
      succeeded: printsToken
    },
    {
      name: 'curl',
      detail: 'curl -u id:secret -d grant_type=client_credentials',
      command: curl,
      args: ['-sS', '--fail', '-u', `${CLIENT_ID}:${CLIENT_SECRET}`, '-d', 'grant_type=client_credentials', tokenUrl],
      env: base,
      succeeded: (stdout) => stdout.includes(`"${ACCESS_TOKEN}"`),
      skip: curl ? undefined : 'curl not found on PATH'
    },
    {
      name: 'action',
      detail: 'node dist/index.js, INPUT_* env, GITHUB_OUTPUT and step summary files as on a runner',
      isNode: true,
      command: node,
      args: [path.join(ROOT, 'dist', 'index.js')],
      ...runner('action'),
      skip: missing(path.join(ROOT, 'dist', 'index.js'), 'npm run bundle'),
      targets: [
        { floor: CORE_FLOOR, wall: 1.05 },
        { floor: CORE_FLOOR, rss: 1.05 }
      ]
    },
    {
      name: 'CLI',
      detail: `node ${path.relative(ROOT, cliEntry)} (the bundled bin) --output token, OAUTH_* env`,
      isNode: true,
      command: node,
      args: [cliEntry, '--output', 'token'],
      env: { ...base, OAUTH_TOKEN_URL: tokenUrl, OAUTH_CLIENT_ID: CLIENT_ID, OAUTH_CLIENT_SECRET: CLIENT_SECRET },
      succeeded: printsToken,
      skip: missing(cliEntry, 'npm run build:lib'),
      targets: [{ floor: FLOOR, wall: 1.15 }]
    },
    cacheHitCandidate(server, node, cliEntry, dir, base, printsToken, missing),
    {
      name: 'post step, nothing to do',
      detail: 'node dist/post/index.js with no STATE_* and no revoke, as at the end of every job that did not ask for one',
      isNode: true,
      command: node,
      args: [path.join(ROOT, 'dist', 'post', 'index.js')],
      env: { ...base, 'INPUT_TOKEN-URL': tokenUrl, 'INPUT_CLIENT-ID': CLIENT_ID, INPUT_REVOKE: 'false', GITHUB_STATE: path.join(dir, 'github-state') },
      succeeded: (stdout) => stdout === '',
      skip: missing(path.join(ROOT, 'dist', 'post', 'index.js'), 'npm run bundle'),
      targets: [{ floor: START, wall: 1.1 }]
    },
    {
      name: 'library',
      detail: 'bench/library.mjs: import { getToken } from lib/index.js',
      isNode: true,
      command: node,
      args: [path.join(BENCH, 'library.mjs')],
      env: request,
      succeeded: printsToken,
      skip: missing(libraryEntry, 'npm run build:lib')
    }
  ];
}

/**
 * A step's environment as a runner gives it: `INPUT_<NAME>` per input (hyphens kept, as
 * the runner does), empty GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE and GITHUB_STEP_SUMMARY
 * files in `dir`, made afresh before each run; the run succeeded when its output file
 * holds the token.
 */
function runnerStep(dir, base, inputs) {
  const files = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'step-summary' };
  const env = { ...base };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [variable, file] of Object.entries(files)) env[variable] = path.join(dir, file);
  return {
    env,
    before: () => {
      mkdirSync(dir, { recursive: true });
      for (const file of Object.values(files)) writeFileSync(path.join(dir, file), '');
    },
    succeeded: () => readFileSync(env.GITHUB_OUTPUT, 'utf8').includes(`\n${ACCESS_TOKEN}\n`)
  };
}

/** Bundles `entry` with ncc into `outDir` as `npm run build:action` bundles the action (minified, this repository's dependencies). */
async function bundle(entry, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  const ncc = path.join(ROOT, 'node_modules', '.bin', 'ncc');
  const { code, stdout, stderr } = await spawnCollect(ncc, ['build', entry, '-o', outDir, '-m', '-q'], process.env, 120_000);
  if (code !== 0) throw new Error(`ncc could not bundle ${path.relative(ROOT, entry)} (exit ${code}):\n${(stderr || stdout).trim().slice(0, 2000)}`);
}

/**
 * `oauth-token --cache` answered from its cache: primed by one run before the first
 * round, and each measured run must make no request. Within 1.25x of a bare Node start,
 * and faster than the CLI's own request.
 */
function cacheHitCandidate(server, node, cliEntry, dir, base, printsToken, missing) {
  const env = { ...base, OAUTH_TOKEN_URL: server.tokenUrl, OAUTH_CLIENT_ID: CLIENT_ID, OAUTH_CLIENT_SECRET: CLIENT_SECRET, OAUTH_CACHE_DIR: path.join(dir, 'cache') };
  let requestsBefore = 0;
  return {
    name: 'CLI --cache hit',
    detail: `node ${path.relative(ROOT, cliEntry)} --cache, the token cached by an earlier run: no request`,
    isNode: true,
    command: node,
    args: [cliEntry, '--cache'],
    env,
    // Not spawnSync: the token server answering the priming run lives in this process.
    prepare: () => spawnCollect(node, [cliEntry, '--cache'], env),
    before: () => {
      requestsBefore = server.requestCount();
    },
    succeeded: (stdout) => printsToken(stdout) && server.requestCount() === requestsBefore,
    skip: missing(cliEntry, 'npm run build:lib'),
    targets: [
      { floor: START, wall: 1.25 },
      { floor: 'CLI', wall: 1 }
    ]
  };
}

function findOnPath(program) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, program);
    if (dir && existsSync(file)) return file;
  }
  return undefined;
}

/** Warm-up rounds, then `runs` rounds; each round runs every candidate once, in a rotating order. */
async function measureInterleaved(candidates, { runs, warmup }) {
  const samples = new Map(candidates.map((candidate) => [candidate.name, []]));
  const rounds = [];
  for (let round = 0; round < warmup + runs; round++) {
    const walls = new Map();
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[(round + i) % candidates.length];
      const sample = await runOnce(candidate);
      walls.set(candidate.name, sample.wallMs);
      if (round >= warmup) samples.get(candidate.name).push(sample);
    }
    if (round >= warmup) rounds.push(walls);
  }
  return { samples, rounds };
}

/**
 * One whole process: spawn to exit, with its CPU time and peak RSS. A node candidate
 * reports its own CPU time through bench/usage-probe.cjs, to the microsecond (GNU time
 * truncates to 10 ms, too coarse for 30 ms runs); peak RSS comes from GNU time when it is
 * there, else from the probe too.
 */
async function runOnce(candidate) {
  candidate.before?.();
  const timeFile = path.join(workDir, 'time');
  const probeFile = path.join(workDir, 'probe');
  for (const file of [timeFile, probeFile]) rmSync(file, { force: true });
  const probed = candidate.isNode ? ['--require', path.join(BENCH, 'usage-probe.cjs')] : [];
  const env = candidate.isNode ? { ...candidate.env, BENCH_USAGE_FILE: probeFile } : candidate.env;
  const [command, args] = existsSync(TIME)
    ? [TIME, ['-f', '%U %S %M', '-o', timeFile, candidate.command, ...probed, ...candidate.args]]
    : [candidate.command, [...probed, ...candidate.args]];
  const start = process.hrtime.bigint();
  const { code, stdout, stderr } = await spawnCollect(command, args, env);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (code !== 0 || !candidate.succeeded(stdout)) {
    throw new Error(`${candidate.name} did not get the token (exit ${code}):\n${(stderr || stdout).trim().slice(0, 2000)}`);
  }
  const time = readUsage(timeFile);
  const probe = readUsage(probeFile);
  return { wallMs, cpuMs: probe?.cpuMs ?? time?.cpuMs, rssKiB: time?.rssKiB ?? probe?.rssKiB };
}

/** `user-seconds system-seconds maxrss-KiB` on the last line (GNU time puts "Command exited..." above it). */
function readUsage(file) {
  if (!existsSync(file)) return undefined;
  const [user, system, rss] = readFileSync(file, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { cpuMs: (user + system) * 1000, rssKiB: rss };
}

function spawnCollect(command, args, env, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A 95% confidence interval of the median of `values`, free of any assumption about their
 * distribution: the order statistics at n/2 -+ 0.98 sqrt(n) (the binomial interval). With
 * too few values for one, undefined.
 */
function medianInterval(values) {
  const known = values.filter((value) => value !== undefined).sort((a, b) => a - b);
  const halfWidth = 0.98 * Math.sqrt(known.length);
  const low = Math.floor(known.length / 2 - halfWidth);
  const high = Math.ceil(known.length / 2 + halfWidth);
  return low < 0 || high >= known.length ? undefined : [known[low], known[high]];
}

function median(values) {
  const known = values.filter((value) => value !== undefined).sort((a, b) => a - b);
  if (known.length === 0) return undefined;
  const middle = known.length >> 1;
  return known.length % 2 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
}

function summarize(candidates, { samples, rounds }) {
  const medianRss = (name) => median(samples.get(name)?.map((sample) => sample.rssKiB) ?? []);
  const measured = candidates.filter((candidate) => !candidate.skip);
  const floors = FLOORS.filter((floor) => samples.has(floor));
  return measured.map((candidate) => {
    const runs = samples.get(candidate.name);
    const walls = runs.map((sample) => sample.wallMs);
    const rss = medianRss(candidate.name);
    const ratios = (floor) => {
      // Ratio per round, then the median: paired runs cancel drift in machine load.
      const perRound = rounds.map((walls) => walls.get(candidate.name) / walls.get(floor));
      return {
        wall: median(perRound),
        wallInterval: medianInterval(perRound),
        rss: rss === undefined || medianRss(floor) === undefined ? undefined : rss / medianRss(floor)
      };
    };
    return {
      candidate,
      wallMs: median(walls),
      minMs: Math.min(...walls),
      maxMs: Math.max(...walls),
      cpuMs: median(runs.map((sample) => sample.cpuMs)),
      rssMiB: rss === undefined ? undefined : rss / 1024,
      // Against every floor that ran, and whatever floor a target names.
      ratios: Object.fromEntries([...new Set([...floors, ...(candidate.targets ?? []).map((target) => target.floor)])].map((floor) => [floor, ratios(floor)]))
    };
  });
}

function fixed(value, digits = 0) {
  return value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
}

/** `node:http floor` → `node:http`: the column headings name a floor by what it runs. */
function floorLabel(floor) {
  return floor.replace(/ floor$/, '');
}

function printReport(candidates, measured, { runs, warmup, node }) {
  const rows = summarize(candidates, measured);
  const floors = FLOORS.filter((floor) => measured.samples.has(floor));
  const cpus = os.cpus();
  const nodeVersion = node === process.execPath ? process.version : path.relative(ROOT, node) || node;
  console.log(
    `Node ${nodeVersion} on ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, load ${os.loadavg()[0].toFixed(2)}; ` +
      `${runs} runs after ${warmup} warm-up, interleaved; medians; peak RSS from ${existsSync(TIME) ? TIME : 'process.resourceUsage()'}\n`
  );
  const columns = [
    ['run', (row) => row.candidate.name],
    ['wall', (row) => `${fixed(row.wallMs)} ms`],
    ['min–max', (row) => `${fixed(row.minMs)}–${fixed(row.maxMs)} ms`],
    ...floors.map((floor) => [`wall ÷ ${floorLabel(floor)}`, (row) => `${fixed(row.ratios[floor].wall, 2)}×`]),
    ['CPU', (row) => `${fixed(row.cpuMs)} ms`],
    ['peak RSS', (row) => `${fixed(row.rssMiB, 1)} MB`],
    ...floors.map((floor) => [`RSS ÷ ${floorLabel(floor)}`, (row) => `${fixed(row.ratios[floor].rss, 2)}×`])
  ];
  console.log(`| ${columns.map(([heading]) => heading).join(' | ')} |`);
  console.log(`| --- |${' ---: |'.repeat(columns.length - 1)}`);
  for (const row of rows) console.log(`| ${columns.map(([, cell]) => cell(row)).join(' | ')} |`);
  console.log('');
  for (const row of rows) console.log(`- ${row.candidate.name}: ${row.candidate.detail}`);
  for (const candidate of candidates.filter((candidate) => candidate.skip)) console.log(`- ${candidate.name}: skipped, ${candidate.skip}`);
  const files = distFiles();
  printDistSizes(files);
  printTargets(rows, files);
}

function distFiles() {
  const dist = path.join(ROOT, 'dist');
  if (!existsSync(dist)) return [];
  // Recursive: the post step and the renewer have their bundles and chunks in dist/post/ and dist/renewer/.
  return readdirSync(dist, { recursive: true })
    .map((name) => ({ name, stat: statSync(path.join(dist, name)) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ name, stat }) => ({ name, bytes: stat.size }))
    .sort((a, b) => b.bytes - a.bytes);
}

function printDistSizes(files) {
  console.log('\n| dist/ file | size |\n| --- | ---: |');
  for (const { name, bytes } of files) console.log(`| ${name} | ${(bytes / 1024).toFixed(1)} KiB |`);
}

/**
 * Says whether each target held in this run; it never fails the benchmark (timings are too
 * noisy to gate on). A wall-time verdict comes with the 95% interval of its median, so that
 * a reader sees whether the target is inside this run's noise.
 */
function printTargets(rows, files) {
  console.log('\nTargets (medians of this run; for wall times, the 95% interval of the median):');
  for (const row of rows) {
    for (const target of row.candidate.targets ?? []) {
      const metric = target.wall === undefined ? 'rss' : 'wall';
      const limit = target[metric];
      const ratio = row.ratios[target.floor]?.[metric];
      const verdict = ratio === undefined || Number.isNaN(ratio) ? 'not measured' : ratio <= limit ? 'held' : 'missed';
      const what = metric === 'wall' ? 'wall time' : 'peak RSS';
      const interval = metric === 'wall' ? row.ratios[target.floor]?.wallInterval : undefined;
      const spread = interval ? ` (${fixed(interval[0], 2)}–${fixed(interval[1], 2)}×)` : '';
      console.log(`- ${row.candidate.name}, ${what} within ${limit}× of ${target.floor}: ${fixed(ratio, 2)}×${spread}, target ${limit}×: ${verdict}`);
    }
  }
  const oversized = files.filter((file) => file.bytes > DIST_FILE_BYTES);
  console.log(`- every dist/ file under 1 MB: ${oversized.length === 0 ? 'held' : `missed (${oversized.map((file) => file.name).join(', ')})`}`);
}
