/**
 * Federation failures that explain themselves: a refused request that presented a CI
 * OIDC token carries that token's non-secret claims as one line (`federatedClaims`),
 * never the token; a success gives the same line to the debug callback only.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { getToken, TokenRequestError, type TokenOptions } from '../../src/index.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { CI_CLAIMS, ciToken } from './fake-ci-token.js';
import { ACCESS_TOKEN } from './servers.js';

let refusing: TokenServer;
let accepting: TokenServer;

beforeAll(async () => {
  refusing = await startTokenServer([{ status: 400, json: { error: 'invalid_grant', error_description: 'subject token rejected' } }]);
  accepting = await startTokenServer([tokenReply({ access_token: ACCESS_TOKEN })]);
});
afterAll(async () => {
  await Promise.all([refusing.close(), accepting.close()]);
});

const CLAIMS_LINE =
  /^Federated token \(subject-token\): iss "https:\/\/token\.actions\.githubusercontent\.com", sub "repo:my-org\/my-repo:environment:prod", aud "api:\/\/AzureADTokenExchange", exp \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \((not expired: 2\d\d s left)\), repository "my-org\/my-repo", ref "refs\/heads\/main", environment "prod", job_workflow_ref "my-org\/my-repo\/\.github\/workflows\/deploy\.yml@refs\/heads\/main"$/;

const exchange = (server: TokenServer, subjectToken: string): TokenOptions => ({
  tokenUrl: server.tokenUrl,
  grantType: 'token_exchange',
  subjectToken,
  clientId: 'ci',
  clientAuth: 'none'
});

async function refusal(options: TokenOptions): Promise<TokenRequestError> {
  const error = await getToken(options).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(TokenRequestError);
  return error as TokenRequestError;
}

test('a refused token exchange carries the claims line of its subject token, and not the token', async () => {
  const token = ciToken(290);
  const error = await refusal(exchange(refusing, token));
  expect(error.federatedClaims).toMatch(CLAIMS_LINE);
  for (const part of token.split('.')) expect(error.federatedClaims).not.toContain(part);
  expect(error.message).toBe('Token endpoint answered HTTP 400: invalid_grant: subject token rejected');
});

test('an expired token says so', async () => {
  const error = await refusal(exchange(refusing, ciToken(-120)));
  expect(error.federatedClaims).toMatch(/, exp \S+ \(expired 1[12]\d s ago\), /);
});

test('the token given as client-assertion or assertion is named by its input', async () => {
  const asClientAssertion = await refusal({ tokenUrl: refusing.tokenUrl, clientId: 'ci', clientAssertion: ciToken(200) });
  expect(asClientAssertion.federatedClaims).toMatch(/^Federated token \(client-assertion\): iss "https:\/\/token\.actions\.githubusercontent\.com", /);
  const asAssertion = await refusal({ tokenUrl: refusing.tokenUrl, grantType: 'jwt_bearer', assertion: ciToken(200) });
  expect(asAssertion.federatedClaims).toMatch(/^Federated token \(assertion\): /);
});

test('claims are attacker-influenced text: escapes, controls and workflow commands are neutralised', async () => {
  const error = await refusal(exchange(refusing, ciToken(200, { sub: 'repo:x\u001b[31m\n::add-mask::y', environment: '##[warning]prod\u0007' })));
  expect(error.federatedClaims).toContain('sub "repo:x ::add-mask::y"');
  expect(error.federatedClaims).toContain('environment "# #[warning]prod"');
  expect(error.federatedClaims).not.toMatch(/[\u0000-\u001f]/);
});

test('a token that is not a JWT (an opaque subject token) gives no line', async () => {
  expect((await refusal(exchange(refusing, 'opaque-subject-token-0123'))).federatedClaims).toBeUndefined();
});

test('a failure that is not a refusal (the server cannot be reached) gives no line', async () => {
  const error = await refusal({ ...exchange(refusing, ciToken(200)), tokenUrl: 'http://127.0.0.1:9/token', retries: 0 });
  expect(error.code).toBe('NETWORK_ERROR');
  expect(error.federatedClaims).toBeUndefined();
});

test('a success gives the line to the debug callback, and nowhere else', async () => {
  const debug: string[] = [];
  const token = await getToken(exchange(accepting, ciToken(250)), { debug: (line) => debug.push(line) });
  expect(token.accessToken).toBe(ACCESS_TOKEN);
  expect(debug.filter((line) => CLAIMS_LINE.test(line))).toHaveLength(1);
  expect(Object.keys(CI_CLAIMS).every((claim) => debug.at(-1)!.includes(`${claim} "`))).toBe(true);
});
