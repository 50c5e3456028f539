/**
 * Runner level: `provider: crayon` sends the password grant with the raw
 * `ClientId:ClientSecret` Basic header Crayon documents, to its path with the
 * trailing slash, and reads the PascalCase answer.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden, expectTokenOutputs, expectOnePost, OUR_USER_AGENT } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientId = 'fake-crayon-client-7d1';
const clientSecret = 'fake:crayon+secret%/ x';
const username = 'api-user@example.test';
const password = 'fake crayon p@ss:word+%';
const accessToken = 'fake-crayon-access-eyJhbGciOiJSUzI1NiIs';
const basicValue = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ json: { AccessToken: accessToken, IdentityToken: null, Error: null, ExpiresIn: 20060, TokenType: 'Bearer', RefreshToken: null } }]);
  run = await runAction(
    { provider: 'crayon', 'token-url': `${server.origin}/api/v1/connect/token/`, 'client-id': clientId, 'client-secret': clientSecret, username, password },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('POSTs the documented request: raw Basic, Accept, four form fields', () => {
  const request = expectOnePost(server.requests, '/api/v1/connect/token/', {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
    'user-agent': OUR_USER_AGENT
  });
  expect(request.headers.authorization).toBe(`Basic ${basicValue}`);
  expect([...new URLSearchParams(request.body).keys()].sort()).toEqual(['grant_type', 'password', 'scope', 'username']);
  expect(formOf(request)).toEqual({ grant_type: 'password', username, password, scope: 'CustomerApi' });
});

test('reads AccessToken, ExpiresIn and TokenType into the outputs', () => {
  expectTokenOutputs(run, { access_token: accessToken, expires_in: '20060', token_type: 'Bearer' });
});

test('masks the token, the secret, the password and the Basic value, and shows none of them', () => {
  expectMaskedAndHidden(run, [accessToken, clientSecret, password, basicValue, `Basic ${basicValue}`], [accessToken, clientSecret, password, basicValue]);
});
