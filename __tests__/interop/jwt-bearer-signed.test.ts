/**
 * The JWT bearer grant with an assertion signed here (RFC 7523 §2.1, §3), against
 * loopback servers shaped like Salesforce's JWT bearer flow and a Google service
 * account's token endpoint. Each verifies the assertion with the public key and checks
 * it claim by claim, and the body parameter by parameter, as those servers do.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getToken, InputError } from '../../src/index.js';
import { verifyJwt, type DecodedJwt } from '../helpers/jwt-verify.js';
import { formOf, startTokenServer, tokenReply, type RecordedRequest, type TokenServer } from '../helpers/token-server.js';
import { ACCESS_TOKEN, rsaKey } from './servers.js';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const key = rsaKey();
let server: TokenServer;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: ACCESS_TOKEN })]);
});
afterAll(() => server.close());

/** The one request of a run: its form body and its verified assertion. */
function lastRequest(): { request: RecordedRequest; body: Record<string, string>; assertion: DecodedJwt } {
  const request = server.requests.at(-1)!;
  const body = formOf(request);
  return { request, body, assertion: verifyJwt(body.assertion!, key.publicKey) };
}

function expectLifetime(claims: Record<string, unknown>, before: number): void {
  const iat = claims.iat as number;
  expect(iat).toBeGreaterThanOrEqual(before);
  expect(iat).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
  expect(claims.nbf).toBe(iat);
  expect(claims.exp).toBe(iat + 300);
  expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
}

describe('Salesforce: iss = consumer key, sub = username, aud = https://login.salesforce.com, no secret', () => {
  test('sends exactly grant_type and the assertion, which verifies claim by claim', async () => {
    const before = Math.floor(Date.now() / 1000);
    const token = await getToken({
      tokenUrl: server.tokenUrl,
      grantType: 'jwt_bearer',
      clientId: '3MVG9-fake-consumer-key',
      privateKey: key.pem,
      assertionSubject: 'ci-bot@example.com',
      assertionAudience: 'https://login.salesforce.com'
    });
    expect(token.accessToken).toBe(ACCESS_TOKEN);
    const { request, body, assertion } = lastRequest();
    expect(request.headers.authorization).toBeUndefined();
    expect(Object.keys(body)).toEqual(['grant_type', 'assertion']);
    expect(body.grant_type).toBe(JWT_BEARER);
    expect(assertion.header).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(Object.keys(assertion.claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'sub']);
    expect(assertion.claims).toMatchObject({ iss: '3MVG9-fake-consumer-key', sub: 'ci-bot@example.com', aud: 'https://login.salesforce.com' });
    expectLifetime(assertion.claims, before);
  });
});

describe("Google service account: iss = sub = the account's email, aud = its token URI, a scope claim", () => {
  test('sends exactly grant_type and the assertion; aud defaults to the token endpoint', async () => {
    const before = Math.floor(Date.now() / 1000);
    await getToken({
      tokenUrl: server.tokenUrl,
      grantType: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      privateKey: key.pem,
      privateKeyId: 'fake-key-id-0123',
      assertionIssuer: 'ci-deployer@my-project.iam.gserviceaccount.com',
      assertionClaims: '{"scope": "https://www.googleapis.com/auth/cloud-platform"}'
    });
    const { request, body, assertion } = lastRequest();
    expect(request.headers.authorization).toBeUndefined();
    expect(Object.keys(body)).toEqual(['grant_type', 'assertion']);
    expect(assertion.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'fake-key-id-0123' });
    expect(assertion.claims).toMatchObject({
      iss: 'ci-deployer@my-project.iam.gserviceaccount.com',
      sub: 'ci-deployer@my-project.iam.gserviceaccount.com',
      aud: server.tokenUrl,
      scope: 'https://www.googleapis.com/auth/cloud-platform'
    });
    expectLifetime(assertion.claims, before);
  });
});

describe('around the signed assertion', () => {
  test('a client secret authenticates the client as well (client_secret_basic), the key signing only the grant', async () => {
    await getToken({ tokenUrl: server.tokenUrl, grantType: 'jwt_bearer', clientId: 'conf-client', clientSecret: 'fake-conf-secret', privateKey: key.pem });
    const { request, body, assertion } = lastRequest();
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from('conf-client:fake-conf-secret').toString('base64')}`);
    expect(Object.keys(body)).toEqual(['grant_type', 'assertion']);
    expect(assertion.claims).toMatchObject({ iss: 'conf-client', sub: 'conf-client', aud: server.tokenUrl });
  });

  test('an iss in assertion-claims stands in for assertion-issuer, and sub follows it', async () => {
    await getToken({ tokenUrl: server.tokenUrl, grantType: 'jwt_bearer', privateKey: key.pem, assertionClaims: '{"iss": "from-claims", "tenant": 7}' });
    expect(lastRequest().assertion.claims).toMatchObject({ iss: 'from-claims', sub: 'from-claims', tenant: 7 });
  });

  test.each([
    ['assertion-claims that is not JSON', { assertionClaims: '{scope: x}' }, 'assertion-claims', /^must be a JSON object, e\.g\. .+ \(it is not valid JSON\)$/],
    ['assertion-claims that is an array', { assertionClaims: '["scope"]' }, 'assertion-claims', /^must be a JSON object, e\.g\. .+ \(got an array\)$/],
    [
      'assertion-claims setting sub with assertion-subject',
      { assertionClaims: '{"sub": "x"}', assertionSubject: 'y' },
      'assertion-claims',
      /^sets "sub", which input "assertion-subject" sets too; set it in one place$/
    ],
    ['no issuer and no client id', { clientId: undefined }, 'assertion-issuer', /^is required to sign the jwt_bearer assertion \(its default, "client-id", is not given either\)$/],
    [
      'assertion-subject with a given assertion',
      { assertion: 'eyJhbGciOiJub25lIn0.e30.c2ln', assertionSubject: 'y' },
      'assertion-subject',
      /^is only used with grant-type "jwt_bearer", a "private-key" and no "assertion"/
    ]
  ])('%s fails before any request, naming %s', async (_, extra, input, problem) => {
    const sent = server.requests.length;
    const error = await getToken({ tokenUrl: server.tokenUrl, grantType: 'jwt_bearer', clientId: 'c', privateKey: key.pem, ...extra }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    expect((error as InputError).problem).toMatch(problem);
    expect(server.requests).toHaveLength(sent);
  });
});
