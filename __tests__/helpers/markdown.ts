/**
 * Reads the documentation as a checker needs it: the Markdown files, their fenced code
 * blocks, their links and heading anchors, and the `oauth-token` command lines inside
 * the blocks. Used by __tests__/unit/docs-examples.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './run-action.js';

/** README.md and the other top-level pages, and every page under docs/ (pages added later included). */
export function markdownFiles(): string[] {
  const topLevel = readdirSync(REPO_ROOT).filter((name) => name.toLowerCase().endsWith('.md'));
  const docs = existsSync(join(REPO_ROOT, 'docs')) ? walk(join(REPO_ROOT, 'docs')).map((path) => relative(REPO_ROOT, path)) : [];
  return [...topLevel, ...docs.filter((path) => path.toLowerCase().endsWith('.md'))].sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface CodeBlock {
  /** Repository-relative path of the page. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The info string's first word, lower case (`yaml`, `sh`, ...). */
  lang: string;
  body: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;

/** The page's lines, each with whether it is inside a fenced block, and the blocks. */
function scan(file: string, markdown: string): { prose: string[]; blocks: CodeBlock[] } {
  const prose: string[] = [];
  const blocks: CodeBlock[] = [];
  let open: { fence: string; lang: string; line: number; lines: string[] } | undefined;
  markdown.split('\n').forEach((text, index) => {
    if (open) {
      const close = new RegExp(`^ {0,3}${open.fence[0] === '`' ? '`' : '~'}{${open.fence.length},}\\s*$`);
      if (close.test(text)) {
        blocks.push({ file, line: open.line, lang: open.lang, body: open.lines.join('\n') });
        open = undefined;
      } else open.lines.push(text);
      prose.push('');
      return;
    }
    const fence = FENCE.exec(text);
    if (fence) {
      open = { fence: fence[1]!, lang: fence[2]!.toLowerCase(), line: index + 1, lines: [] };
      prose.push('');
    } else prose.push(text);
  });
  return { prose, blocks };
}

export function codeBlocks(file: string): CodeBlock[] {
  return scan(file, readFileSync(join(REPO_ROOT, file), 'utf8')).blocks;
}

/** The anchors GitHub makes for a page: one per heading (duplicates numbered), and explicit `<a id>`/`<a name>`. */
export function anchors(file: string): Set<string> {
  const markdown = readFileSync(join(REPO_ROOT, file), 'utf8');
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const line of scan(file, markdown).prose) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const slug = slugOf(heading[1]!);
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      result.add(count === 0 ? slug : `${slug}-${count}`);
    }
    for (const [, id] of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) result.add(id!);
  }
  return result;
}

/** GitHub's heading slug: the rendered text, lower case, punctuation dropped, spaces to hyphens. */
export function slugOf(heading: string): string {
  const rendered = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/<[^>]+>/g, '') // inline HTML
    .replace(/`([^`]*)`/g, '$1') // code spans: their content, underscores and all
    .replace(/(\*\*|__|\*)(?=\S)([\s\S]*?\S)\1/g, '$2'); // emphasis markers
  return rendered
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export interface Link {
  file: string;
  line: number;
  target: string;
}

/** Every link of the page's prose (not of its code): inline, reference definitions, HTML href/src. */
export function links(file: string): Link[] {
  const { prose } = scan(file, readFileSync(join(REPO_ROOT, file), 'utf8'));
  return prose.flatMap((text, index) => {
    const line = text.replace(/`[^`]*`/g, '');
    const targets = [
      ...[...line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(([, target]) => target!),
      ...[...line.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map(([, target]) => target!),
      ...[...line.matchAll(/\s(?:href|src)="([^"]+)"/g)].map(([, target]) => target!)
    ];
    return targets.map((target) => ({ file, line: index + 1, target }));
  });
}

