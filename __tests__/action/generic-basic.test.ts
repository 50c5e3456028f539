/**
 * Runner level: the built action, a generic server, client_secret_basic with a secret
 * full of reserved characters, under RUNNER_DEBUG.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectOnePost } from '../helpers/action-expect.js';
import { runAction, maskedValues, type ActionRun } from '../helpers/run-action.js';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const clientId = 'ci client';
const clientSecret = 's3:cr+t%/ x';
const accessToken = 'at-generic-basic-0123456789';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: accessToken, scope: 'read write' })]);
  run = await runAction(
    { 'token-url': server.tokenUrl, 'client-id': clientId, 'client-secret': clientSecret, scope: 'read write', retries: '3', 'timeout-seconds': '30' },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('sends one form POST with the RFC 6749 §2.3.1 Basic header', () => {
  const request = expectOnePost(server.requests, '/token', {
    'content-type': 'application/x-www-form-urlencoded',
    authorization: `Basic ${basicForms(clientId, clientSecret)[0]}`
  });
  expect(formOf(request)).toEqual({ grant_type: 'client_credentials', scope: 'read write' });
});

test('writes the outputs and succeeds', () => {
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ access_token: accessToken, expires_in: '3600', token_type: 'Bearer', scope: 'read write', refresh_token: '', id_token: '' });
  expect(run.outputs.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
});

test('masks the token, the secret and the Basic value before anything else prints', () => {
  const masked = maskedValues(run.stdout);
  expect(masked).toEqual(expect.arrayContaining([clientSecret, accessToken, ...basicForms(clientId, clientSecret).slice(0, 1)]));
  expectNoSecrets(run.stdout + run.stderr, [clientSecret, accessToken, basicForms(clientId, clientSecret)[0]!]);
});
