/**
 * Discovery (RFC 8414, OpenID Connect Discovery fallback) and how explicit endpoint
 * inputs win over it, against a scripted server on 127.0.0.1.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { metadataUrls } from '../../src/core/discovery.js';
import { InputError, requestToken, TokenRequestError, type TokenOptions } from '../../src/index.js';
import { startTokenServer, tokenReply, type Reply, type TokenServer } from '../helpers/token-server.js';

const credentials = { clientId: 'discovery-unit', clientSecret: 'unit-secret' };
let server: TokenServer | undefined;
afterEach(() => server?.close());

/** Serves `metadata(origin)` at the paths in `paths` (by path: a reply, or metadata), a token at /token, 404 elsewhere. */
async function serve(paths: Record<string, Reply | ((origin: string) => Reply)>): Promise<TokenServer> {
  let origin = '';
  server = await startTokenServer((request) => {
    const path = request.url.split('?')[0]!;
    const reply = paths[path];
    if (reply) return typeof reply === 'function' ? reply(origin) : reply;
    if (request.method === 'POST' && path === '/token') return tokenReply();
    return { status: 404, text: 'not found', headers: { 'content-type': 'text/plain' } };
  });
  origin = server.origin;
  return server;
}

const metadata =
  (fields: Record<string, unknown> = {}) =>
  (origin: string): Reply => ({ json: { issuer: origin, token_endpoint: `${origin}/token`, revocation_endpoint: `${origin}/revoke`, ...fields } });

function lines(target: TokenServer): string[] {
  return target.requests.map((request) => `${request.method} ${request.url}`);
}

function run(options: TokenOptions, settings = {}, sleeps: number[] = []) {
  return requestToken({ ...credentials, ...options }, { sleep: async (ms) => void sleeps.push(ms), random: () => 0 }, settings);
}

describe('metadataUrls', () => {
  test.each([
    ['https://idp.example', ['https://idp.example/.well-known/oauth-authorization-server', 'https://idp.example/.well-known/openid-configuration']],
    ['https://tenant.auth0.com/', ['https://tenant.auth0.com/.well-known/oauth-authorization-server', 'https://tenant.auth0.com/.well-known/openid-configuration']],
    ['https://sso.example/realms/ci', ['https://sso.example/.well-known/oauth-authorization-server/realms/ci', 'https://sso.example/realms/ci/.well-known/openid-configuration']],
    [
      'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0/',
      [
        'https://login.microsoftonline.com/.well-known/oauth-authorization-server/00000000-0000-0000-0000-000000000000/v2.0',
        'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0/.well-known/openid-configuration'
      ]
    ]
  ])('%s: RFC 8414 §3.1 first, then OpenID Connect Discovery §4', (issuer, expected) => {
    expect(metadataUrls(new URL(issuer)).map((url) => url.href)).toEqual(expected);
  });
});

