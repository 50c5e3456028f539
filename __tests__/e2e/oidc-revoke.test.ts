/**
 * End to end against oidc-provider, as the runner runs a job: `revoke: true` with
 * issuer discovery. The main step gets a token and saves the revocation state; the
 * token works until the post step revokes it (RFC 7009) with the same client
 * authentication; then introspection (RFC 7662) says it is inactive.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { introspect, machineClient, startOidcServer, type OidcServer } from '../helpers/oidc-server.js';
import { maskedValues } from '../helpers/run-action.js';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';

const clientId = 'revoking client';
const clientSecret = 'rev0ke:secret+ %/';
const client = machineClient(clientId, clientSecret);
let server: OidcServer;
let job: JobRun;
let activeBetweenSteps: unknown;

beforeAll(async () => {
  server = await startOidcServer([client]);
  job = await runJob({ issuer: server.issuer, 'client-id': clientId, 'client-secret': clientSecret, revoke: 'true' }, { env: { RUNNER_DEBUG: '1' } }, async (main) => {
    activeBetweenSteps = (await introspect(server, client, main.outputs.access_token!)).active;
  });
});
afterAll(() => server.close());

test('the main step gets a working token and saves what the post step needs', () => {
  expect(job.main.code).toBe(0);
  expect(activeBetweenSteps).toBe(true);
  expect(Object.keys(job.main.state)).toEqual(['revocation']);
  expect(JSON.parse(job.main.state.revocation!)).toEqual({
    revocationEndpoint: `${server.issuer}/token/revocation`,
    tokenEndpoint: `${server.issuer}/token`,
    accessToken: job.main.outputs.access_token,
    expiresAt: job.main.outputs.expires_at,
    clientAuth: 'client_secret_basic'
  });
});

test('the post step revokes the token at the discovered endpoint, authenticating as the token request did', async () => {
  expect(job.post.stderr).toBe('');
  expect(job.post.code).toBe(0);
  expect(job.post.stdout).toContain(`Revoked the access token at ${new URL(server.issuer).host}`);
  expect(job.post.stdout).not.toContain('::warning::');
  const revocations = server.requests.filter((request) => request.url === '/token/revocation');
  expect(revocations.map((request) => [request.method, request.headers.authorization])).toEqual([['POST', `Basic ${basicForms(clientId, clientSecret)[0]}`]]);
  expect(await introspect(server, client, job.main.outputs.access_token!)).toEqual({ active: false });
});

test('discovery ran once, in the main step only', () => {
  expect(server.requests.filter((request) => request.url.startsWith('/.well-known/'))).toHaveLength(1);
});

test('the post step masks the token before it prints anything, and neither step prints a secret', () => {
  const token = job.main.outputs.access_token!;
  const firstLine = job.post.stdout.split('\n')[0];
  expect(firstLine).toBe(`::add-mask::${token}`);
  expect(maskedValues(job.post.stdout)).toEqual(expect.arrayContaining([token, clientSecret, basicForms(clientId, clientSecret)[0]]));
  for (const step of [job.main, job.post]) expectNoSecrets(step.stdout + step.stderr, [token, clientSecret, basicForms(clientId, clientSecret)[0]!]);
});
