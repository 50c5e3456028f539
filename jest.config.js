import { spawnSync } from 'node:child_process';

/**
 * gitlab-ci-local, which runs the GitLab pipeline tests, copies job files with rsync. On
 * a machine without it those tests are left out, with a note, so that `npm ci && npm test`
 * passes with Node alone; CI (`CI` set) installs rsync in .ci/run and never leaves them out.
 */
const rsyncMissing = spawnSync('sh', ['-c', 'command -v rsync'], { stdio: 'ignore' }).status !== 0;
const leaveOutPipelines = rsyncMissing && !process.env.CI;
if (leaveOutPipelines) {
  process.stderr.write('Note: the GitLab pipeline tests (__tests__/gitlab/) are left out: they need rsync on PATH (apt-get install rsync, brew install rsync).\n');
}

/** Jest runs the TypeScript sources as ESM through ts-jest. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(leaveOutPipelines ? ['<rootDir>/__tests__/gitlab/'] : [])],
  testTimeout: 30000
};