describe('discovery', () => {
  test('RFC 8414 metadata: one GET for JSON, then the token request at its token_endpoint', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': metadata() });
    const result = await run({ issuer: target.origin });
    expect(lines(target)).toEqual(['GET /.well-known/oauth-authorization-server', 'POST /token']);
    expect(target.requests[0]!.headers.accept).toBe('application/json');
    expect(target.requests[0]!.headers.authorization).toBeUndefined();
    expect(result.tokenEndpoint.href).toBe(`${target.origin}/token`);
    expect(result.revocationEndpoint?.href).toBe(`${target.origin}/revoke`);
  });

  test('falls back to OpenID Connect discovery when RFC 8414 metadata is missing', async () => {
    const target = await serve({ '/.well-known/openid-configuration': metadata() });
    await run({ issuer: target.origin });
    expect(lines(target)).toEqual(['GET /.well-known/oauth-authorization-server', 'GET /.well-known/openid-configuration', 'POST /token']);
  });

  test('falls back when the RFC 8414 URL answers an HTML page with 200', async () => {
    const html: Reply = { text: '<html>login</html>', headers: { 'content-type': 'text/html' } };
    const target = await serve({ '/.well-known/oauth-authorization-server': html, '/.well-known/openid-configuration': metadata() });
    await run({ issuer: target.origin });
    expect(lines(target)).toHaveLength(3);
  });

  test('a 4xx is never retried: one request per metadata URL, then a one-line error', async () => {
    const forbidden: Reply = { status: 403, json: { error: 'forbidden' } };
    const target = await serve({ '/.well-known/oauth-authorization-server': forbidden, '/.well-known/openid-configuration': forbidden });
    const sleeps: number[] = [];
    const error = await run({ issuer: target.origin }, {}, sleeps).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ code: 'DISCOVERY_ERROR' });
    expect((error as Error).message).toBe(
      `The "issuer" given has no authorization server metadata at ${target.origin}/.well-known/oauth-authorization-server (HTTP 403) or ${target.origin}/.well-known/openid-configuration (HTTP 403); check the issuer, or set "token-url"`
    );
    expect(lines(target)).toEqual(['GET /.well-known/oauth-authorization-server', 'GET /.well-known/openid-configuration']);
    expect(sleeps).toEqual([]);
  });

  test('a server failing (after its retries) is reported as failing, not as a bad issuer', async () => {
    const failing: Reply = { status: 502, headers: { 'content-type': 'text/html' }, text: '<h1>502 Bad Gateway</h1>' };
    const target = await serve({ '/.well-known/oauth-authorization-server': failing, '/.well-known/openid-configuration': failing });
    const error = await run({ issuer: target.origin, retries: 0 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'DISCOVERY_ERROR' });
    expect((error as Error).message).toBe(
      `Could not read the authorization server metadata of issuer ${target.origin}/: ${target.origin}/.well-known/oauth-authorization-server (HTTP 502) or ${target.origin}/.well-known/openid-configuration (HTTP 502); the server is failing, try again later (or set "token-url")`
    );
  });

  test('an OpenID-only server (404 at the RFC 8414 place) failing at its own place is reported as failing too', async () => {
    const failing: Reply = { status: 503, text: 'busy' };
    const target = await serve({ '/.well-known/oauth-authorization-server': { status: 404, text: '' }, '/.well-known/openid-configuration': failing });
    const error = await run({ issuer: target.origin, retries: 0 }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(
      /^Could not read the authorization server metadata of issuer .*\(HTTP 404\) or .*\(HTTP 503\); the server is failing, try again later/
    );
  });

  test('a 503 is retried like a token request, then the metadata is used', async () => {
    let calls = 0;
    const flaky = (origin: string): Reply => (++calls === 1 ? { status: 503, text: 'busy' } : metadata()(origin));
    const target = await serve({ '/.well-known/oauth-authorization-server': flaky });
    const sleeps: number[] = [];
    await run({ issuer: target.origin }, {}, sleeps);
    expect(lines(target)).toEqual(['GET /.well-known/oauth-authorization-server', 'GET /.well-known/oauth-authorization-server', 'POST /token']);
    expect(sleeps).toHaveLength(1);
  });

  test('metadata naming another issuer fails, naming the input, before the token request', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': metadata({ issuer: 'https://evil.example' }) });
    const error = await run({ issuer: target.origin }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(
      `The "issuer" given is "${target.origin}/" but the metadata at ${target.origin}/.well-known/oauth-authorization-server names issuer "https://evil.example"; set "issuer" to exactly the server's issuer (RFC 8414 §3.3)`
    );
    expect(lines(target)).toEqual(['GET /.well-known/oauth-authorization-server']);
  });

  test('metadata without an issuer is a mismatch too', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': metadata({ issuer: undefined }) });
    await expect(run({ issuer: target.origin })).rejects.toThrow(/names issuer \(none\)/);
  });

  test("the debug line quoting the server's auth methods redacts a secret the server repeats there", async () => {
    const target = await serve({
      '/.well-known/oauth-authorization-server': metadata({ token_endpoint_auth_methods_supported: ['client_secret_post', credentials.clientSecret] })
    });
    const debug: string[] = [];
    await requestToken({ ...credentials, issuer: target.origin }, { debug: (line) => debug.push(line) });
    expect(debug).toContain(
      "Client authentication client_secret_post: the server's token_endpoint_auth_methods_supported is [client_secret_post, ***], which lists post and not basic"
    );
  });

  test('an issuer that is not a string is said to be one, not missing', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': (origin: string) => metadata({ issuer: [origin] })(origin) });
    await expect(run({ issuer: target.origin })).rejects.toThrow(/names issuer that is not a string; set "issuer"/);
  });

  test('an issuer named with an upper-case host is the same issuer: the input parses to the same URL', async () => {
    const upperCase = await serve({ '/.well-known/oauth-authorization-server': (origin: string) => metadata({ issuer: origin.replace('127.0.0.1', 'LOCALHOST') })(origin) });
    await expect(run({ issuer: upperCase.origin.replace('127.0.0.1', 'LOCALHOST') })).resolves.toMatchObject({ tokenEndpoint: new URL(`${upperCase.origin}/token`) });
  });

  test('an issuer that only URL parsing would take for the input (a trailing line break) is a mismatch', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': (origin: string) => metadata({ issuer: `${origin}\n` })(origin) });
    await expect(run({ issuer: target.origin })).rejects.toMatchObject({ code: 'DISCOVERY_ERROR' });
  });

  test('a trailing slash is not a mismatch', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': (origin: string) => metadata({ issuer: `${origin}/` })(origin) });
    await expect(run({ issuer: target.origin })).resolves.toMatchObject({ tokenEndpoint: new URL(`${target.origin}/token`) });
  });

  test('a discovered http:// endpoint off loopback is refused, naming the metadata field', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': metadata({ token_endpoint: 'http://idp.example/token' }) });
    const error = await run({ issuer: target.origin }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'DISCOVERY_ERROR' });
    expect((error as Error).message).toMatch(
      /^The metadata at http:\/\/127\.0\.0\.1:\d+\/\.well-known\/oauth-authorization-server names a token_endpoint which must use https:\/\//
    );
    expect(lines(target)).toHaveLength(1);
  });

  test('metadata without a token_endpoint asks for token-url, an input to set', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': metadata({ token_endpoint: undefined }) });
    const error = await run({ issuer: target.origin }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ input: 'token-url', problem: `is required: the metadata of issuer ${target.origin}/ has no token_endpoint` });
  });

  test('an issuer with a query is refused before any request', async () => {
    const target = await serve({});
    await expect(run({ issuer: `${target.origin}/?tenant=a` })).rejects.toThrow(new InputError('issuer', 'must not contain a ?query (RFC 8414 §2)'));
    // Also when both endpoints are given and nothing is discovered: the same input fails alike.
    await expect(run({ issuer: `${target.origin}/?tenant=a`, tokenUrl: `${target.origin}/token`, revocationUrl: `${target.origin}/revoke` })).rejects.toThrow(
      new InputError('issuer', 'must not contain a ?query (RFC 8414 §2)')
    );
    expect(target.requests).toEqual([]);
  });
});

