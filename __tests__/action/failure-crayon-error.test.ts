/**
 * Runner level: Crayon's PascalCase `Error` field in a 400 answer fails in one line
 * with the status and the error.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden, expectOneLineFailure } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientId = 'fake-crayon-client';
const clientSecret = 'fake-crayon-error-secret:+/';
const password = 'fake crayon wrong password';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ status: 400, json: { AccessToken: null, IdentityToken: null, Error: 'invalid_grant', ExpiresIn: 0, TokenType: null, RefreshToken: null } }]);
  run = await runAction(
    { provider: 'crayon', 'token-url': `${server.origin}/api/v1/connect/token/`, 'client-id': clientId, 'client-secret': clientSecret, username: 'api-user', password },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('fails in one line with the status and the Error field', () => {
  expectOneLineFailure(run, 'Token endpoint answered HTTP 400: invalid_grant');
  expect(server.requests).toHaveLength(1);
});

test('the secret, the password and the Basic value were masked and are shown nowhere', () => {
  const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
  expectMaskedAndHidden(run, [clientSecret, password, basic], [clientSecret, password, basic]);
});
