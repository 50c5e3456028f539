/**
 * End to end against oauth2-mock-server, as the runner runs a job: the password grant
 * with `revoke: true`. The post step revokes the refresh token first, then the access
 * token (RFC 7009 §2.1), at the discovered revocation endpoint with the client's Basic
 * credentials; afterwards the server no longer accepts the refresh token.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { getToken } from '../../src/index.js';
import { startMockOAuth2Server, type MockOAuth2Server } from '../helpers/mock-oauth2-server.js';
import { maskedValues } from '../helpers/run-action.js';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';

const clientId = 'ci-revoking-client';
const clientSecret = 'rev0ke:client+secret %/';
const username = 'deploy-bot';
const password = 'p4ss: +%/ word';
let server: MockOAuth2Server;
let job: JobRun;
let refreshTokenLiveBetweenSteps: boolean;
let requestsOfPostStep: string[];

beforeAll(async () => {
  server = await startMockOAuth2Server({ clientId, clientSecret }, { [username]: password });
  const inputs = { issuer: server.issuer, 'grant-type': 'password', 'client-id': clientId, 'client-secret': clientSecret, username, password, revoke: 'true' };
  let requestsOfMainStep = 0;
  job = await runJob(inputs, {}, async (main) => {
    refreshTokenLiveBetweenSteps = server.liveRefreshTokens.has(main.outputs.refresh_token!);
    requestsOfMainStep = server.requestLines.length;
  });
  requestsOfPostStep = server.requestLines.slice(requestsOfMainStep);
});
afterAll(() => server.close());

test('the main step saves both tokens for the post step', () => {
  expect(job.main.code).toBe(0);
  expect(refreshTokenLiveBetweenSteps).toBe(true);
  expect(JSON.parse(job.main.state.revocation!)).toEqual({
    revocationEndpoint: server.revocationUrl,
    tokenEndpoint: server.tokenUrl,
    accessToken: job.main.outputs.access_token,
    expiresAt: job.main.outputs.expires_at,
    refreshToken: job.main.outputs.refresh_token,
    clientAuth: 'client_secret_basic'
  });
});

test('the post step revokes the refresh token, then the access token, authenticating with Basic', () => {
  expect(job.post.stderr).toBe('');
  expect(job.post.code).toBe(0);
  const basic = `Basic ${basicForms(clientId, clientSecret)[0]}`;
  expect(server.revocationRequests).toEqual([
    { headers: expect.objectContaining({ authorization: basic }), params: { token: job.main.outputs.refresh_token, token_type_hint: 'refresh_token' } },
    { headers: expect.objectContaining({ authorization: basic }), params: { token: job.main.outputs.access_token, token_type_hint: 'access_token' } }
  ]);
  expect(job.post.stdout).toContain(`Revoked the refresh token at ${new URL(server.issuer).host}`);
  expect(job.post.stdout).toContain(`Revoked the access token at ${new URL(server.issuer).host}`);
  expect(requestsOfPostStep).toEqual(['POST /revoke', 'POST /revoke']);
});

test('afterwards the server refuses the refresh token', async () => {
  const refused = await getToken({ tokenUrl: server.tokenUrl, grantType: 'refresh_token', clientId, clientSecret, refreshToken: job.main.outputs.refresh_token, retries: 0 }).catch(
    (caught: unknown) => caught
  );
  expect(refused).toMatchObject({ status: 400, error: 'invalid_grant' });
});

test('the post step masks both tokens and prints no secret', () => {
  const tokens = [job.main.outputs.access_token!, job.main.outputs.refresh_token!];
  expect(maskedValues(job.post.stdout).slice(0, 2)).toEqual(tokens);
  expectNoSecrets(job.post.stdout + job.post.stderr, [...tokens, clientSecret, password, basicForms(clientId, clientSecret)[0]!]);
});
