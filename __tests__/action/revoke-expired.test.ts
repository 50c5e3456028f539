/**
 * Runner level: the post step runs after the access token expired (a long job). It
 * warns and does not send the expired access token, but still revokes the refresh
 * token, which outlives it. The saved state is written here as the main step writes it.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { stateEnv } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';

const accessToken = 'at-expired-0123456789';
const refreshToken = 'rt-still-valid-0123456789';
let server: TokenServer;
let post: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ status: 200, text: '' }]);
  const state = {
    revocation: JSON.stringify({
      revocationEndpoint: `${server.origin}/revoke`,
      tokenEndpoint: server.tokenUrl,
      accessToken,
      expiresAt: '2020-01-01T00:00:00Z',
      refreshToken
    })
  };
  post = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'ci', 'client-secret': 'expired-secret', revoke: 'true' }, { entry: 'post', env: stateEnv(state) });
});
afterAll(() => server.close());

test('warns about the expired access token and revokes only the refresh token', () => {
  expect(post.code).toBe(0);
  expect(post.stderr).toBe('');
  expect(post.stdout).toContain('::warning::The access token expired at 2020-01-01T00:00:00Z; not revoking it (the refresh token still is)');
  expect(server.requests.map(formOf)).toEqual([{ token: refreshToken, token_type_hint: 'refresh_token' }]);
  expect(post.stdout).toContain(`Revoked the refresh token at ${new URL(server.origin).host}`);
});

test('masks both tokens first and prints neither', () => {
  expect(post.stdout.split('\n').slice(0, 2)).toEqual([`::add-mask::${accessToken}`, `::add-mask::${refreshToken}`]);
  expectNoSecrets(post.stdout + post.stderr, [accessToken, refreshToken]);
});
