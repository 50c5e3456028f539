/**
 * scripts/changelog-section.mjs: the release workflow's notes are one version's section of
 * CHANGELOG.md (Keep a Changelog), and a release without one stops.
 */
import { afterAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, spawnCollect } from '../helpers/run-action.js';

const work = mkdtempSync(join(tmpdir(), 'oauth-changelog-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function section(...args: string[]) {
  return spawnCollect(process.execPath, [join(REPO_ROOT, 'scripts', 'changelog-section.mjs'), ...args], { PATH: process.env.PATH ?? '' }, 10_000);
}

test('prints one version section without its heading, up to the next version or the link definitions', async () => {
  const changelog = join(work, 'CHANGELOG.md');
  writeFileSync(
    changelog,
    [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      '## [1.1.0] - 2027-01-02',
      '',
      '### Added',
      '',
      '- `keep-fresh`.',
      '',
      '## [1.0.0] - 2027-01-01',
      '',
      '### Fixed',
      '',
      '- Something.',
      '',
      '[1.1.0]: https://github.com/org/oauth-token-action/compare/v1.0.0...v1.1.0',
      '[1.0.0]: https://github.com/org/oauth-token-action/releases/tag/v1.0.0',
      ''
    ].join('\n')
  );
  expect(await section('1.1.0', changelog)).toEqual({ code: 0, stdout: '### Added\n\n- `keep-fresh`.\n', stderr: '' });
  expect(await section('1.0.0', changelog)).toEqual({ code: 0, stdout: '### Fixed\n\n- Something.\n', stderr: '' });
  const empty = await section('Unreleased', changelog);
  expect(empty.code).toBe(1);
});

test('a version with no section fails, naming it, so no release goes out without notes', async () => {
  const missing = await section('9.9.9');
  expect({ code: missing.code, stdout: missing.stdout }).toEqual({ code: 1, stdout: '' });
  expect(missing.stderr).toMatch(/no "## \[9\.9\.9\]" section with notes: add one before tagging v9\.9\.9/);
});

test("the repository's CHANGELOG.md has notes for what is not yet released", async () => {
  const unreleased = await section('Unreleased');
  expect(unreleased.code).toBe(0);
  expect(unreleased.stdout).toMatch(/^### Added$/m);
});
