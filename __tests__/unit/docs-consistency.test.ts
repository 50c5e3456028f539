/**
 * The descriptions users read stay in step with the code: action.yml and docs/inputs.md's
 * inputs table list exactly src/core/inputs.ts INPUTS, action.yml lists the contract's
 * outputs and runtime, and the User-Agent version is package.json's.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUTS } from '../../src/core/inputs.js';
import { TOKEN_FILE_OUTPUT, tokenOutputs } from '../../src/core/outputs.js';
import { VERSION } from '../../src/core/version.js';
import { CONTRACT_OUTPUTS } from '../helpers/action-expect.js';
import { REPO_ROOT } from '../helpers/run-action.js';

const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');

type YamlMap = { [key: string]: string | boolean | YamlMap };

/** The rows of the docs table between the inputs-table markers, as unescaped cells. */
function pageInputRows(page: string): string[][] {
  const start = page.search(/^<!-- inputs-table:.*-->$/m);
  const end = page.indexOf('<!-- /inputs-table -->');
  expect({ start: start >= 0, end: end > start }).toEqual({ start: true, end: true });
  const lines = page
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'));
  expect(lines.slice(0, 2)).toEqual(['| input | meaning | default |', '| --- | --- | --- |']);
  return lines.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replace(/\\\|/g, '|'))
  );
}

describe('action.yml', () => {
  const action = parse(read('action.yml')) as YamlMap;
  const inputs = action.inputs as Record<string, YamlMap>;

  test('lists exactly the inputs of INPUTS, in the same order', () => {
    expect(Object.keys(inputs)).toEqual(INPUTS.map((input) => input.name));
  });

  test('with the same descriptions and defaults, none of them required', () => {
    const fromYaml = Object.entries(inputs).map(([name, spec]) => ({ name, description: spec.description, default: spec.default, required: spec.required }));
    const fromCode = INPUTS.map((input) => ({ name: input.name, description: input.description, default: input.default, required: false }));
    expect(fromYaml).toEqual(fromCode);
  });

  test("lists exactly the contract's outputs, each described", () => {
    const outputs = action.outputs as Record<string, YamlMap>;
    expect(Object.keys(outputs)).toEqual([...CONTRACT_OUTPUTS, TOKEN_FILE_OUTPUT]);
    for (const output of Object.values(outputs)) expect(output.description).toMatch(/\S/);
  });

  test('runs on node24 with dist/index.js and the post step dist/post/index.js', () => {
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/index.js', post: 'dist/post/index.js' });
  });
});

describe('docs/inputs.md', () => {
  test('the inputs table lists every input with its meaning and default, as INPUTS says', () => {
    const rows = pageInputRows(read('docs/inputs.md'));
    expect(rows).toEqual(INPUTS.map((input) => [`\`${input.name}\``, input.description, input.default === undefined ? '' : `\`${input.default}\``]));
  });

  test('the generator renders exactly the table that is there', async () => {
    // @ts-expect-error: a plain ES module script without type declarations
    const { renderInputsTable, withInputsTable } = (await import('../../scripts/docs.mjs')) as {
      renderInputsTable(inputs: typeof INPUTS): string;
      withInputsTable(page: string, table: string): string;
    };
    const page = read('docs/inputs.md');
    expect(withInputsTable(page, renderInputsTable(INPUTS))).toBe(page);
  });
});

test("the outputs the action and the CLI write are the contract's, in its order", () => {
  expect(tokenOutputs({ accessToken: 'fake-at', tokenType: 'Bearer', raw: {} }).map(([name]) => name)).toEqual([...CONTRACT_OUTPUTS]);
});

test('VERSION (sent in the User-Agent) is package.json version', () => {
  expect(VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version);
});
