/**
 * Every example in the documentation is what a user copies, so each is checked as far as
 * it can be without a network: in README.md, the other top-level pages and every page
 * under docs/,
 * - every YAML block parses, and each step using the action (`uses: org/oauth-token-action@...`
 *   or `uses: ./`) passes only inputs that action.yml declares (and each GitLab include of
 *   the CI/CD component only inputs its template's `spec: inputs` declares);
 * - every `--flag` given to the CLI (`oauth-token ...`, `npx ... oauth-token-action... ...`)
 *   is one its `--help` lists (a subcommand's own `--help` too, when it has one), and
 *   every `OAUTH_*` variable one a help text names;
 * - every TypeScript block that imports 'oauth-token-action' type-checks against the
 *   built lib/index.d.ts;
 * - PowerShell (```pwsh blocks, `shell: pwsh` steps, and steps of Windows jobs with no
 *   shell) reads environment variables as `$env:NAME`, not `$NAME`;
 * - every relative link resolves to a file, and its #anchor to a heading of that page.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { parse as parseYaml, parseAllDocuments, type ParseOptions, type DocumentOptions, type SchemaOptions } from 'yaml';
import { CLI_ENTRY } from '../cli/run-cli.js';
import { anchors, cliInvocations, codeBlocks, links, markdownFiles, posixEnvReferencesInPowershell, type CodeBlock } from '../helpers/markdown.js';
import { REPO_ROOT } from '../helpers/run-action.js';

const files = markdownFiles();
const blocks = files.flatMap(codeBlocks);
const where = (block: CodeBlock) => `${block.file}:${block.line}`;
const isYaml = (block: CodeBlock) => block.lang === 'yaml' || block.lang === 'yml';

/** GitLab CI/CD's `!reference [job, key]` tag, read as its list. */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { customTags: [{ tag: '!reference', collection: 'seq', resolve: (list) => list }] };
const parse = (text: string): unknown => parseYaml(text, YAML_OPTIONS);
const isPowershell = (block: CodeBlock) => ['pwsh', 'powershell', 'ps1'].includes(block.lang);
const isTypescript = (block: CodeBlock) => block.lang === 'ts' || block.lang === 'typescript';

test('the pages checked include the README and the docs', () => {
  expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/inputs.md', 'docs/cli.md', 'docs/library.md']));
});

