/**
 * End to end against oidc-provider: client_credentials with client_secret_post, the
 * secret full of characters the form body must encode.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getToken, TokenRequestError } from '../../src/index.js';
import { introspect, machineClient, startOidcServer, type OidcServer } from '../helpers/oidc-server.js';
import { runCli } from '../cli/run-cli.js';
import { maskedValues, runAction, type ActionRun } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';

const clientId = 'ci-post-client';
const clientSecret = 'p0st:se+cret %/ value';
const client = machineClient(clientId, clientSecret, 'client_secret_post');
let server: OidcServer;

beforeAll(async () => {
  server = await startOidcServer([client]);
});
afterAll(() => server.close());

describe('the action', () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await runAction({ 'token-url': `${server.issuer}/token`, 'client-id': clientId, 'client-secret': clientSecret, 'client-auth': 'client_secret_post' });
  });

  test('gets an active token for the client', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ token_type: 'Bearer', expires_in: '600' });
    const [tokenRequest] = server.requests.filter((request) => request.url === '/token');
    expect(tokenRequest!.headers.authorization).toBeUndefined();
    expect(tokenRequest!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(await introspect(server, client, run.outputs.access_token!)).toMatchObject({ active: true, client_id: clientId });
  });

  test('masks the token and the secret, and prints neither', () => {
    expect(maskedValues(run.stdout)).toEqual(expect.arrayContaining([clientSecret, run.outputs.access_token]));
    expectNoSecrets(run.stdout + run.stderr, [clientSecret, run.outputs.access_token!]);
  });
});

describe('the CLI', () => {
  test('prints an active token; the secret stays out of the Authorization header', async () => {
    const from = server.requests.length;
    const run = await runCli(['--client-auth', 'client_secret_post', '--token-url', `${server.issuer}/token`], { OAUTH_CLIENT_ID: clientId, OAUTH_CLIENT_SECRET: clientSecret });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(server.requests.slice(from).map((request) => request.headers.authorization)).toEqual([undefined]);
    expect(await introspect(server, client, run.stdout.trim())).toMatchObject({ active: true, client_id: clientId });
  });
});

describe('the library', () => {
  test('gets an active token for the client', async () => {
    const token = await getToken({ tokenUrl: `${server.issuer}/token`, clientId, clientSecret, clientAuth: 'client_secret_post' });
    expect(await introspect(server, client, token.accessToken)).toMatchObject({ active: true, client_id: clientId });
  });

  test('a wrong secret is an invalid_client error that does not quote the secret', async () => {
    const wrongSecret = 'wr0ng:p0st+secret %/';
    const error = await getToken({ tokenUrl: `${server.issuer}/token`, clientId, clientSecret: wrongSecret, clientAuth: 'client_secret_post', retries: 0 }).catch(
      (caught: unknown) => caught
    );
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ status: 401, error: 'invalid_client' });
    expectNoSecrets(String((error as Error).message), [wrongSecret]);
  });
});
