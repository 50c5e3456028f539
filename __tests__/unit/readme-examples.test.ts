/**
 * The README's examples are what users copy: every YAML block must parse, every step
 * using the action may only pass inputs that action.yml declares, and every flag shown
 * on an `oauth-token` command line must be one the CLI knows.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { INPUTS } from '../../src/core/inputs.js';
import { REPO_ROOT } from '../helpers/run-action.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const actionInputs = Object.keys((parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
const yamlBlocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map(([, body]) => body!);

/** Every mapping with `uses: .../oauth-token-action@...`, wherever it nests. */
function actionSteps(node: unknown): Array<{ with?: Record<string, unknown> }> {
  if (Array.isArray(node)) return node.flatMap(actionSteps);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.uses === 'string' && /oauth-token-action@/.test(record.uses) ? [record as { with?: Record<string, unknown> }] : [];
  return [...own, ...Object.values(record).flatMap(actionSteps)];
}

describe('README YAML examples', () => {
  test('there are examples to check', () => {
    expect(yamlBlocks.length).toBeGreaterThan(5);
  });

  test.each(yamlBlocks.map((block, index) => [index + 1, block]))('block %i parses as YAML', (_, block) => {
    const errors = parseAllDocuments(block as string).flatMap((document) => ('errors' in document ? document.errors : []));
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  test('steps using the action pass only inputs declared in action.yml', () => {
    const steps = yamlBlocks.flatMap((block) => actionSteps(parse(block)));
    expect(steps.length).toBeGreaterThan(5);
    const unknown = steps.flatMap((step) => Object.keys(step.with ?? {}).filter((name) => !actionInputs.includes(name)));
    expect(unknown).toEqual([]);
  });
});

test('flags on oauth-token command lines are CLI options', () => {
  const cliFlags = new Set([...INPUTS.filter((input) => !input.actionOnly).map((input) => input.name), 'output', 'cache', 'help', 'version', 'verbose']);
  // Shell continuation lines belong to the command they continue.
  const commandLines = readme.replace(/\\\n/g, ' ').split('\n').filter((line) => /oauth-token(-action)?(@\S+)?\s/.test(line) && !/uses:/.test(line));
  const flags = commandLines.flatMap((line) => [...line.matchAll(/(?<=\s)--([a-z][a-z-]*)/g)].map(([, flag]) => flag!));
  expect(flags.length).toBeGreaterThan(3);
  expect(flags.filter((flag) => !cliFlags.has(flag))).toEqual([]);
});