describe('YAML examples', () => {
  const yamlBlocks = blocks.filter(isYaml);
  const actionInputs = Object.keys((parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

  test.each(yamlBlocks.map((block) => [where(block), block]))('%s parses as YAML', (_, block) => {
    const errors = parseAllDocuments((block as CodeBlock).body, YAML_OPTIONS).flatMap((document) => ('errors' in document ? document.errors : []));
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  test('steps using the action pass only inputs declared in action.yml', () => {
    const steps = yamlBlocks.flatMap((block) => actionSteps(parse(block.body)).map((step) => ({ at: where(block), step })));
    expect(steps.length).toBeGreaterThan(10);
    const unknown = steps.flatMap(({ at, step }) =>
      Object.keys(step.with ?? {})
        .filter((name) => !actionInputs.includes(name))
        .map((name) => `${at}: ${name}`)
    );
    expect(unknown).toEqual([]);
  });

  test('GitLab includes of the CI/CD component pass only inputs its spec declares', () => {
    const includes = yamlBlocks.flatMap((block) => componentIncludes(parse(block.body)).map((include) => ({ at: where(block), include })));
    const unknown = includes.flatMap(({ at, include }) => {
      const name = /\/oauth-token-action\/([\w-]+)@/.exec(include.component)?.[1] ?? '';
      const declared = componentInputs(name);
      if (declared === undefined) return [`${at}: no templates/${name}.yml or templates/${name}/template.yml for component "${include.component}"`];
      return Object.keys(include.inputs ?? {})
        .filter((input) => !declared.includes(input))
        .map((input) => `${at}: ${input}`);
    });
    expect(unknown).toEqual([]);
  });

  test('PowerShell steps read environment variables as $env:NAME', () => {
    const scripts = yamlBlocks.flatMap((block) => powershellRuns(parse(block.body), { windows: false }).map((run) => ({ at: where(block), run })));
    expect(scripts.length).toBeGreaterThan(0);
    const wrong = scripts.flatMap(({ at, run }) => posixEnvReferencesInPowershell(run).map((name) => `${at}: $${name}`));
    expect(wrong).toEqual([]);
  });
});

test('PowerShell blocks read environment variables as $env:NAME', () => {
  const wrong = blocks.filter(isPowershell).flatMap((block) => posixEnvReferencesInPowershell(block.body).map((name) => `${where(block)}: $${name}`));
  expect(wrong).toEqual([]);
});

describe('CLI examples', () => {
  const help = runCli(['--help']);
  const shellBlocks = blocks.filter((block) => !isTypescript(block) && block.lang !== 'text');
  const mainFlags = flagsIn(help);
  // A subcommand is a word the help shows right after the command's name (`oauth-token exec ...`).
  const subcommands = new Set([...help.matchAll(/oauth-token\s+([a-z][a-z-]*)\b/g)].map(([, word]) => word!));
  const subcommandFlags = new Map<string, Set<string>>();
  const flagsOf = (subcommand: string | undefined): Set<string> => {
    if (subcommand === undefined) return mainFlags;
    if (!subcommandFlags.has(subcommand)) {
      const own = spawnSync(process.execPath, [CLI_ENTRY, subcommand, '--help'], { encoding: 'utf8' });
      subcommandFlags.set(subcommand, new Set([...mainFlags, ...(own.status === 0 ? flagsIn(own.stdout) : [])]));
    }
    return subcommandFlags.get(subcommand)!;
  };
  const invocations = shellBlocks.flatMap((block) => cliInvocations(block.body, subcommands).map((invocation) => ({ at: where(block), ...invocation })));

  test('there are command lines to check, with flags', () => {
    expect(invocations.length).toBeGreaterThan(10);
    expect(invocations.flatMap((invocation) => invocation.flags).length).toBeGreaterThan(20);
  });

  test('every OAUTH_* environment variable is one the --help texts name', () => {
    const helps = [help, ...[...subcommands].map((subcommand) => spawnSync(process.execPath, [CLI_ENTRY, subcommand, '--help'], { encoding: 'utf8' }).stdout)];
    const known = new Set(helps.flatMap((text) => text.match(/\bOAUTH_[A-Z0-9_]+/g) ?? []));
    const named = shellBlocks.flatMap((block) => (block.body.match(/\bOAUTH_[A-Z0-9_]+/g) ?? []).map((name) => ({ at: where(block), name })));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter(({ name }) => !known.has(name)).map(({ at, name }) => `${at}: ${name} (not in oauth-token --help)`)).toEqual([]);
  });

  test('every flag on an oauth-token command line is one its --help lists', () => {
    const unknown = invocations.flatMap(({ at, subcommand, flags, text }) =>
      flags.filter((flag) => !flagsOf(subcommand).has(flag)).map((flag) => `${at}: --${flag} in "${text.trim()}"`)
    );
    expect(unknown).toEqual([]);
  });
});

test('TypeScript examples that import the library type-check against lib/index.d.ts', () => {
  const examples = blocks.filter((block) => isTypescript(block) && /from\s+['"]oauth-token-action['"]/.test(block.body));
  expect(examples.length).toBeGreaterThan(2);
  const declarations = join(REPO_ROOT, 'lib', 'index.d.ts');
  expect(existsSync(declarations)).toBe(true); // npm test builds lib/ first (pretest)
  const dir = mkdtempSync(join(tmpdir(), 'docs-examples-'));
  try {
    const names = examples.map((block) => {
      const name = `${block.file.replace(/[^\w]+/g, '_')}_line_${block.line}.ts`;
      writeFileSync(join(dir, name), block.body);
      return name;
    });
    const compilerOptions = {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2022'],
      types: ['node'],
      typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
      strict: true,
      // Settings stricter than `strict` that a consumer may have: an example must compile there too.
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: true,
      paths: { 'oauth-token-action': [declarations] }
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: names }));
    const tsc = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    expect({ status: tsc.status, errors: `${tsc.stdout}${tsc.stderr}`.trim() }).toEqual({ status: 0, errors: '' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

describe('links', () => {
  const all = files.flatMap(links);
  const relativeLinks = all.filter(({ target }) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//'));

  test('the pages link to each other', () => {
    expect(relativeLinks.length).toBeGreaterThan(20);
  });

  test('every relative link resolves to a file, and its #anchor to a heading there', () => {
    const anchorsOf = new Map<string, Set<string>>();
    const broken = relativeLinks.flatMap(({ file, line, target }) => {
      const [path = '', anchor] = target.split('#', 2);
      const resolved = path === '' ? file : normalize(path.startsWith('/') ? path.slice(1) : join(dirname(file), decodeURIComponent(path)));
      if (!existsSync(join(REPO_ROOT, resolved))) return [`${file}:${line}: ${target} (no file ${resolved})`];
      if (anchor === undefined || !resolved.toLowerCase().endsWith('.md')) return [];
      if (!anchorsOf.has(resolved)) anchorsOf.set(resolved, anchors(resolved));
      return anchorsOf.get(resolved)!.has(decodeURIComponent(anchor)) ? [] : [`${file}:${line}: ${target} (no heading #${anchor} in ${resolved})`];
    });
    expect(broken).toEqual([]);
  });
});

/** The `--long` flags a help text names. */
function flagsIn(help: string): Set<string> {
  return new Set([...help.matchAll(/(?<![\w-])--([a-z][a-z0-9-]*)/g)].map(([, flag]) => flag!));
}

function runCli(args: string[]): string {
  expect(existsSync(CLI_ENTRY)).toBe(true); // npm test builds lib/ first (pretest)
  const run = spawnSync(process.execPath, [CLI_ENTRY, ...args], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  return run.stdout;
}

type Step = { uses?: unknown; with?: Record<string, unknown>; run?: unknown; shell?: unknown };

/** Every mapping with `uses: .../oauth-token-action@...` or `uses: ./`, wherever it nests. */
function actionSteps(node: unknown): Step[] {
  if (Array.isArray(node)) return node.flatMap(actionSteps);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const usesAction = typeof record.uses === 'string' && (/(^|\/)oauth-token-action@/.test(record.uses) || record.uses === './');
  return [...(usesAction ? [record as Step] : []), ...Object.values(record).flatMap(actionSteps)];
}

type ComponentInclude = { component: string; inputs?: Record<string, unknown> };

/** Every `include:` entry naming this repository's GitLab CI/CD component, wherever it nests. */
function componentIncludes(node: unknown): ComponentInclude[] {
  if (Array.isArray(node)) return node.flatMap(componentIncludes);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.component === 'string' && /\/oauth-token-action\//.test(record.component) ? [record as ComponentInclude] : [];
  return [...own, ...Object.values(record).flatMap(componentIncludes)];
}

/** The `spec: inputs:` names of the component's template (its first YAML document), if it exists. */
function componentInputs(name: string): string[] | undefined {
  const path = [join('templates', `${name}.yml`), join('templates', name, 'template.yml')].map((file) => join(REPO_ROOT, file)).find(existsSync);
  if (path === undefined) return undefined;
  const header = parseAllDocuments(readFileSync(path, 'utf8'))[0]?.toJS() as { spec?: { inputs?: Record<string, unknown> } } | undefined;
  return Object.keys(header?.spec?.inputs ?? {});
}

interface ShellContext {
  /** The job runs on Windows, whose default shell is pwsh. */
  windows: boolean;
  /** `defaults: run: shell:` of the workflow or job. */
  shell?: string;
}

/** The `run:` scripts of workflow steps whose shell is PowerShell. */
function powershellRuns(node: unknown, context: ShellContext): string[] {
  if (Array.isArray(node)) return node.flatMap((child) => powershellRuns(child, context));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const defaults = (record.defaults as { run?: { shell?: unknown } } | undefined)?.run?.shell;
  const inner: ShellContext = {
    windows: 'runs-on' in record ? /windows/i.test(JSON.stringify(record['runs-on'])) : context.windows,
    shell: typeof defaults === 'string' ? defaults : context.shell
  };
  const own: string[] = [];
  if (typeof record.run === 'string') {
    const shell = typeof record.shell === 'string' ? record.shell : (inner.shell ?? (inner.windows ? 'pwsh' : 'bash'));
    if (/^(pwsh|powershell)\b/.test(shell)) own.push(record.run);
  }
  return [...own, ...Object.entries(record).flatMap(([key, child]) => (key === 'run' ? [] : powershellRuns(child, inner)))];
}
