/**
 * End to end against oidc-provider: client_credentials with client_secret_basic and a
 * client secret full of characters that RFC 6749 §2.3.1 form-encodes (`:` `+` `%` `/`
 * and a space). oidc-provider decodes the Basic credentials as the RFC says, so a
 * secret sent unencoded is refused: the control request below shows it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getToken, TokenRequestError } from '../../src/index.js';
import { introspect, machineClient, startOidcServer, type OidcServer } from '../helpers/oidc-server.js';
import { runCli } from '../cli/run-cli.js';
import { maskedValues, runAction, type ActionRun } from '../helpers/run-action.js';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';

const clientId = 'ci client';
const clientSecret = 's3:cr+t%/ x';
const client = machineClient(clientId, clientSecret, 'client_secret_basic');
let server: OidcServer;

beforeAll(async () => {
  server = await startOidcServer([client]);
});
afterAll(() => server.close());

test('control: the server refuses the secret in a Basic header without the RFC 6749 §2.3.1 encoding', async () => {
  const raw = basicForms(clientId, clientSecret)[1]!;
  const response = await fetch(`${server.issuer}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${raw}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials'
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({
    error: 'invalid_request',
    error_description: 'client_id and client_secret in the authorization header are not properly encoded'
  });
});

describe('the action', () => {
  let run: ActionRun;
  let requestsBefore: number;
  beforeAll(async () => {
    requestsBefore = server.requests.length;
    run = await runAction({ 'token-url': `${server.issuer}/token`, 'client-id': clientId, 'client-secret': clientSecret }, { env: { RUNNER_DEBUG: '1' } });
  });

  test('gets an active token for the client', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ token_type: 'Bearer', expires_in: '600', refresh_token: '', id_token: '' });
    const tokenRequests = server.requests.slice(requestsBefore).filter((request) => request.url === '/token');
    expect(tokenRequests.map((request) => request.headers.authorization)).toEqual([`Basic ${basicForms(clientId, clientSecret)[0]}`]);
    expect(await introspect(server, client, run.outputs.access_token!)).toMatchObject({ active: true, client_id: clientId });
  });

  test('masks the token, the secret and the Basic value, and prints none of them', () => {
    const token = run.outputs.access_token!;
    expect(maskedValues(run.stdout)).toEqual(expect.arrayContaining([clientSecret, token, basicForms(clientId, clientSecret)[0]]));
    expectNoSecrets(run.stdout + run.stderr, [clientSecret, token, basicForms(clientId, clientSecret)[0]!]);
  });
});

describe('the CLI', () => {
  test('prints an active token, with the credentials from the environment', async () => {
    const run = await runCli([], { OAUTH_TOKEN_URL: `${server.issuer}/token`, OAUTH_CLIENT_ID: clientId, OAUTH_CLIENT_SECRET: clientSecret });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\S+\n$/);
    expect(await introspect(server, client, run.stdout.trim())).toMatchObject({ active: true, client_id: clientId });
  });
});

describe('the library', () => {
  test('gets an active token for the client', async () => {
    const token = await getToken({ tokenUrl: `${server.issuer}/token`, clientId, clientSecret });
    expect(token).toMatchObject({ tokenType: 'Bearer', expiresIn: 600 });
    expect(await introspect(server, client, token.accessToken)).toMatchObject({ active: true, client_id: clientId });
  });

  test('a wrong secret is an invalid_client error that does not quote the secret', async () => {
    const wrongSecret = 'wr0ng:se+cret %/';
    const error = await getToken({ tokenUrl: `${server.issuer}/token`, clientId, clientSecret: wrongSecret, retries: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ status: 401, error: 'invalid_client' });
    expectNoSecrets(String((error as Error).message), [wrongSecret, ...basicForms(clientId, wrongSecret)]);
  });
});
