/**
 * The library and the CLI never load `@actions/core` (CONTRACT.md, "Library"): the
 * built lib/ is imported in a child process whose module loading denies it, and no
 * file in lib/ names it. The CLI's bin is a bundle, where `@actions/core` would be
 * inlined rather than imported: it runs under the same denial, and neither it nor its
 * chunks hold any of `@actions/core`'s own code.
 */
import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_ENTRY } from '../cli/run-cli.js';
import { NODE_BINARY, REPO_ROOT, spawnCollect } from '../helpers/run-action.js';

const LIB = join(REPO_ROOT, 'lib');
const DENY_HOOK = join(REPO_ROOT, '__tests__', 'package', 'deny-actions-core.mjs');

/** Imports `specifiers` in a fresh Node with the deny hook preloaded; prints what loaded. */
function importUnderDenial(specifiers: string[]) {
  const script = `for (const specifier of ${JSON.stringify(specifiers)}) {
    const module = await import(specifier);
    console.log(specifier.split('/').slice(-2).join('/') + ': ' + Object.keys(module).sort().join(','));
  }`;
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  return spawnCollect(NODE_BINARY, ['--import', pathToFileURL(DENY_HOOK).href, '--input-type=module', '-e', script], env, 30_000);
}

test('the deny hook works: importing @actions/core under it fails', async () => {
  const run = await importUnderDenial(['@actions/core']);
  expect(run.code).not.toBe(0);
  expect(run.stderr).toContain('DENIED: import of @actions/core');
});

test('lib/index.js imports without @actions/core', async () => {
  const run = await importUnderDenial([pathToFileURL(join(LIB, 'index.js')).href]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^lib\/index\.js: .*\bTokenRequestError\b.*\bgetToken\b.*\bproviders\b/m);
});

/** `from '@actions/core'`, `import('@actions/core')`, `require('@actions/core')` (comments may name it). */
const LOADS_ACTIONS_CORE = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]@actions\/core(?:\/[^'"]*)?['"]/;

test('no file in lib/ imports or requires @actions/core', () => {
  const files = (readdirSync(LIB, { recursive: true }) as string[]).filter((file) => file.endsWith('.js') || file.endsWith('.d.ts'));
  expect(files).toContain('index.js');
  expect(LOADS_ACTIONS_CORE.test("import * as core from '@actions/core';")).toBe(true);
  expect(files.filter((file) => LOADS_ACTIONS_CORE.test(readFileSync(join(LIB, file), 'utf8')))).toEqual([]);
});

test('the bundled bin runs with @actions/core denied', async () => {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  const run = await spawnCollect(NODE_BINARY, ['--import', pathToFileURL(DENY_HOOK).href, CLI_ENTRY, '--version'], env, 30_000);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
});

/** Messages of `@actions/core` itself (getInput, the file commands): in any bundle that inlines it. */
const ACTIONS_CORE_MESSAGES = ['Input required and not supplied', 'Unable to find environment variable for file command'];

test('neither the bundled bin nor its chunks inline @actions/core', () => {
  const coreSources = ['core.js', 'file-command.js'].map((file) => readFileSync(join(REPO_ROOT, 'node_modules', '@actions', 'core', 'lib', file), 'utf8')).join('\n');
  const actionBundle = readFileSync(join(REPO_ROOT, 'dist', 'index.js'), 'utf8');
  // The markers are @actions/core's, and they do show in a bundle that inlines it (the action's).
  for (const message of ACTIONS_CORE_MESSAGES)
    expect({ message, inCore: coreSources.includes(message), inAction: actionBundle.includes(message) }).toEqual({ message, inCore: true, inAction: true });

  const binDir = dirname(CLI_ENTRY);
  const bundled = readdirSync(binDir).filter((file) => file.endsWith('.js'));
  expect(bundled.length).toBeGreaterThan(1);
  const inlined = bundled.flatMap((file) =>
    ACTIONS_CORE_MESSAGES.filter((message) => readFileSync(join(binDir, file), 'utf8').includes(message)).map((message) => `${file}: ${message}`)
  );
  expect(inlined).toEqual([]);
});
