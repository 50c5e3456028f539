/**
 * End to end against oidc-provider, as the runner runs a job: `revoke: true` for a
 * JWT access token (RFC 8707 resource), which oidc-provider cannot revoke. The post
 * step warns with the server's RFC 7009 §2.2.1 error and the job does not fail.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { machineClient, RESOURCE_SCOPE, startOidcServer, type OidcServer } from '../helpers/oidc-server.js';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';

const clientId = 'jwt-client';
const clientSecret = 'jwt:client+secret %/';
let server: OidcServer;
let job: JobRun;

beforeAll(async () => {
  server = await startOidcServer([machineClient(clientId, clientSecret)]);
  job = await runJob({
    issuer: server.issuer,
    'client-id': clientId,
    'client-secret': clientSecret,
    resource: 'https://api.example.test/',
    scope: RESOURCE_SCOPE,
    revoke: 'true',
    retries: '0'
  });
});
afterAll(() => server.close());

test('the post step warns with the server error and succeeds', () => {
  expect(job.main.code).toBe(0);
  expect(job.post.code).toBe(0);
  expect(job.post.stderr).toBe('');
  expect(job.post.stdout).toContain(
    '::warning::Could not revoke the access token: revocation endpoint answered HTTP 400: unsupported_token_type: Structured JWT Tokens cannot be revoked via the revocation_endpoint'
  );
  expect(job.post.stdout).not.toContain('::error::');
});

test('the warning does not quote the token or the secret', () => {
  expectNoSecrets(job.post.stdout + job.post.stderr, [job.main.outputs.access_token!, clientSecret]);
});
