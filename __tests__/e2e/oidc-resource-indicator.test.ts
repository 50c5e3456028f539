/**
 * End to end against oidc-provider with RFC 8707 resource indicators configured: the
 * `resource` input reaches the server, which issues a JWT access token whose `aud` is
 * that resource.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getToken } from '../../src/index.js';
import { jwtClaims, machineClient, RESOURCE_SCOPE, startOidcServer, type OidcServer } from '../helpers/oidc-server.js';
import { runCli } from '../cli/run-cli.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';

const clientId = 'resource-client';
const clientSecret = 'res0urce:secret+ %/';
const resource = 'https://api.example.test/orders';
let server: OidcServer;

beforeAll(async () => {
  server = await startOidcServer([machineClient(clientId, clientSecret)]);
});
afterAll(() => server.close());

describe('the action', () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await runAction({ issuer: server.issuer, 'client-id': clientId, 'client-secret': clientSecret, resource, scope: RESOURCE_SCOPE });
  });

  test('gets a JWT access token for the resource', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(jwtClaims(run.outputs.access_token!)).toMatchObject({ aud: resource, client_id: clientId, iss: server.issuer, scope: RESOURCE_SCOPE });
    expect(run.outputs.scope).toBe(RESOURCE_SCOPE);
  });

  test('prints neither the token nor the secret', () => {
    expectNoSecrets(run.stdout + run.stderr, [clientSecret, run.outputs.access_token!]);
  });
});

describe('the CLI', () => {
  test('prints a JWT access token for the resource', async () => {
    const run = await runCli(['--token-url', `${server.issuer}/token`, '--resource', resource, '--scope', RESOURCE_SCOPE], {
      OAUTH_CLIENT_ID: clientId,
      OAUTH_CLIENT_SECRET: clientSecret
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(jwtClaims(run.stdout.trim())).toMatchObject({ aud: resource, client_id: clientId });
  });
});

describe('the library', () => {
  test('gets a JWT access token whose audience is the resource', async () => {
    const token = await getToken({ tokenUrl: `${server.issuer}/token`, clientId, clientSecret, resource: [resource], scope: RESOURCE_SCOPE });
    expect(jwtClaims(token.accessToken)).toMatchObject({ aud: resource, client_id: clientId });
    expect(token.expiresIn).toBe(600);
  });

  test('without a resource the token is opaque: the audience came from the indicator', async () => {
    const token = await getToken({ tokenUrl: `${server.issuer}/token`, clientId, clientSecret });
    expect(() => jwtClaims(token.accessToken)).toThrow();
  });
});
