/**
 * CLI: an input checked before the core runs (`--refresh-margin-seconds` with `--cache` or
 * `exec`) or a hint (the grant type) never quotes a secret that was put there by mistake;
 * the words around it stay.
 */
import { afterEach, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { startTokenServer } from '../helpers/token-server.js';

const clientSecret = 'cli-wrong-input-secret-42';
let cacheDir: string | undefined;
afterEach(() => {
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

async function stderrOf(args: string[]): Promise<{ status: number; stderr: string }> {
  cacheDir = mkdtempSync(join(tmpdir(), 'cli-wrong-input-'));
  let stderr = '';
  const env = { OAUTH_CLIENT_ID: 'ci', OAUTH_CLIENT_SECRET: clientSecret, OAUTH_CACHE_DIR: cacheDir };
  const status = await runCli(args, env, { stdout: () => undefined, stderr: (text) => (stderr += text) });
  return { status, stderr };
}

test.each([
  ['--cache', ['--cache', '--token-url', 'http://127.0.0.1:1/token', '--refresh-margin-seconds', clientSecret]],
  ['exec', ['exec', '--token-url', 'http://127.0.0.1:1/token', '--refresh-margin-seconds', clientSecret, '--', 'true']]
])('%s: the secret in the wrong input is redacted in the input error', async (_, args) => {
  const { status, stderr } = await stderrOf(args);
  expect(status).toBe(2);
  expect(stderr).toBe('oauth-token: --refresh-margin-seconds (OAUTH_REFRESH_MARGIN_SECONDS) must be a number of seconds, 0 or more (got "***")\n');
});

test("a refusal's hint does not quote a secret put in grant-type", async () => {
  const server = await startTokenServer([{ status: 400, json: { error: 'unsupported_grant_type' } }]);
  try {
    const { status, stderr } = await stderrOf(['--token-url', server.tokenUrl, '--retries', '0', '--grant-type', clientSecret]);
    expect(status).toBe(1);
    expect(stderr.split('\n')[1]).toMatch(/^oauth-token: Hint: the server does not support grant_type "\*\*\*": check grant-type/);
    expect(stderr).not.toContain(clientSecret);
  } finally {
    await server.close();
  }
});
