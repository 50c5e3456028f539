#!/usr/bin/env node
/**
 * Regenerates the inputs table of docs/inputs.md from THE table of inputs
 * (src/core/inputs.ts, read from its build in lib/), between the marker comments:
 *
 *   <!-- inputs-table: ... -->
 *
 *   | input | meaning | default |
 *   ...
 *
 *   <!-- /inputs-table -->
 *
 * `npm run docs` builds lib/ and runs this; `node scripts/docs.mjs --check` only
 * reports (exit 1) when the page is out of step. __tests__/unit/docs-consistency
 * checks the same thing independently.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = 'docs/inputs.md';
const pagePath = join(root, PAGE);
const inputsModule = join(root, 'lib', 'core', 'inputs.js');

export const START_MARKER = '<!-- inputs-table: generated from src/core/inputs.ts by `npm run docs`; a test keeps it in step -->';
export const END_MARKER = '<!-- /inputs-table -->';
const START_PATTERN = /^<!-- inputs-table:.*-->$/m;

/** A Markdown table cell: pipes escaped, one line. */
function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The table's lines for `inputs` (the INPUTS array). */
export function renderInputsTable(inputs) {
  const rows = inputs.map((input) => `| \`${input.name}\` | ${cell(input.description)} | ${input.default === undefined ? '' : `\`${input.default}\``} |`);
  return ['| input | meaning | default |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `page` with the block between the markers replaced by `table`. */
export function withInputsTable(page, table) {
  const start = START_PATTERN.exec(page);
  if (!start) throw new Error(`${PAGE} has no "<!-- inputs-table: ... -->" marker`);
  const afterStart = start.index + start[0].length;
  const end = page.indexOf(END_MARKER, afterStart);
  // The first run finds the placeholder alone; later runs replace up to the end marker.
  const tail = end === -1 ? page.slice(afterStart) : page.slice(end + END_MARKER.length);
  // Blank lines around the table, so that no Markdown reader takes a marker for a row.
  return `${page.slice(0, start.index)}${START_MARKER}\n\n${table}\n\n${END_MARKER}${tail}`;
}

async function main() {
  if (!existsSync(inputsModule)) {
    console.error('lib/core/inputs.js is missing: run "npm run build:lib" first (or "npm run docs", which does)');
    process.exit(2);
  }
  const { INPUTS } = await import(pathToFileURL(inputsModule).href);
  const page = readFileSync(pagePath, 'utf8');
  const updated = withInputsTable(page, renderInputsTable(INPUTS));
  if (process.argv.includes('--check')) {
    if (updated !== page) {
      console.error(`${PAGE} inputs table is out of step with src/core/inputs.ts: run "npm run docs"`);
      process.exit(1);
    }
    console.log(`${PAGE} inputs table is up to date`);
    return;
  }
  if (updated !== page) writeFileSync(pagePath, updated);
  console.log(updated === page ? `${PAGE} inputs table already up to date` : `${PAGE} inputs table written (${INPUTS.length} inputs)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
