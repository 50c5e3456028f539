/**
 * Runner level: the post step finds a `STATE_revocation` it cannot read (truncated
 * JSON holding a token). It warns without quoting the state, sends nothing and does
 * not fail the job.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const accessToken = 'at-truncated-state-0123456789';
let server: TokenServer;
let post: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ status: 200, text: '' }]);
  post = await runAction(
    { 'token-url': server.tokenUrl, 'client-id': 'ci', 'client-secret': 'bad-state-secret', revoke: 'true' },
    { entry: 'post', env: { STATE_revocation: `{"revocationEndpoint":"${server.origin}/revoke","accessToken":"${accessToken}` } }
  );
});
afterAll(() => server.close());

test('warns without quoting the state and sends nothing', () => {
  expect(post.code).toBe(0);
  expect(post.stderr).toBe('');
  expect(post.stdout).toBe('::warning::Token revocation skipped: the saved state "revocation" is not what the main step writes\n');
  expect(server.requests).toEqual([]);
  expectNoSecrets(post.stdout, [accessToken]);
});
