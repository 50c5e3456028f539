/**
 * The token exchange (RFC 8693 §2.1) and JWT bearer (RFC 7523 §2.1) grants send
 * exactly their RFC parameters: nothing missing, nothing extra, in a stable order.
 */
import { describe, expect, test } from '@jest/globals';
import { planTokenRequest } from '../../src/core/plan.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { buildTokenRequest } from '../../src/core/token-request.js';
import type { TokenOptions } from '../../src/core/types.js';

const tokenUrl = 'https://sts.example.test/oauth2/token';
const subjectToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzdWJqZWN0In0.ZmFrZS1zdWJqZWN0';
const actorToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhY3RvciJ9.ZmFrZS1hY3Rvcg';
const assertion = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib3QifQ.ZmFrZS1hc3NlcnRpb24';

async function bodyOf(options: TokenOptions): Promise<Array<[string, string]>> {
  const plan = planTokenRequest({ tokenUrl, ...options });
  const request = await buildTokenRequest(plan, new URL(tokenUrl), new SecretRegistry());
  return [...new URLSearchParams(request.body)];
}

describe('token_exchange (RFC 8693 §2.1)', () => {
  test('the minimum: grant_type, subject_token and the default subject_token_type', async () => {
    expect(await bodyOf({ grantType: 'token_exchange', subjectToken })).toEqual([
      ['grant_type', 'urn:ietf:params:oauth:grant-type:token-exchange'],
      ['subject_token', subjectToken],
      ['subject_token_type', 'urn:ietf:params:oauth:token-type:jwt']
    ]);
  });

  test('every parameter of §2.1, and no other', async () => {
    const body = await bodyOf({
      grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subjectToken,
      subjectTokenType: 'urn:ietf:params:oauth:token-type:id_token',
      actorToken,
      actorTokenType: 'urn:ietf:params:oauth:token-type:access_token',
      requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
      scope: 'inventory.read inventory.write',
      audience: 'inventory-api',
      resource: 'https://inventory.example.test/\nhttps://billing.example.test/'
    });
    expect(body).toEqual([
      ['grant_type', 'urn:ietf:params:oauth:grant-type:token-exchange'],
      ['subject_token', subjectToken],
      ['subject_token_type', 'urn:ietf:params:oauth:token-type:id_token'],
      ['actor_token', actorToken],
      ['actor_token_type', 'urn:ietf:params:oauth:token-type:access_token'],
      ['requested_token_type', 'urn:ietf:params:oauth:token-type:access_token'],
      ['scope', 'inventory.read inventory.write'],
      ['audience', 'inventory-api'],
      ['resource', 'https://inventory.example.test/'],
      ['resource', 'https://billing.example.test/']
    ]);
  });

  test('several audiences are several audience parameters (§2.1), given as lines or as a list', async () => {
    const audiences = ['inventory-api', 'https://billing.example.test/'];
    for (const audience of [audiences.join('\n'), ` ${audiences[0]}\r\n\n${audiences[1]} `, audiences]) {
      const body = await bodyOf({ grantType: 'token_exchange', subjectToken, audience });
      expect(body.filter(([name]) => name === 'audience')).toEqual(audiences.map((value) => ['audience', value]));
    }
  });

  test('a confidential client authenticates as usual (here with a Basic header), apart from the grant parameters', async () => {
    const plan = planTokenRequest({ tokenUrl, grantType: 'token_exchange', subjectToken, clientId: 'gateway', clientSecret: 'fake-gateway-secret' });
    const request = await buildTokenRequest(plan, new URL(tokenUrl), new SecretRegistry());
    expect([...new URLSearchParams(request.body).keys()]).toEqual(['grant_type', 'subject_token', 'subject_token_type']);
    expect(request.headers).toContainEqual(['Authorization', `Basic ${Buffer.from('gateway:fake-gateway-secret').toString('base64')}`]);
  });

  test('subject_token is required', () => {
    expect(() => planTokenRequest({ tokenUrl, grantType: 'token_exchange' })).toThrow('Input "subject-token" is required with grant-type "token_exchange"');
  });

  test('actor_token_type is required with actor_token and refused without it', () => {
    expect(() => planTokenRequest({ tokenUrl, grantType: 'token_exchange', subjectToken, actorToken })).toThrow('Input "actor-token-type" is required when "actor-token" is given');
    expect(() => planTokenRequest({ tokenUrl, grantType: 'token_exchange', subjectToken, actorTokenType: 'urn:ietf:params:oauth:token-type:jwt' })).toThrow(
      'Input "actor-token-type" is only used together with "actor-token"'
    );
  });
});

describe('jwt_bearer (RFC 7523 §2.1)', () => {
  test('exactly grant_type and assertion', async () => {
    expect(await bodyOf({ grantType: 'jwt_bearer', assertion })).toEqual([
      ['grant_type', 'urn:ietf:params:oauth:grant-type:jwt-bearer'],
      ['assertion', assertion]
    ]);
  });

  test('with scope, and client_id for a public client', async () => {
    expect(await bodyOf({ grantType: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion, scope: 'deploy', clientId: 'ci', clientAuth: 'none' })).toEqual([
      ['grant_type', 'urn:ietf:params:oauth:grant-type:jwt-bearer'],
      ['assertion', assertion],
      ['scope', 'deploy'],
      ['client_id', 'ci']
    ]);
  });

  test('assertion is required', () => {
    expect(() => planTokenRequest({ tokenUrl, grantType: 'jwt_bearer' })).toThrow('Input "assertion" is required with grant-type "jwt_bearer"');
  });

  test('the grant-specific parameters cannot be smuggled in through extra-params twice', () => {
    expect(() => planTokenRequest({ tokenUrl, grantType: 'jwt_bearer', assertion, extraParams: 'assertion=other' })).toThrow('Input "extra-params" sets "assertion"');
  });
});