describe('explicit endpoints win', () => {
  test('token-url: discovery still supplies the revocation endpoint; the token request goes to token-url', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': metadata({ token_endpoint: 'https://elsewhere.example/token' }) });
    const result = await run({ issuer: target.origin, tokenUrl: `${target.origin}/token` });
    expect(lines(target)).toEqual(['GET /.well-known/oauth-authorization-server', 'POST /token']);
    expect(result.revocationEndpoint?.href).toBe(`${target.origin}/revoke`);
  });

  test('token-url: a token_endpoint the run does not use is not read, so a bad one cannot fail it', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': metadata({ token_endpoint: 'http://evil.example/token' }) });
    const result = await run({ issuer: target.origin, tokenUrl: `${target.origin}/token` });
    expect(lines(target)).toEqual(['GET /.well-known/oauth-authorization-server', 'POST /token']);
    expect(result.tokenEndpoint.href).toBe(`${target.origin}/token`);
  });

  test('revocation-url wins over the discovered one', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': metadata() });
    const result = await run({ issuer: target.origin, revocationUrl: `${target.origin}/my-revoke` });
    expect(result.revocationEndpoint?.href).toBe(`${target.origin}/my-revoke`);
  });

  test('with both given there is nothing to discover: no metadata request at all', async () => {
    const target = await serve({});
    await run({ issuer: target.origin, tokenUrl: `${target.origin}/token`, revocationUrl: `${target.origin}/revoke` });
    expect(lines(target)).toEqual(['POST /token']);
  });
});

describe('a revocation endpoint required (revoke: true)', () => {
  test('metadata without revocation_endpoint fails before the token request', async () => {
    const target = await serve({ '/.well-known/oauth-authorization-server': metadata({ revocation_endpoint: undefined }) });
    const error = await run({ issuer: target.origin }, { requireRevocationEndpoint: true }).catch((caught: unknown) => caught);
    expect(error).toEqual(new InputError('revocation-url', `is required with revoke: true (the metadata of issuer ${target.origin}/ has no revocation_endpoint)`));
    expect(lines(target)).toEqual(['GET /.well-known/oauth-authorization-server']);
  });

  test('no issuer and no revocation-url fails before any request', async () => {
    const target = await serve({});
    const error = await run({ tokenUrl: `${target.origin}/token` }, { requireRevocationEndpoint: true }).catch((caught: unknown) => caught);
    expect(error).toEqual(new InputError('revocation-url', 'is required with revoke: true (no "issuer" is given to discover it from)'));
    expect(target.requests).toEqual([]);
  });
});