export interface CliInvocation {
  /** The command line from the command on, cut where the shell would end it. */
  text: string;
  /** A subcommand (`exec`, `revoke`, ...) when the first argument is a word the help names. */
  subcommand?: string;
  /** The `--long` flags given to the CLI (not those after `--`, which belong to COMMAND). */
  flags: string[];
}

// `oauth-token` or `oauth-token-action` run as a command: not part of a path, URL,
// package spec (`org/oauth-token-action@v1`) or job name (`.oauth-token`).
const BARE_COMMAND = /(?<![\w./:#@$-])oauth-token(?:-action)?(?![\w./#@-])/g;
// npx (or npm exec, pnpm/yarn dlx) with its own flags, then a package spec naming the package.
const PACKAGE_RUNNER = /(?<![\w-])(?:npx|npm\s+exec|pnpm\s+dlx|yarn\s+dlx)((?:\s+-[\w-]+(?:=\S+)?)*)(?:\s+--)?\s+(['"]?)([^\s'"]*oauth-token-action[^\s'"]*)\2/g;

/**
 * The invocations of the CLI in a block of shell (or of YAML, Groovy, PowerShell whose
 * strings hold shell lines). `subcommands` are the words the help names as subcommands.
 */
export function cliInvocations(body: string, subcommands: ReadonlySet<string>): CliInvocation[] {
  const text = body.replace(/\\\r?\n/g, ' ').replace(/`\r?\n/g, ' '); // sh and pwsh line continuations
  const starts = new Set<number>();
  for (const match of text.matchAll(BARE_COMMAND)) starts.add(match.index + match[0].length);
  for (const match of text.matchAll(PACKAGE_RUNNER)) starts.add(match.index + match[0].length);
  return [...starts]
    .sort((a, b) => a - b)
    .map((start) => {
      const words = shellWords(text.slice(start));
      const first = words[0];
      const subcommand = first !== undefined && subcommands.has(first) ? first : undefined;
      const end = words.indexOf('--');
      const own = end === -1 ? words : words.slice(0, end);
      const flags = own.flatMap((word) => /^--([a-z][a-z0-9-]*)(?:=.*)?$/.exec(word)?.[1] ?? []);
      return { text: text.slice(start, start + 200).split('\n')[0]!, subcommand, flags };
    });
}

/**
 * The words of one shell command, up to where it ends: a line break, `;`, `|`, `&`, a
 * redirection, the `)` closing a `$(...)`, or a comment. Quotes are honoured.
 */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const char of text) {
    if (char === '\n') break; // an unbalanced quote (an apostrophe in a comment) ends with its line
    if (quote) {
      if (char === quote) quote = undefined;
      else word += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      word ??= '';
      continue;
    }
    if (/[;|&<>)]/.test(char)) break;
    if (char === '#' && word === undefined) break;
    if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
      continue;
    }
    word = (word ?? '') + char;
  }
  if (word !== undefined) words.push(word);
  return words;
}

// PowerShell's own variables that look like environment variables.
const POWERSHELL_AUTOMATIC = new Set(['LASTEXITCODE', 'HOME', 'PWD', 'PID', 'HOST', 'PROFILE', 'PSHOME', 'ERROR', 'TRUE', 'FALSE', 'NULL']);

/**
 * `$NAME` references in a PowerShell script that read like a POSIX shell's environment
 * variables (upper case, not set by the script itself): in PowerShell they are empty
 * variables, and the environment is `$env:NAME`.
 */
export function posixEnvReferencesInPowershell(script: string): string[] {
  const assigned = new Set([...script.matchAll(/\$([A-Za-z_]\w*)\s*=(?!=)/g)].map(([, name]) => name!.toUpperCase()));
  return [...script.matchAll(/\$(?!env:)([A-Za-z_]\w*)(?![\w:])/gi)]
    .map(([, name]) => name!)
    .filter((name) => /^[A-Z][A-Z0-9_]*$/.test(name) && !POWERSHELL_AUTOMATIC.has(name) && !assigned.has(name));
}
