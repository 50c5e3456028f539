// Prints the CHANGELOG.md section of one version (Keep a Changelog: `## [1.2.3] - date`),
// without its heading: the release notes of that version. Exit status 1 when there is none,
// so a release cannot go out without its notes.
//
//   node scripts/changelog-section.mjs 1.2.3 [path/to/CHANGELOG.md]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [version, file = join(import.meta.dirname, '..', 'CHANGELOG.md')] = process.argv.slice(2);
if (!version) {
  console.error('usage: node scripts/changelog-section.mjs <version> [CHANGELOG.md]');
  process.exit(2);
}

/** The lines between `## [version]` and the next `## ` heading (or the link definitions at the end). */
function changelogSection(text, wanted) {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(`## [${wanted}]`));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## ') || /^\[[^\]]+\]: /.test(line));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
}

const section = changelogSection(readFileSync(file, 'utf8'), version);
if (!section) {
  console.error(`${file} has no "## [${version}]" section with notes: add one before tagging v${version}`);
  process.exit(1);
}
console.log(section);
