/**
 * Runner level: `keep-fresh: true` against a server issuing 3-second tokens. Between the
 * main step and the post step (6 seconds, twice the token's lifetime) the file keeps
 * being rewritten with renewed tokens; the post step leaves no renewer process, no file
 * and no log behind.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../helpers/process-alive.js';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'keep-fresh-secret-0123';
let server: TokenServer;
let runnerTemp: string;
let job: JobRun;
const reads: Array<{ mode: number; content: string }> = [];
let renewerAliveBeforePost = false;
/** The renewer's alive file (where there is no /proc, the post step's sign that it runs): there when the main step ends, touched since. */
const aliveFile = { atMainEnd: false, ageBeforePostMs: Infinity };
/** The names in the running renewer's environment (Linux: /proc/<pid>/environ), which later steps could read. */
let renewerEnvNames: string[] | undefined;

beforeAll(async () => {
  server = await startTokenServer((_, index) => ({ json: { access_token: `at-keep-${index + 1}`, token_type: 'Bearer', expires_in: 3, refresh_token: `rt-keep-${index + 1}` } }));
  runnerTemp = mkdtempSync(join(tmpdir(), 'oauth-runner-temp-'));
  const inputs = { 'token-url': server.tokenUrl, 'client-id': 'ci', 'client-secret': clientSecret, 'keep-fresh': 'true' };
  // The runner's token for actions, which a JavaScript action is given and a run: step is not.
  // STEP_CLIENT_SECRET: the secret as a step passes it through `env:` as well as an input; STEP_SECRET_LINE: the same
  // with the newline a file or a PEM block ends with, which the input loses to trimming.
  const env = { RUNNER_TEMP: runnerTemp, ACTIONS_RUNTIME_TOKEN: 'runtime-token-0123', STEP_CLIENT_SECRET: clientSecret, STEP_SECRET_LINE: `${clientSecret}\n` };
  job = await runJob(inputs, { env }, async (main) => {
    const alive = `${(JSON.parse(main.state.renewer!) as { log: string }).log}.alive`;
    aliveFile.atMainEnd = existsSync(alive);
    const file = main.outputs.token_file!;
    for (let i = 0; i < 24; i++) {
      reads.push({ mode: statSync(file).mode & 0o777, content: readFileSync(file, 'utf8') });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const { pid } = JSON.parse(main.state.renewer!) as { pid: number };
    renewerAliveBeforePost = isAlive(pid);
    if (existsSync(alive)) aliveFile.ageBeforePostMs = Date.now() - statSync(alive).mtimeMs;
    if (existsSync(`/proc/${pid}/environ`))
      renewerEnvNames = readFileSync(`/proc/${pid}/environ`, 'utf8')
        .split('\0')
        .map((entry) => entry.split('=')[0]!);
  });
}, 60_000);
afterAll(async () => {
  rmSync(runnerTemp, { recursive: true, force: true });
  await server.close();
});

test('the main step outputs the token file and the first token, and saves the renewer and the file in state', () => {
  expect(job.main.code).toBe(0);
  expect(job.main.outputs.access_token).toBe('at-keep-1');
  expect(job.main.outputs.token_file).toMatch(new RegExp(`^${runnerTemp}/`));
  expect(Object.keys(job.main.state).sort()).toEqual(['renewer', 'token-file']);
});

test('the file is renewed before each token expires: every read is a whole token, 0600, and several tokens are seen', () => {
  const tokens = [...new Set(reads.map((read) => read.content))];
  expect(new Set(reads.map((read) => read.mode))).toEqual(new Set([0o600]));
  for (const token of tokens) expect(token).toMatch(/^at-keep-\d+$/);
  expect(tokens.length).toBeGreaterThanOrEqual(3);
  expect(renewerAliveBeforePost).toBe(true);
});

test('renewals use the refresh token, the newest each time', () => {
  const forms = server.requests.map(formOf);
  expect(forms[0]!.grant_type).toBe('client_credentials');
  forms.slice(1).forEach((form, index) => expect(form).toEqual({ grant_type: 'refresh_token', refresh_token: `rt-keep-${index + 1}` }));
});

test('the post step stops the renewer and leaves no process, no file and no log', () => {
  expect(job.post.code).toBe(0);
  expect(job.post.stdout).toBe('');
  expect(isAlive((JSON.parse(job.main.state.renewer!) as { pid: number }).pid)).toBe(false);
  expect(existsSync(job.main.outputs.token_file!)).toBe(false);
  expect(readdirSync(runnerTemp)).toEqual([]);
});

test("the renewer's environment holds none of the step's inputs: its orders come through a pipe", () => {
  if (renewerEnvNames === undefined) return; // no /proc here
  expect(renewerEnvNames).toContain('RUNNER_TEMP');
  expect(renewerEnvNames.filter((name) => name.startsWith('INPUT_'))).toEqual([]);
  expect(renewerEnvNames).not.toContain('ACTIONS_RUNTIME_TOKEN');
  expect(renewerEnvNames).not.toContain('STEP_CLIENT_SECRET');
  expect(renewerEnvNames).not.toContain('STEP_SECRET_LINE');
});

test('no secret is printed', () => {
  // Every token the server issued, the renewer's included: the post step prints the renewer's log.
  const issued = server.requests.flatMap((_, index) => [`at-keep-${index + 1}`, `rt-keep-${index + 1}`]);
  expect(issued.length).toBeGreaterThan(4);
  expectNoSecrets(job.main.stdout + job.main.stderr + job.post.stdout + job.post.stderr, [clientSecret, ...issued]);
});

test("the renewer's alive file is there as soon as the main step ends, and touched while it runs (every second; the post step allows 30 s)", () => {
  expect(aliveFile.atMainEnd).toBe(true);
  // Six seconds after the main step, on a loaded machine: touched since, well within what the post step allows.
  expect(aliveFile.ageBeforePostMs).toBeLessThan(5000);
});
