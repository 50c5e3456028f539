/**
 * Runner level: the post step finds a `STATE_revocation` whose endpoints are http:// on a
 * host that is not loopback. It holds them to the rules of an endpoint input: it warns,
 * sends nothing (the Basic credentials and the token would travel in plain text), and
 * does not fail the job. `http_proxy` points at a recording proxy, so a request to that
 * host would show there.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startProxy, type TestProxy } from '../helpers/proxy.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const accessToken = 'at-insecure-state-0123456789';
const clientSecret = 'insecure-state-secret-0123';
let server: TokenServer;
let proxy: TestProxy;
let post: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ status: 200, text: '' }]);
  proxy = await startProxy({ targetPort: Number(new URL(server.origin).port) });
  const state = { revocationEndpoint: 'http://not-loopback.test/revoke', tokenEndpoint: 'http://not-loopback.test/token', accessToken };
  post = await runAction(
    { 'token-url': server.tokenUrl, 'client-id': 'ci', 'client-secret': clientSecret, revoke: 'true' },
    { entry: 'post', env: { STATE_revocation: JSON.stringify(state), http_proxy: proxy.url } }
  );
});
afterAll(() => Promise.all([server.close(), proxy.close()]));

test('warns naming the rule and the host, and sends nothing anywhere', () => {
  expect({ code: post.code, stderr: post.stderr }).toEqual({ code: 0, stderr: '' });
  expect(post.stdout.split('\n').filter((line) => line.startsWith('::warning::'))).toEqual([
    '::warning::Token revocation skipped: the revocation endpoint saved by the main step must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]; got host not-loopback.test)'
  ]);
  expect(proxy.visits).toEqual([]);
  expect(server.requests).toEqual([]);
  expectNoSecrets(post.stdout, [accessToken, clientSecret, ...basicForms('ci', clientSecret)]);
});
