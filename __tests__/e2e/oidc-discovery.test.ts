/**
 * End to end against oidc-provider: the `issuer` input. At the server's root the
 * RFC 8414 metadata answers at once; under a path (Keycloak's `/realms/<name>`
 * shape) the RFC 8414 URL is a 404 and OpenID Connect discovery answers. Either way
 * one request per metadata URL, then the token request at the discovered endpoint.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { requestToken, TokenRequestError } from '../../src/index.js';
import { introspect, machineClient, startOidcServer, type OidcServer } from '../helpers/oidc-server.js';
import { runCli } from '../cli/run-cli.js';
import { runAction } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';

const clientId = 'discovery-client';
const clientSecret = 'd1sc:overy+secret %/';
const client = machineClient(clientId, clientSecret);
let root: OidcServer;
let realm: OidcServer;

beforeAll(async () => {
  [root, realm] = await Promise.all([startOidcServer([client]), startOidcServer([client], {}, { path: '/realms/ci' })]);
});
afterAll(() => Promise.all([root.close(), realm.close()]));

/** `method path` of the requests a server saw since `from`. */
function requestLines(server: OidcServer, from: number): string[] {
  return server.requests.slice(from).map((request) => `${request.method} ${request.url}`);
}

describe('the action, issuer at the server root', () => {
  test('reads RFC 8414 metadata once and gets a token at its token_endpoint', async () => {
    const from = root.requests.length;
    const run = await runAction({ issuer: root.issuer, 'client-id': clientId, 'client-secret': clientSecret });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(requestLines(root, from)).toEqual(['GET /.well-known/oauth-authorization-server', 'POST /token']);
    expect(await introspect(root, client, run.outputs.access_token!)).toMatchObject({ active: true, client_id: clientId });
    expectNoSecrets(run.stdout, [clientSecret, run.outputs.access_token!]);
  });
});

describe('the action, issuer with a path', () => {
  test('falls back to OpenID Connect discovery after the RFC 8414 404', async () => {
    const from = realm.requests.length;
    const run = await runAction({ issuer: realm.issuer, 'client-id': clientId, 'client-secret': clientSecret });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(requestLines(realm, from)).toEqual([
      'GET /.well-known/oauth-authorization-server/realms/ci',
      'GET /realms/ci/.well-known/openid-configuration',
      'POST /realms/ci/token'
    ]);
    expect(await introspect(realm, client, run.outputs.access_token!)).toMatchObject({ active: true, client_id: clientId });
  });
});

describe('the CLI', () => {
  test('discovers the endpoints of an issuer with a path and prints the token as JSON', async () => {
    const from = realm.requests.length;
    const run = await runCli(['--issuer', realm.issuer, '--output', 'json'], { OAUTH_CLIENT_ID: clientId, OAUTH_CLIENT_SECRET: clientSecret });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(printed).toMatchObject({ token_type: 'Bearer', expires_in: 600 });
    expect(requestLines(realm, from)).toEqual([
      'GET /.well-known/oauth-authorization-server/realms/ci',
      'GET /realms/ci/.well-known/openid-configuration',
      'POST /realms/ci/token'
    ]);
    expect(await introspect(realm, client, String(printed.access_token))).toMatchObject({ active: true });
  });

  test('an issuer mismatch exits 1 with the message on stderr and nothing on stdout', async () => {
    const spelledOtherwise = root.issuer.replace('127.0.0.1', 'localhost');
    const run = await runCli(['--issuer', spelledOtherwise], { OAUTH_CLIENT_ID: clientId, OAUTH_CLIENT_SECRET: clientSecret });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`The "issuer" given is "${spelledOtherwise}/" but the metadata at`);
    expectNoSecrets(run.stderr, [clientSecret]);
  });
});

describe('the library', () => {
  test('returns the discovered token and revocation endpoints with the token', async () => {
    const result = await requestToken({ issuer: realm.issuer, clientId, clientSecret });
    expect(result.tokenEndpoint.href).toBe(`${realm.issuer}/token`);
    expect(result.revocationEndpoint?.href).toBe(`${realm.issuer}/token/revocation`);
    expect(await introspect(realm, client, result.token.accessToken)).toMatchObject({ active: true });
  });

  test('an issuer that is not the one the metadata names fails before any token request', async () => {
    const spelledOtherwise = root.issuer.replace('127.0.0.1', 'localhost');
    const from = root.requests.length;
    const error = await requestToken({ issuer: spelledOtherwise, clientId, clientSecret }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ code: 'DISCOVERY_ERROR' });
    expect((error as Error).message).toBe(
      `The "issuer" given is "${spelledOtherwise}/" but the metadata at ${spelledOtherwise}/.well-known/oauth-authorization-server names issuer "${root.issuer}"; set "issuer" to exactly the server's issuer (RFC 8414 §3.3)`
    );
    expect(requestLines(root, from)).toEqual(['GET /.well-known/oauth-authorization-server']);
  });

  test('an issuer with no metadata fails naming both URLs, each asked once', async () => {
    const missing = `${realm.issuer.replace('/realms/ci', '/realms/none')}`;
    const from = realm.requests.length;
    const error = await requestToken({ issuer: missing, clientId, clientSecret }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'DISCOVERY_ERROR' });
    const origin = new URL(realm.issuer).origin;
    expect((error as Error).message).toBe(
      `The "issuer" given has no authorization server metadata at ${origin}/.well-known/oauth-authorization-server/realms/none (HTTP 404) or ${origin}/realms/none/.well-known/openid-configuration (HTTP 404); check the issuer, or set "token-url"`
    );
    expect(requestLines(realm, from)).toHaveLength(2);
  });
});

describe('the action, wrong issuer', () => {
  test('fails with the mismatch on one line and sends no token request', async () => {
    const spelledOtherwise = root.issuer.replace('127.0.0.1', 'localhost');
    const from = root.requests.length;
    const run = await runAction({ issuer: spelledOtherwise, 'client-id': clientId, 'client-secret': clientSecret });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::The "issuer" given is "${spelledOtherwise}/" but the metadata at`);
    expect(run.outputs).toEqual({});
    expect(requestLines(root, from)).toEqual(['GET /.well-known/oauth-authorization-server']);
    expectNoSecrets(run.stdout + run.stderr, [clientSecret]);
  });
});
