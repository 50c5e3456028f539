/**
 * The `generic` preset (any RFC 6749 server): the three grants of issue 2, the three
 * client authentications, and every request option.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { getToken } from '../../src/index.js';
import { decodedBasic, formPairs, interceptTokenEndpoint, recordingRuntime, sortedPairs, useNock } from '../helpers/nock-endpoint.js';

useNock({ beforeAll, afterEach, afterAll });

const TOKEN_URL = 'https://auth.example.test/realms/ci/protocol/openid-connect/token';
const PATH = '/realms/ci/protocol/openid-connect/token';
const answer = { access_token: 'fake-generic-access-0123', token_type: 'Bearer', expires_in: 300 };
const clientId = 'ci bot:1';
const clientSecret = 's3:cr+t%/ x';

async function sendOne(options: Parameters<typeof getToken>[0]) {
  const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ json: answer }]);
  const runtime = recordingRuntime();
  const token = await getToken({ tokenUrl: TOKEN_URL, ...options }, runtime);
  expect(endpoint.requests).toHaveLength(1);
  const request = endpoint.requests[0]!;
  expect(request.method).toBe('POST');
  expect(request.path).toBe(PATH);
  expect(request.headers['user-agent']).toEqual(expect.stringMatching(/\S/));
  // No compressed answer asked for, as curl asks none: decoding one costs the run node:zlib and its thread pool.
  expect(request.headers['accept-encoding']).toBeUndefined();
  return { request, token, runtime };
}

describe('client authentication', () => {
  test('client_secret_basic (the default with a secret): RFC 6749 §2.3.1 form-encodes id and secret before base64', async () => {
    const { request, runtime } = await sendOne({ clientId, clientSecret });
    expect(request.headers['user-agent']).toMatch(/^oauth-token-action\/\d+\.\d+\.\d+$/);
    const basic = `Basic ${Buffer.from('ci+bot%3A1:s3%3Acr%2Bt%25%2F+x').toString('base64')}`;
    expect(request.headers.authorization).toBe(basic);
    const [id, secret] = decodedBasic(request.headers.authorization)
      .split(':')
      .map((part) => new URLSearchParams(`v=${part}`).get('v'));
    expect({ id, secret }).toEqual({ id: clientId, secret: clientSecret });
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(formPairs(request.body)).toEqual(sortedPairs({ grant_type: 'client_credentials' }));
    expect(runtime.secrets).toEqual(expect.arrayContaining([clientSecret, basic, basic.slice('Basic '.length)]));
  });

  test('client_secret_post: id and secret in the body, no Authorization', async () => {
    const { request } = await sendOne({ clientAuth: 'client_secret_post', clientId, clientSecret });
    expect(request.headers.authorization).toBeUndefined();
    expect(formPairs(request.body)).toEqual(sortedPairs({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }));
  });

  test('none, asked for: only client_id identifies the public client', async () => {
    const { request } = await sendOne({ clientId, clientAuth: 'none' });
    expect(request.headers.authorization).toBeUndefined();
    expect(formPairs(request.body)).toEqual(sortedPairs({ grant_type: 'client_credentials', client_id: clientId }));
  });
});

describe('grants', () => {
  test('password: username and password in the body', async () => {
    const { request } = await sendOne({ grantType: 'password', clientId, clientSecret, username: 'jane doe', password: 'fake pass:+%/' });
    expect(formPairs(request.body)).toEqual(sortedPairs({ grant_type: 'password', username: 'jane doe', password: 'fake pass:+%/' }));
  });

  test('refresh_token: the refresh token in the body', async () => {
    const { request, runtime } = await sendOne({ grantType: 'refresh_token', clientId, clientSecret, refreshToken: 'fake-refresh-token-9' });
    expect(formPairs(request.body)).toEqual(sortedPairs({ grant_type: 'refresh_token', refresh_token: 'fake-refresh-token-9' }));
    expect(runtime.secrets).toContain('fake-refresh-token-9');
  });

  test('client_credentials is the default; the grant-type input also takes the spelling with a hyphen', async () => {
    const { request } = await sendOne({ grantType: 'client-credentials', clientId, clientSecret });
    expect(formPairs(request.body)).toEqual(sortedPairs({ grant_type: 'client_credentials' }));
  });
});

describe('request options', () => {
  test('scope, audience, several resources and extra params, each once', async () => {
    const { request } = await sendOne({
      clientId,
      clientSecret,
      scope: 'read write',
      audience: 'https://api.example.test',
      resource: 'https://api.example.test/a\n\n  https://api.example.test/b  \n',
      extraParams: 'tenant=acme\norganization = eng'
    });
    expect(formPairs(request.body)).toEqual(
      sortedPairs({
        grant_type: 'client_credentials',
        scope: 'read write',
        audience: 'https://api.example.test',
        resource: ['https://api.example.test/a', 'https://api.example.test/b'],
        tenant: 'acme',
        organization: 'eng'
      })
    );
  });

  test('headers: each line becomes a header, User-Agent included', async () => {
    const { request } = await sendOne({ clientId, clientSecret, headers: 'User-Agent: Acme-Deploy/2.0\nX-Tenant: acme' });
    expect(request.headers['user-agent']).toBe('Acme-Deploy/2.0');
    expect(request.headers['x-tenant']).toBe('acme');
  });

  test('headers: a lower-case user-agent replaces ours rather than adding a second one', async () => {
    const { request } = await sendOne({ clientId, clientSecret, headers: { 'user-agent': 'Acme-Deploy/2.0' } });
    expect(request.headers['user-agent']).toBe('Acme-Deploy/2.0');
  });

  test('body-format json: a JSON object, several resources as an array', async () => {
    const { request } = await sendOne({
      bodyFormat: 'json',
      clientAuth: 'client_secret_post',
      clientId,
      clientSecret,
      scope: 'read',
      resource: ['https://api.example.test/a', 'https://api.example.test/b']
    });
    expect(request.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request.body)).toEqual({
      grant_type: 'client_credentials',
      scope: 'read',
      resource: ['https://api.example.test/a', 'https://api.example.test/b'],
      client_id: clientId,
      client_secret: clientSecret
    });
  });
});
