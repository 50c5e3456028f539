/**
 * `npm run local-action`: @github/local-action runs the main step from src/ (the logic entry
 * point src/action/run.ts) with inputs from a .env file, here .env.example pointed at the
 * loopback token server of scripts/. It needs Node 22 or later: the `node` package's Node 24.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { DEMO, startLoopbackTokenServer } from '../../scripts/loopback-token-server.mjs';
import { NODES, SLOW, userEnv } from '../helpers/consumer.js';
import { REPO_ROOT, spawnCollect } from '../helpers/run-action.js';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';

const work = mkdtempSync(join(tmpdir(), 'oauth-local-action-'));
let server: Awaited<ReturnType<typeof startLoopbackTokenServer>>;

beforeAll(async () => {
  server = await startLoopbackTokenServer();
});

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The `local-action` script's command line, with the .env file it names replaced by `envFile`. */
function localActionCommand(envFile: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = scripts['local-action']!.split(' ');
  expect(words.slice(0, 2)).toEqual(['local-action', 'run']);
  expect(words.at(-1)).toBe('.env');
  return [...words.slice(2, -1), envFile];
}

test(
  'npm run local-action runs the action from src/ with .env.example against a loopback server: outputs set, no secret printed',
  async () => {
    const envFile = join(work, '.env');
    writeFileSync(envFile, readFileSync(join(REPO_ROOT, '.env.example'), 'utf8').replace('http://127.0.0.1:PORT/api/v1/connect/token/', server.tokenUrl));
    // As `npm run` does: node_modules/.bin first, where `node` is the `node` package's Node 24.
    const env = userEnv(NODES[24]);
    const bin = join(REPO_ROOT, 'node_modules', '.bin');
    const run = await spawnCollect(join(bin, 'local-action'), ['run', ...localActionCommand(envFile)], { ...env, PATH: [bin, env.PATH].join(delimiter) }, SLOW, REPO_ROOT);

    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toContain('::set-output name=token_type::Bearer');
    expect(run.stdout).toContain(`::set-output name=expires_in::${DEMO.expiresIn}`);
    expect(run.stdout).toMatch(/Got a Bearer token from 127\.0\.0\.1:\d+ \(provider crayon, grant password/);
    expectNoSecrets(run.stdout + run.stderr, [DEMO.clientSecret, DEMO.password, DEMO.accessToken, ...basicForms(DEMO.clientId, DEMO.clientSecret)]);
  },
  SLOW
);
