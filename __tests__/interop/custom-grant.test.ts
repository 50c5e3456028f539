/**
 * Grants beyond the known table are sent as is (RFC 6749 §4.5), with client
 * authentication and `extra-params`: Zoom's Server-to-Server OAuth
 * (`grant_type=account_credentials` + `account_id`, client id and secret in a Basic
 * header) and an extension grant named by an absolute URI.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { getToken, InputError } from '../../src/index.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { ACCESS_TOKEN } from './servers.js';

let server: TokenServer;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: ACCESS_TOKEN, scope: 'user:read:admin' })]);
});
afterAll(() => server.close());

test('Zoom: exactly grant_type=account_credentials&account_id=..., the client in a Basic header', async () => {
  const token = await getToken({
    tokenUrl: server.tokenUrl,
    grantType: 'account_credentials',
    clientId: 'zoom-client',
    clientSecret: 'fake-zoom-secret',
    extraParams: 'account_id=fake-account-42'
  });
  expect(token.accessToken).toBe(ACCESS_TOKEN);
  const request = server.requests.at(-1)!;
  expect(request.body).toBe('grant_type=account_credentials&account_id=fake-account-42');
  expect(request.headers.authorization).toBe(`Basic ${Buffer.from('zoom-client:fake-zoom-secret').toString('base64')}`);
});

test('an absolute URI grant with client_secret_post, scope and extra parameters, in wire order', async () => {
  await getToken({
    tokenUrl: server.tokenUrl,
    grantType: 'https://grants.example.test/ci-attestation',
    clientId: 'ext-client',
    clientSecret: 'fake-ext-secret',
    clientAuth: 'client_secret_post',
    scope: 'deploy',
    extraParams: 'attestation=fake-attestation\nrunner=linux'
  });
  expect(server.requests.at(-1)!.body).toBe(
    'grant_type=https%3A%2F%2Fgrants.example.test%2Fci-attestation&scope=deploy&attestation=fake-attestation&runner=linux&client_id=ext-client&client_secret=fake-ext-secret'
  );
});

test("a custom grant needs none of the known grants' inputs, and refuses them rather than drop them", async () => {
  const sent = server.requests.length;
  const error = await getToken({ tokenUrl: server.tokenUrl, grantType: 'account_credentials', clientId: 'c', clientSecret: 'fake-s', username: 'u' }).catch(
    (caught: unknown) => caught
  );
  expect(error).toBeInstanceOf(InputError);
  expect(error).toMatchObject({ input: 'username', problem: 'is only used with grant-type "password", but grant-type is "account_credentials"' });
  expect(server.requests).toHaveLength(sent);
});
