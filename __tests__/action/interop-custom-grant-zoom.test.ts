/**
 * Runner level: Zoom's Server-to-Server OAuth, a grant beyond the RFCs: `grant-type:
 * account_credentials` is sent as is, `account_id` comes from `extra-params`, the
 * client authenticates with a Basic header.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden, expectOnePost, expectTokenOutputs } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'fake-zoom-secret-0123';
const accessToken = 'at-zoom-0123456789';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: accessToken, scope: 'user:read:admin' })]);
  run = await runAction({
    'token-url': `${server.origin}/oauth/token`,
    'grant-type': 'account_credentials',
    'client-id': 'zoom-client',
    'client-secret': clientSecret,
    'extra-params': 'account_id=fake-account-42'
  });
});
afterAll(() => server.close());

test('gets the token, the step log naming the grant', () => {
  expect(run.stderr).toBe('');
  expectTokenOutputs(run, { access_token: accessToken, token_type: 'Bearer', expires_in: '3600', scope: 'user:read:admin' });
  expect(run.stdout).toContain('grant account_credentials');
});

test('sends exactly grant_type=account_credentials&account_id=... with the client in a Basic header', () => {
  const request = expectOnePost(server.requests, '/oauth/token', { authorization: `Basic ${Buffer.from(`zoom-client:${clientSecret}`).toString('base64')}` });
  expect(request.body).toBe('grant_type=account_credentials&account_id=fake-account-42');
});

test('masks the secret and the token', () => {
  expectMaskedAndHidden(run, [clientSecret, accessToken], [clientSecret, accessToken]);
});
