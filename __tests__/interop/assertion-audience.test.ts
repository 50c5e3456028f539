/**
 * `client-assertion-audience`: one loopback server per setting, each accepting a signed
 * `private_key_jwt` assertion (verified with the public key) only with the `aud` it
 * insists on, at its token endpoint and at its revocation endpoint (RFC 7009) alike.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { getToken, InputError, revokeTokens, type TokenOptions } from '../../src/index.js';
import { verifyJwt } from '../helpers/jwt-verify.js';
import { formOf, startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { ACCESS_TOKEN, rsaKey, startAudienceServer } from './servers.js';

const key = rsaKey();
const ISSUER = 'https://issuer.example.test/tenant-1';
const LITERAL = 'https://auth.example.test/audience-of-choice';
let server: TokenServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const optionsFor = (started: TokenServer, audience: string | undefined): TokenOptions => ({
  tokenUrl: started.tokenUrl,
  revocationUrl: `${started.origin}/revoke`,
  issuer: ISSUER,
  clientId: 'ci-key-client',
  privateKey: key.pem,
  clientAssertionAudience: audience
});

/** Gets a token and revokes it, both accepted by a server that insists on `audienceFor`. */
async function tokenAndRevocation(audience: string | undefined, audienceFor: (path: string, origin: string) => string): Promise<string[]> {
  server = await startAudienceServer(key.publicKey, audienceFor);
  const options = optionsFor(server, audience);
  const token = await getToken(options);
  expect(token.accessToken).toBe(ACCESS_TOKEN);
  const outcomes = await revokeTokens(options, { revocationEndpoint: new URL(`${server.origin}/revoke`), tokenEndpoint: new URL(server.tokenUrl), accessToken: token.accessToken });
  expect(outcomes).toEqual([{ tokenTypeHint: 'access_token', revoked: true, detail: 'revoked' }]);
  return server.requests.map((request) => verifyJwt(formOf(request).client_assertion!, key.publicKey).claims.aud as string);
}

describe('each audience, checked by a server that verifies the assertion', () => {
  test('token-endpoint (the default; OpenID Connect Core §9): the token endpoint, also when revoking', async () => {
    const audiences = await tokenAndRevocation(undefined, (_, origin) => `${origin}/token`);
    expect(audiences).toEqual([server!.tokenUrl, server!.tokenUrl]);
  });

  test('token-endpoint given explicitly is the same', async () => {
    const audiences = await tokenAndRevocation('token-endpoint', (_, origin) => `${origin}/token`);
    expect(audiences).toEqual([server!.tokenUrl, server!.tokenUrl]);
  });

  test('endpoint: the URL of each request, token then revocation', async () => {
    const audiences = await tokenAndRevocation('endpoint', (path, origin) => `${origin}${path}`);
    expect(audiences).toEqual([server!.tokenUrl, `${server!.origin}/revoke`]);
  });

  test('issuer: the issuer as given', async () => {
    const audiences = await tokenAndRevocation('issuer', () => ISSUER);
    expect(audiences).toEqual([ISSUER, ISSUER]);
  });

  test('an absolute URL, used as is', async () => {
    const audiences = await tokenAndRevocation(LITERAL, () => LITERAL);
    expect(audiences).toEqual([LITERAL, LITERAL]);
  });

  test('a server that insists on the endpoint refuses the default at the revocation endpoint (why the knob exists)', async () => {
    server = await startAudienceServer(key.publicKey, (path, origin) => `${origin}${path}`);
    const options = optionsFor(server, undefined);
    const outcomes = await revokeTokens(options, {
      revocationEndpoint: new URL(`${server.origin}/revoke`),
      tokenEndpoint: new URL(server.tokenUrl),
      accessToken: 'at-x-0123456789'
    });
    expect(outcomes).toEqual([{ tokenTypeHint: 'access_token', revoked: false, detail: 'revocation endpoint answered HTTP 401: invalid_client: Client authentication failed' }]);
  });
});

test('client_secret_jwt (HS256) takes the audience too', async () => {
  const secret = 'fake-hs256-secret-0123456789abcdef0123';
  server = await startTokenServer([tokenReply()]);
  await getToken({ tokenUrl: server.tokenUrl, clientId: 'hs-client', clientSecret: secret, clientAuth: 'client_secret_jwt', clientAssertionAudience: LITERAL });
  expect(verifyJwt(formOf(server.requests[0]!).client_assertion!, secret).claims.aud).toBe(LITERAL);
});

test('issuer with no issuer known fails before any request, naming the input', async () => {
  const error = await getToken({ tokenUrl: 'http://127.0.0.1:9/token', clientId: 'c', privateKey: key.pem, clientAssertionAudience: 'issuer' }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(InputError);
  expect(error).toMatchObject({ input: 'client-assertion-audience', problem: 'is "issuer" but no "issuer" is given; set "issuer" or use another audience' });
});

describe('issuer with discovery: the aud is compared with the metadata issuer as a string', () => {
  /** A server whose metadata names its issuer with a trailing slash, and which wants exactly that as the aud. */
  async function slashIssuerServer(): Promise<{ started: TokenServer; issuer: string }> {
    let issuer = '';
    const started = await startTokenServer((request) => {
      if (request.url === '/.well-known/oauth-authorization-server/tenant') return { json: { issuer, token_endpoint: `${issuer}token` } };
      const assertion = verifyJwt(formOf(request).client_assertion!, key.publicKey);
      return assertion.claims.aud === issuer ? tokenReply({ access_token: ACCESS_TOKEN }) : { status: 401, json: { error: 'invalid_client' } };
    });
    issuer = `${started.origin}/tenant/`;
    return { started, issuer };
  }

  const optionsOf = (issuer: string): TokenOptions => ({ issuer, clientId: 'ci-key-client', privateKey: key.pem, clientAssertionAudience: 'issuer' });

  test('the issuer input written as the metadata names it: accepted', async () => {
    const { started, issuer } = await slashIssuerServer();
    server = started;
    expect((await getToken(optionsOf(issuer))).accessToken).toBe(ACCESS_TOKEN);
  });

  test('the issuer input without the trailing slash the metadata has: fails before the token request, saying what to write', async () => {
    const { started, issuer } = await slashIssuerServer();
    server = started;
    const error = await getToken(optionsOf(issuer.slice(0, -1))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({
      input: 'issuer',
      problem: `is "${issuer.slice(0, -1)}" but the server's metadata names its issuer "${issuer}", which client-assertion-audience: issuer must send exactly as the assertion's aud; set "issuer" to "${issuer}"`
    });
    expect(server.requests.map((request) => request.url)).toEqual(['/.well-known/oauth-authorization-server/tenant']);
  });
});
