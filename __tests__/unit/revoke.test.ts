/**
 * Token revocation (RFC 7009) on the wire, against a scripted server on 127.0.0.1:
 * the same client authentication as the token request, refresh token first, and
 * every refusal an outcome rather than an exception.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { revokeTokens, type RevocationTarget, type TokenOptions } from '../../src/index.js';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';
import { formOf, startTokenServer, type Reply, type TokenServer } from '../helpers/token-server.js';

const clientId = 'revoke unit';
const clientSecret = 'unit:se+cret %/';
const accessToken = 'at-revoke-unit-0123456789';
const refreshToken = 'rt-revoke-unit-9876543210';
let server: TokenServer | undefined;
afterEach(() => server?.close());

async function revoke(replies: Reply[], options: Partial<TokenOptions> = {}, tokens: Partial<RevocationTarget> = { accessToken, refreshToken }) {
  server = await startTokenServer(replies);
  const sleeps: number[] = [];
  const outcomes = await revokeTokens(
    { tokenUrl: server.tokenUrl, clientId, clientSecret, ...options },
    { revocationEndpoint: new URL(`${server.origin}/revoke`), tokenEndpoint: new URL(server.tokenUrl), ...tokens },
    { sleep: async (ms) => void sleeps.push(ms), random: () => 0 }
  );
  return { outcomes, requests: server.requests, sleeps };
}

describe('on the wire', () => {
  test('the refresh token first, then the access token, each with its hint and the Basic header of the token request', async () => {
    const { outcomes, requests } = await revoke([{ status: 200, text: '' }]);
    expect(requests.map((request) => [request.method, request.url, request.headers['content-type'], request.headers.authorization])).toEqual([
      ['POST', '/revoke', 'application/x-www-form-urlencoded', `Basic ${basicForms(clientId, clientSecret)[0]}`],
      ['POST', '/revoke', 'application/x-www-form-urlencoded', `Basic ${basicForms(clientId, clientSecret)[0]}`]
    ]);
    expect(requests.map(formOf)).toEqual([
      { token: refreshToken, token_type_hint: 'refresh_token' },
      { token: accessToken, token_type_hint: 'access_token' }
    ]);
    expect(outcomes).toEqual([
      { tokenTypeHint: 'refresh_token', revoked: true, detail: 'revoked' },
      { tokenTypeHint: 'access_token', revoked: true, detail: 'revoked' }
    ]);
  });

  test('client_secret_post puts the credentials in the body after the token', async () => {
    const { requests } = await revoke([{ status: 200, text: '' }], { clientAuth: 'client_secret_post' }, { accessToken });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers.authorization).toBeUndefined();
    expect(requests[0]!.body).toBe(new URLSearchParams({ token: accessToken, token_type_hint: 'access_token', client_id: clientId, client_secret: clientSecret }).toString());
  });

  test('a form body even when the token request is JSON (RFC 7009 §2.1)', async () => {
    const { requests } = await revoke([{ status: 200, text: '' }], { bodyFormat: 'json' }, { accessToken });
    expect(requests[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(formOf(requests[0]!)).toEqual({ token: accessToken, token_type_hint: 'access_token' });
  });

  test('a public client (client-auth none) identifies itself with client_id', async () => {
    const { requests } = await revoke([{ status: 200, text: '' }], { clientSecret: undefined, clientAuth: 'none' }, { accessToken });
    expect(formOf(requests[0]!)).toEqual({ token: accessToken, token_type_hint: 'access_token', client_id: clientId });
  });

  test('any 2xx counts as revoked', async () => {
    const { outcomes } = await revoke([{ status: 204, text: '' }], {}, { accessToken });
    expect(outcomes).toEqual([{ tokenTypeHint: 'access_token', revoked: true, detail: 'revoked' }]);
  });
});

describe('refusals are outcomes, never exceptions', () => {
  test('an RFC 7009 §2.2.1 error gives status, error and description; the next token is still tried', async () => {
    const { outcomes, requests } = await revoke([
      { status: 400, json: { error: 'unsupported_token_type', error_description: 'refresh tokens are not revocable here' } },
      { status: 200, text: '' }
    ]);
    expect(requests).toHaveLength(2);
    expect(outcomes).toEqual([
      { tokenTypeHint: 'refresh_token', revoked: false, detail: 'revocation endpoint answered HTTP 400: unsupported_token_type: refresh tokens are not revocable here' },
      { tokenTypeHint: 'access_token', revoked: true, detail: 'revoked' }
    ]);
  });

  test('the error is read whatever its field casing, as for a token response', async () => {
    const { outcomes } = await revoke([{ status: 400, json: { Error: 'invalid_client', ErrorDescription: 'unknown client' } }], {}, { accessToken });
    expect(outcomes).toEqual([{ tokenTypeHint: 'access_token', revoked: false, detail: 'revocation endpoint answered HTTP 400: invalid_client: unknown client' }]);
  });

  test('a 503 HTML page is retried, then reported by status and content type', async () => {
    const { outcomes, requests, sleeps } = await revoke(
      [{ status: 503, text: '<html>down</html>', headers: { 'content-type': 'text/html; charset=utf-8' } }],
      { retries: 1 },
      { accessToken }
    );
    expect(requests).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    expect(outcomes).toEqual([{ tokenTypeHint: 'access_token', revoked: false, detail: 'revocation endpoint answered HTTP 503 (text/html)' }]);
  });

  test('an unreachable endpoint is an outcome too', async () => {
    server = await startTokenServer([]);
    const closed = server.origin;
    await server.close();
    server = undefined;
    const outcomes = await revokeTokens(
      { tokenUrl: `${closed}/token`, clientId, clientSecret, retries: 0 },
      { revocationEndpoint: new URL(`${closed}/revoke`), tokenEndpoint: new URL(`${closed}/token`), accessToken }
    );
    expect(outcomes).toEqual([{ tokenTypeHint: 'access_token', revoked: false, detail: `Could not reach ${new URL(closed).host}: ECONNREFUSED` }]);
  });

  test('a server echoing the token or the secret has them redacted', async () => {
    const echo = { status: 400, json: { error: 'invalid_request', error_description: `bad token ${accessToken} for ${clientSecret}` } };
    const { outcomes } = await revoke([echo], {}, { accessToken });
    expect(outcomes[0]!.detail).toBe('revocation endpoint answered HTTP 400: invalid_request: bad token *** for ***');
    expectNoSecrets(outcomes[0]!.detail, [accessToken, clientSecret]);
  });

  test('every form of each token and of the secret is announced as a secret before the request', async () => {
    server = await startTokenServer([{ status: 200, text: '' }]);
    const announced: string[] = [];
    await revokeTokens(
      { tokenUrl: server.tokenUrl, clientId, clientSecret },
      { revocationEndpoint: new URL(`${server.origin}/revoke`), tokenEndpoint: new URL(server.tokenUrl), accessToken, refreshToken },
      { onSecret: (value) => announced.push(value) }
    );
    expect(announced).toEqual(expect.arrayContaining([clientSecret, encodeURIComponent(clientSecret), accessToken, refreshToken, basicForms(clientId, clientSecret)[0]]));
  });
});

test('a revocation endpoint that is http:// off loopback is refused before any request: the credentials and tokens would travel in plain text', async () => {
  const sent: string[] = [];
  const refusal = revokeTokens(
    { tokenUrl: 'http://127.0.0.1:9/token', clientId, clientSecret },
    { revocationEndpoint: new URL('http://auth.example.test/revoke'), tokenEndpoint: new URL('http://127.0.0.1:9/token'), accessToken },
    { debug: (line) => sent.push(line) }
  );
  await expect(refusal).rejects.toMatchObject({
    name: 'InputError',
    input: 'revocation-url',
    problem: 'must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]; got host auth.example.test)'
  });
  expect(sent).toEqual([]);
});
