/**
 * Runner level: `client-assertion-audience: endpoint` over a whole job: the main step's
 * private_key_jwt assertion has the token endpoint as `aud`, the post step's (revoke:
 * true) the revocation endpoint, as a server like Glewlwyd insists; each verified with
 * the public key.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { verifyJwt } from '../helpers/jwt-verify.js';
import { runJob, type JobRun } from '../helpers/run-job.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { formOf, type TokenServer } from '../helpers/token-server.js';
import { ACCESS_TOKEN, rsaKey, startAudienceServer } from '../interop/servers.js';

const key = rsaKey();
let server: TokenServer;
let job: JobRun;

beforeAll(async () => {
  server = await startAudienceServer(key.publicKey, (path, origin) => `${origin}${path}`);
  job = await runJob({
    'token-url': server.tokenUrl,
    'revocation-url': `${server.origin}/revoke`,
    revoke: 'true',
    'client-id': 'ci-key-client',
    'private-key': key.pem,
    'client-assertion-audience': 'endpoint'
  });
});
afterAll(() => server.close());

test('the main step gets the token and the post step revokes it, both accepted', () => {
  expect(job.main.code).toBe(0);
  expect(job.main.outputs.access_token).toBe(ACCESS_TOKEN);
  expect(job.post.code).toBe(0);
  expect(job.post.stdout).toContain('Revoked the access token at 127.0.0.1');
  expect(job.post.stdout).not.toContain('::warning::');
});

test('each assertion verifies and names the endpoint it was sent to', () => {
  const audiences = server.requests.map((request) => [request.url, verifyJwt(formOf(request).client_assertion!, key.publicKey).claims.aud]);
  expect(audiences).toEqual([
    ['/token', server.tokenUrl],
    ['/revoke', `${server.origin}/revoke`]
  ]);
});

test('prints neither assertion nor the key', () => {
  const assertions = server.requests.map((request) => formOf(request).client_assertion!);
  const keyLines = key.pem.split('\n').filter((line) => line.length > 8 && !line.startsWith('-----'));
  expectNoSecrets(job.main.stdout + job.main.stderr + job.post.stdout + job.post.stderr, [...assertions, ...keyLines, ACCESS_TOKEN]);
});
