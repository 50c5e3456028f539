/**
 * Runner level: Salesforce's JWT bearer flow. The action signs the grant's assertion
 * with `private-key` (RFC 7523 §2.1, §3): `iss` = the consumer key (`client-id`), `sub` =
 * the username, `aud` = https://login.salesforce.com; no client secret, no client
 * authentication. The server verifies it claim by claim.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectTokenOutputs } from '../helpers/action-expect.js';
import { verifyJwt } from '../helpers/jwt-verify.js';
import { maskedValues, runAction, type ActionRun } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { ACCESS_TOKEN, rsaKey } from '../interop/servers.js';

const key = rsaKey();
let server: TokenServer;
let run: ActionRun;
let before: number;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: ACCESS_TOKEN, instance_url: 'https://example.my.salesforce.com' })]);
  before = Math.floor(Date.now() / 1000);
  run = await runAction(
    {
      'token-url': `${server.origin}/services/oauth2/token`,
      'grant-type': 'jwt_bearer',
      'client-id': '3MVG9-fake-consumer-key',
      'private-key': key.pem,
      'assertion-subject': 'ci-bot@example.com',
      'assertion-audience': 'https://login.salesforce.com'
    },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('gets the token', () => {
  expect(run.stderr).toBe('');
  expectTokenOutputs(run, { access_token: ACCESS_TOKEN, token_type: 'Bearer', expires_in: '3600' });
});

test('sends exactly grant_type and a signed assertion with the Salesforce claims', () => {
  expect(server.requests).toHaveLength(1);
  const [request] = server.requests;
  expect(request!.url).toBe('/services/oauth2/token');
  expect(request!.headers.authorization).toBeUndefined();
  const body = formOf(request!);
  expect(Object.keys(body)).toEqual(['grant_type', 'assertion']);
  expect(body.grant_type).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
  const { claims } = verifyJwt(body.assertion!, key.publicKey);
  expect(claims).toEqual({
    iss: '3MVG9-fake-consumer-key',
    sub: 'ci-bot@example.com',
    aud: 'https://login.salesforce.com',
    jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
    iat: expect.any(Number),
    nbf: claims.iat,
    exp: (claims.iat as number) + 300
  });
  expect(claims.iat as number).toBeGreaterThanOrEqual(before);
});

test('masks the signed assertion before anything prints it, and prints no secret even with debug on', () => {
  const assertion = formOf(server.requests[0]!).assertion!;
  expect(maskedValues(run.stdout)).toEqual(expect.arrayContaining([assertion, ACCESS_TOKEN]));
  const keyLines = key.pem.split('\n').filter((line) => line.length > 8 && !line.startsWith('-----'));
  expectNoSecrets(run.stdout + run.stderr, [assertion, ACCESS_TOKEN, ...keyLines]);
});
