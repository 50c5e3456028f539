/**
 * Runner level: `provider: understory` sends the documented form body with its
 * audience and the User-Agent the user names in `headers`; Ory's lower-case
 * `bearer` comes out as returned.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden, expectTokenOutputs, expectOnePost } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientId = 'fake-understory-client';
const clientSecret = 'fake-understory-secret-8f2e';
const accessToken = 'fake-understory-access-eyJhbGciOiJSUzI1NiIs';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ json: { access_token: accessToken, expires_in: 3599, scope: 'openid marketing.read', token_type: 'bearer' } }]);
  run = await runAction(
    {
      provider: 'understory',
      'token-url': `${server.origin}/oauth2/token`,
      'client-id': clientId,
      'client-secret': clientSecret,
      scope: 'openid marketing.read',
      headers: 'User-Agent: My-Company/Marketing-Automation-App'
    },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('POSTs the documented form body with the chosen User-Agent', () => {
  const request = expectOnePost(server.requests, '/oauth2/token', {
    'content-type': 'application/x-www-form-urlencoded',
    'user-agent': 'My-Company/Marketing-Automation-App',
    authorization: undefined
  });
  expect([...new URLSearchParams(request.body).keys()].sort()).toEqual(['audience', 'client_id', 'client_secret', 'grant_type', 'scope']);
  expect(formOf(request)).toEqual({
    grant_type: 'client_credentials',
    scope: 'openid marketing.read',
    audience: 'https://api.understory.io',
    client_id: clientId,
    client_secret: clientSecret
  });
});

test('writes the outputs, token_type as returned', () => {
  expectTokenOutputs(run, { access_token: accessToken, expires_in: '3599', token_type: 'bearer', scope: 'openid marketing.read' });
});

test('masks the token and the secret, and shows neither', () => {
  expectMaskedAndHidden(run, [accessToken, clientSecret], [accessToken, clientSecret]);
});
