/**
 * Client authentication from discovery: with `issuer`, a secret and no `client-auth`,
 * `client_secret_post` when the metadata's `token_endpoint_auth_methods_supported` lists
 * it and not `client_secret_basic` (RFC 8414 §2); otherwise Basic, as before. The debug
 * output says which and why. The server insists on what it lists.
 */
import { afterEach, expect, test } from '@jest/globals';
import { createTokenSource, getToken, type TokenOptions } from '../../src/index.js';
import { formOf, startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { ACCESS_TOKEN } from './servers.js';

let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** An issuer whose token endpoint accepts only the methods it lists. */
async function issuerListing(methods: string[] | undefined): Promise<TokenServer> {
  let origin = '';
  const started = await startTokenServer((request) => {
    if (request.url.startsWith('/.well-known/')) {
      return { json: { issuer: origin, token_endpoint: `${origin}/token`, ...(methods ? { token_endpoint_auth_methods_supported: methods } : {}) } };
    }
    const used = request.headers.authorization ? 'client_secret_basic' : formOf(request).client_secret ? 'client_secret_post' : 'none';
    return !methods || methods.includes(used) ? tokenReply({ access_token: ACCESS_TOKEN }) : { status: 401, json: { error: 'invalid_client' } };
  });
  origin = started.origin;
  return started;
}

async function run(methods: string[] | undefined, extra: TokenOptions = {}): Promise<{ debug: string[]; basic: boolean }> {
  server = await issuerListing(methods);
  const debug: string[] = [];
  const token = await getToken({ issuer: server.origin, clientId: 'disc-client', clientSecret: 'fake-disc-secret', ...extra }, { debug: (line) => debug.push(line) });
  expect(token.accessToken).toBe(ACCESS_TOKEN);
  return { debug, basic: server.requests.at(-1)!.headers.authorization !== undefined };
}

test('lists post and not basic: client_secret_post, and the debug line says why', async () => {
  const { debug, basic } = await run(['client_secret_post', 'private_key_jwt']);
  expect(basic).toBe(false);
  expect(formOf(server!.requests.at(-1)!)).toMatchObject({ client_id: 'disc-client', client_secret: 'fake-disc-secret' });
  expect(debug).toContain(
    "Client authentication client_secret_post: the server's token_endpoint_auth_methods_supported is [client_secret_post, private_key_jwt], which lists post and not basic"
  );
});

test('lists both: client_secret_basic, saying so', async () => {
  const { debug, basic } = await run(['client_secret_basic', 'client_secret_post']);
  expect(basic).toBe(true);
  expect(debug).toContain("Client authentication client_secret_basic: the server's token_endpoint_auth_methods_supported is [client_secret_basic, client_secret_post]");
});

test('lists nothing: client_secret_basic (RFC 8414 §2: the default)', async () => {
  expect((await run(undefined)).basic).toBe(true);
});

test('an explicit client-auth is kept whatever the server lists', async () => {
  server = await issuerListing(['client_secret_post']);
  const error = await getToken({ issuer: server.origin, clientId: 'disc-client', clientSecret: 'fake-disc-secret', clientAuth: 'client_secret_basic' }).catch(
    (caught: unknown) => caught
  );
  expect(error).toMatchObject({ status: 401, error: 'invalid_client' });
});

test('a token source revokes with the client authentication discovery chose for its token request', async () => {
  let origin = '';
  server = await startTokenServer((request) => {
    if (request.url.startsWith('/.well-known/')) {
      return {
        json: { issuer: origin, token_endpoint: `${origin}/token`, revocation_endpoint: `${origin}/revoke`, token_endpoint_auth_methods_supported: ['client_secret_post'] }
      };
    }
    if (request.headers.authorization) return { status: 401, json: { error: 'invalid_client' } };
    return request.url === '/revoke' ? { status: 200, text: '' } : tokenReply({ access_token: ACCESS_TOKEN });
  });
  origin = server.origin;
  const source = createTokenSource({ issuer: origin, clientId: 'disc-client', clientSecret: 'fake-disc-secret' });

  expect((await source.token()).accessToken).toBe(ACCESS_TOKEN);
  expect(await source.revoke()).toEqual([{ tokenTypeHint: 'access_token', revoked: true, detail: 'revoked' }]);
  const revocation = server.requests.find((request) => request.url === '/revoke')!;
  expect(revocation.headers.authorization).toBeUndefined();
  expect(formOf(revocation)).toMatchObject({ token: ACCESS_TOKEN, client_id: 'disc-client', client_secret: 'fake-disc-secret' });
});
