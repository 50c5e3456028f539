/**
 * Runner level: with `issuer`, a client secret and no `client-auth`, the metadata lists
 * `client_secret_post` and not `client_secret_basic`, so the action sends the secret in
 * the body; with RUNNER_DEBUG the log says which method and why.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { formOf, startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'fake-discovered-post-secret';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  let origin = '';
  server = await startTokenServer((request) =>
    request.url.startsWith('/.well-known/')
      ? { json: { issuer: origin, token_endpoint: `${origin}/token`, token_endpoint_auth_methods_supported: ['client_secret_post'] } }
      : tokenReply({ access_token: 'at-discovered-post-0123' })
  );
  origin = server.origin;
  run = await runAction({ issuer: server.origin, 'client-id': 'disc-client', 'client-secret': clientSecret }, { env: { RUNNER_DEBUG: '1' } });
});
afterAll(() => server.close());

test('sends the secret in the body, no Basic header', () => {
  expect(run.code).toBe(0);
  const token = server.requests.find((request) => request.url === '/token')!;
  expect(token.headers.authorization).toBeUndefined();
  expect(formOf(token)).toEqual({ grant_type: 'client_credentials', client_id: 'disc-client', client_secret: clientSecret });
});

test('the debug log says which method and why', () => {
  expect(run.stdout).toContain(
    "::debug::Client authentication client_secret_post: the server's token_endpoint_auth_methods_supported is [client_secret_post], which lists post and not basic"
  );
  expectMaskedAndHidden(run, [clientSecret], [clientSecret]);
});
