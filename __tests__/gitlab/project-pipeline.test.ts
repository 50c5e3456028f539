/**
 * The component project's own .gitlab-ci.yml, run by gitlab-ci-local as GitLab would run
 * it on a commit of that project: its `component` job includes the component at
 * $CI_COMMIT_SHA, starts scripts/gitlab-test-server.mjs, gets a token through the
 * packed CLI (the `package` job's artifact, made here by `npm pack`), calls the server's
 * API with it, and revokes it in after_script. The release job runs on tags only.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeLoopbackPort } from '../helpers/loopback.js';
import { isAlive } from '../helpers/process-alive.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { createProject, packCli, runPipeline, SLOW, type PipelineRun } from './gitlab-ci-local.js';

const work = mkdtempSync(join(tmpdir(), 'oauth-gitlab-project-'));
const project = join(work, 'project');
let run: PipelineRun;
let listed: PipelineRun;
let port: number;

beforeAll(async () => {
  // A free loopback port for the job's server (the file's fixed 8765 is a container's own).
  port = await freeLoopbackPort();
  // Two changes: the job's server gets a free port, and the jobs run in this machine's
  // shell (on its Node 24) instead of the node:24 image.
  const original = readFileSync(join(REPO_ROOT, '.gitlab-ci.yml'), 'utf8');
  const ciYaml = original.replaceAll('8765', String(port)).replace('default:\n  image: node:24\n', '');
  expect(ciYaml).not.toContain('image: node:24');
  renameSync(await packCli(work), join(work, 'oauth-token-action.tgz'));
  await createProject(project, {
    '.gitlab-ci.yml': ciYaml,
    'scripts/gitlab-test-server.mjs': { copy: join(REPO_ROOT, 'scripts', 'gitlab-test-server.mjs') },
    'oauth-token-action.tgz': { copy: join(work, 'oauth-token-action.tgz') }
  });
  listed = await runPipeline(project, {}, { args: ['--list'] });
  run = await runPipeline(project, {}, { jobs: ['component'] });
}, 2 * SLOW);

/** The job's server's pid, from its log: a server that failed to exit is stopped here. */
function serverPid(): number | undefined {
  const log = readFileSync(join(project, 'gitlab-test-server.log'), 'utf8');
  const pid = /\(pid (\d+)\)/.exec(log)?.[1];
  return pid ? Number(pid) : undefined;
}

afterAll(() => {
  const pid = serverPid();
  if (pid && isAlive(pid)) process.kill(pid);
  rmSync(work, { recursive: true, force: true });
});

test('the component job gets a token from the component at this commit and the server accepts it', () => {
  expect(run.stdout).toContain('PASS  component');
  expect(run.logs.component).toContain('api answered 200');
});

/** Whether `pid` ends within `ms`. */
async function ends(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (!isAlive(pid)) return true;
  }
  return false;
}

test('after_script revokes the token, and the server, with nothing left to serve, exits', async () => {
  expect(run.logs.component).toContain('oauth-token: revoked the access token');
  const serverLog = readFileSync(join(project, 'gitlab-test-server.log'), 'utf8');
  expect(serverLog.split('\n').filter((line) => / -> \d+$/.test(line))).toEqual([
    'gitlab-test-server: POST /token -> 200',
    'gitlab-test-server: GET /api -> 200',
    'gitlab-test-server: POST /revoke -> 200'
  ]);
  expect(await ends(serverPid()!, 5_000)).toBe(true);
});

test('the pipeline of a commit has the package, test and component jobs; the catalog release waits for a tag', () => {
  for (const job of ['package', 'test', 'component']) expect(listed.stdout).toMatch(new RegExp(`^${job}\\s`, 'm'));
  expect(listed.stdout).not.toMatch(/^catalog-release\s/m);
});
