/**
 * What the runner's OIDC endpoint answers is not trusted either: an answer that is not a
 * compact JWT, or that is the runner's own request token, is never sent on to the token
 * server; and the claims of a presented token, which a refusal quotes, have the run's
 * secrets (the request token) redacted.
 */
import { afterEach, expect, test } from '@jest/globals';
import { getToken } from '../../src/core/get-token.js';
import { startTokenServer, type Reply, type TokenServer } from '../helpers/token-server.js';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** The runner's request token, itself a JWT as on a real runner. */
const REQUEST_TOKEN = `${part({ alg: 'HS256' })}.${part({ sub: 'runtime' })}.request-token-signature`;
const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
let server: TokenServer;

/** A runner at /idtoken answering `value`, and a token endpoint at /token answering `tokenReply`. */
async function runnerAnswering(value: string, tokenReply: Reply = { json: { access_token: 'at-oidc-0123', token_type: 'Bearer' } }): Promise<TokenServer> {
  server = await startTokenServer((request) => (request.url.startsWith('/idtoken') ? { json: { value } } : tokenReply));
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${server.origin}/idtoken?api-version=2.0`;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = REQUEST_TOKEN;
  return server;
}

const options = () => ({ tokenUrl: server.tokenUrl, clientId: 'ci', githubOidcAudience: 'api://ci', retries: 0 });
const tokenRequests = () => server.requests.filter((request) => request.url === '/token');

afterEach(async () => {
  for (const [name, value] of [
    ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token]
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await server.close();
});

test('an answer with two dots that is not a JWT (no JSON header, a line break) is refused, never sent on', async () => {
  await runnerAnswering('a.b.c\n::warning::pwn');
  await expect(getToken(options())).rejects.toMatchObject({
    code: 'INVALID_RESPONSE',
    message: "Could not get the job's OIDC ID token (github-oidc-audience): the runner's answer holds no JWT"
  });
  expect(tokenRequests()).toEqual([]);
});

test('an answer whose header is JSON but whose claims are not is refused too', async () => {
  await runnerAnswering(`${part({ alg: 'RS256' })}.${Buffer.from('not-json').toString('base64url')}.c2ln`);
  await expect(getToken(options())).rejects.toMatchObject({
    code: 'INVALID_RESPONSE',
    message: "Could not get the job's OIDC ID token (github-oidc-audience): the runner's answer holds no JWT"
  });
  expect(tokenRequests()).toEqual([]);
});

test("the runner's own request token as the answer is refused, never sent on to the token server", async () => {
  await runnerAnswering(REQUEST_TOKEN);
  await expect(getToken(options())).rejects.toMatchObject({
    code: 'INVALID_RESPONSE',
    message: "Could not get the job's OIDC ID token (github-oidc-audience): the runner's OIDC endpoint answered with the request token itself, not an ID token"
  });
  expect(tokenRequests()).toEqual([]);
});

test('a claim that repeats the request token split by a zero-width character is redacted too (neutralising joins it)', async () => {
  const split = `${REQUEST_TOKEN.slice(0, 20)}\u200b${REQUEST_TOKEN.slice(20)}`;
  const idToken = `${part({ alg: 'RS256' })}.${part({ iss: 'https://token.actions.githubusercontent.com', sub: 'repo:o/r:ref:refs/heads/main', aud: 'api://ci', environment: split })}.sig`;
  await runnerAnswering(idToken, { status: 401, json: { error: 'invalid_client' } });
  const error = await getToken(options()).catch((caught: unknown) => caught);
  expect(error).toMatchObject({ code: 'OAUTH_ERROR', federatedClaims: expect.stringContaining('environment "***"') });
  expect(JSON.stringify(error)).not.toContain(REQUEST_TOKEN);
});

test('a refusal quotes the presented claims with the request token redacted, where a claim repeats it', async () => {
  const idToken = `${part({ alg: 'RS256' })}.${part({ iss: 'https://token.actions.githubusercontent.com', sub: 'repo:o/r:ref:refs/heads/main', aud: 'api://ci', environment: REQUEST_TOKEN })}.sig`;
  await runnerAnswering(idToken, { status: 401, json: { error: 'invalid_client' } });
  const error = await getToken(options()).catch((caught: unknown) => caught);
  expect(error).toMatchObject({ code: 'OAUTH_ERROR', federatedClaims: expect.stringContaining('environment "***"') });
  expect(JSON.stringify(error)).not.toContain(REQUEST_TOKEN);
});

test('a 200 without a "value" is an answer the request cannot use (INVALID_RESPONSE), not an HTTP error', async () => {
  server = await startTokenServer((request) => (request.url.startsWith('/idtoken') ? { json: { count: 1 } } : { json: { access_token: 'at-oidc-0123' } }));
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${server.origin}/idtoken?api-version=2.0`;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = REQUEST_TOKEN;
  await expect(getToken(options())).rejects.toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });
  expect(tokenRequests()).toEqual([]);
});
