/**
 * createTokenSource against a loopback server issuing short-lived tokens (expires_in: 3),
 * counting its requests. The source's clock is the test's, so "3 seconds later" is exact
 * and the test does not wait for it: with a 3-second token the margin is half its
 * lifetime (1.5 s), below the default 60 s.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { InputError, TokenRequestError } from '../../src/core/errors.js';
import { checkRenewable, createRenewingSource, createTokenSource } from '../../src/core/token-source.js';
import { formOf, startTokenServer, type Reply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'source-secret-0123456789';
let server: TokenServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** How a server refuses a refresh token it no longer takes (RFC 6749 §5.2). */
const INVALID_GRANT: Reply = { status: 400, json: { error: 'invalid_grant', error_description: 'refresh token expired' } };

/** A server whose n-th answer is `at-n` (and `rt-n` with `refreshTokens`), valid 3 seconds. */
async function shortLivedServer(options: { refreshTokens?: boolean; refuseRefresh?: Reply; delayMs?: number } = {}): Promise<TokenServer> {
  server = await startTokenServer(async (request, index): Promise<Reply> => {
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (options.refuseRefresh && formOf(request).grant_type === 'refresh_token') return options.refuseRefresh;
    return { json: { access_token: `at-${index + 1}`, token_type: 'Bearer', expires_in: 3, ...(options.refreshTokens ? { refresh_token: `rt-${index + 1}` } : {}) } };
  });
  return server;
}

/** A clock the test moves by hand. */
function testClock(start = Date.parse('2026-01-01T00:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}

const grants = (s: TokenServer) => s.requests.map((request) => formOf(request).grant_type);

/** Runs `body` as in a job with `permissions: id-token: write` (the request URL is set; `getIdToken` answers). */
async function inJobWithIdTokens(body: () => Promise<void>): Promise<void> {
  const previous = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'http://127.0.0.1:9/unused';
  try {
    await body();
  } finally {
    if (previous === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    else process.env.ACTIONS_ID_TOKEN_REQUEST_URL = previous;
  }
}

/** A fake runner: each call a new unsigned JWT for `audience`, counted in `issued`. */
function fakeIdTokens() {
  const counter = { issued: 0 };
  const getIdToken = async (audience: string) => `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify({ aud: audience, n: ++counter.issued })).toString('base64url')}.sig`;
  return { counter, getIdToken };
}

describe('createTokenSource', () => {
  test('holds the token while more than the margin remains: a second call makes no request', async () => {
    const s = await shortLivedServer();
    const clock = testClock();
    const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret }, { now: clock.now });

    const first = await source.token();
    clock.advance(1);
    const second = await source.token();

    expect([first.accessToken, second.accessToken]).toEqual(['at-1', 'at-1']);
    expect(s.requests).toHaveLength(1);
  });

  test('renews once less than half of a short lifetime remains, and holds the new token', async () => {
    const s = await shortLivedServer();
    const clock = testClock();
    const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret }, { now: clock.now });

    await source.token();
    clock.advance(1.6);
    const renewed = await source.token();
    const held = await source.token();
    clock.advance(4);
    const again = await source.token();

    expect([renewed.accessToken, held.accessToken, again.accessToken]).toEqual(['at-2', 'at-2', 'at-3']);
    expect(grants(s)).toEqual(['client_credentials', 'client_credentials', 'client_credentials']);
  });

  test('honours refreshMarginSeconds when it is below half the lifetime', async () => {
    const s = await shortLivedServer();
    const clock = testClock();
    const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret, refreshMarginSeconds: 0.5 }, { now: clock.now });

    await source.token();
    clock.advance(2.4);
    expect((await source.token()).accessToken).toBe('at-1');
    clock.advance(0.2);
    expect((await source.token()).accessToken).toBe('at-2');
  });

  test('single flight: 10 parallel calls share one request', async () => {
    const s = await shortLivedServer({ delayMs: 100 });
    const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret });

    const tokens = await Promise.all(Array.from({ length: 10 }, () => source.token()));

    expect(new Set(tokens.map((token) => token.accessToken))).toEqual(new Set(['at-1']));
    expect(s.requests).toHaveLength(1);
  });

  test('single flight for a renewal too: 10 parallel calls after expiry make one request', async () => {
    const s = await shortLivedServer({ delayMs: 50 });
    const clock = testClock();
    const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret }, { now: clock.now });

    await source.token();
    clock.advance(3);
    const tokens = await Promise.all(Array.from({ length: 10 }, () => source.token()));

    expect(new Set(tokens.map((token) => token.accessToken))).toEqual(new Set(['at-2']));
    expect(s.requests).toHaveLength(2);
  });

  test('renews with the refresh token the server gave (RFC 6749 §6), then with the newest one', async () => {
    const s = await shortLivedServer({ refreshTokens: true });
    const clock = testClock();
    const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret, scope: 'api' }, { now: clock.now });

    await source.token();
    clock.advance(2);
    const second = await source.token();
    clock.advance(2);
    const third = await source.token();

    expect([second.accessToken, third.accessToken]).toEqual(['at-2', 'at-3']);
    expect(s.requests.map(formOf)).toEqual([
      { grant_type: 'client_credentials', scope: 'api' },
      { grant_type: 'refresh_token', refresh_token: 'rt-1', scope: 'api' },
      { grant_type: 'refresh_token', refresh_token: 'rt-2', scope: 'api' }
    ]);
  });

  test('falls back to the original grant when the refresh token is refused (invalid_grant)', async () => {
    const s = await shortLivedServer({ refreshTokens: true, refuseRefresh: INVALID_GRANT });
    const clock = testClock();
    const source = createTokenSource(
      { tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret, grantType: 'password', username: 'ci-user', password: 'pw-0123456789' },
      { now: clock.now }
    );

    await source.token();
    clock.advance(2);
    const renewed = await source.token();

    expect(renewed.accessToken).toBe('at-3');
    expect(grants(s)).toEqual(['password', 'refresh_token', 'password']);
    expect(formOf(s.requests[1]!)).toEqual({ grant_type: 'refresh_token', refresh_token: 'rt-1' });
  });

  test('a refused refresh token is not sent again when the original grant fails too: the next renewal starts with that grant', async () => {
    let grantAnswers = 0;
    server = await startTokenServer((request): Reply => {
      if (formOf(request).grant_type === 'refresh_token') return INVALID_GRANT;
      grantAnswers += 1;
      if (grantAnswers === 2) return { status: 503, text: 'down for a moment' };
      return { json: { access_token: `at-${grantAnswers}`, token_type: 'Bearer', expires_in: 3, refresh_token: `rt-${grantAnswers}` } };
    });
    const clock = testClock();
    const source = createTokenSource(
      { tokenUrl: server.tokenUrl, clientId: 'source-client', clientSecret, grantType: 'password', username: 'ci-user', password: 'pw-0123456789', retries: 0 },
      { now: clock.now }
    );

    await source.token();
    clock.advance(2);
    await expect(source.token()).rejects.toMatchObject({ status: 503 });
    const renewed = await source.token();

    expect(renewed.accessToken).toBe('at-3');
    expect(grants(server)).toEqual(['password', 'refresh_token', 'password', 'password']);
  });

  test.each<[string, Reply]>([
    ['another RFC 6749 §5.2 error', { status: 400, json: { error: 'invalid_request', error_description: 'refresh token expired' } }],
    ['a bare 401', { status: 401, text: 'no' }]
  ])('falls back to the original grant on any refusal of the refresh: %s', async (_, refusal) => {
    const s = await shortLivedServer({ refreshTokens: true, refuseRefresh: refusal });
    const clock = testClock();
    const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret, retries: 0 }, { now: clock.now });

    await source.token();
    clock.advance(2);

    expect((await source.token()).accessToken).toBe('at-3');
    expect(grants(s)).toEqual(['client_credentials', 'refresh_token', 'client_credentials']);
  });

  test('with a refresh_token grant, a refused rotated refresh token is not followed by the first one again (reuse detection would revoke the family)', async () => {
    const s = await startTokenServer((request, index) =>
      formOf(request).refresh_token === 'rt-given' && index === 0
        ? { json: { access_token: 'at-1', token_type: 'Bearer', expires_in: 3, refresh_token: 'rt-rotated' } }
        : INVALID_GRANT
    );
    server = s;
    const clock = testClock();
    const source = createTokenSource(
      { tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret, grantType: 'refresh_token', refreshToken: 'rt-given', retries: 0 },
      { now: clock.now }
    );

    await source.token();
    clock.advance(2);

    await expect(source.token()).rejects.toMatchObject({ status: 400, error: 'invalid_grant' });
    expect(s.requests.map((request) => formOf(request).refresh_token)).toEqual(['rt-given', 'rt-rotated']);
  });

  test('does not fall back on a 429, which asks for later, not for another grant', async () => {
    const s = await shortLivedServer({ refreshTokens: true, refuseRefresh: { status: 429, json: { error: 'slow_down' } } });
    const clock = testClock();
    const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret, retries: 0 }, { now: clock.now });

    await source.token();
    clock.advance(2);

    await expect(source.token()).rejects.toMatchObject({ status: 429, error: 'slow_down' });
    expect(grants(s)).toEqual(['client_credentials', 'refresh_token']);
  });

  test("DataCrunch's refresh sends only grant_type and refresh_token, without the original grant's scope", async () => {
    const s = await shortLivedServer({ refreshTokens: true });
    const clock = testClock();
    const source = createTokenSource({ provider: 'datacrunch', tokenUrl: s.tokenUrl, clientId: 'dc-client', clientSecret, scope: 'fullAccess' }, { now: clock.now });

    await source.token();
    clock.advance(2);
    await source.token();

    expect(s.requests.map((request) => JSON.parse(request.body) as unknown)).toEqual([
      { grant_type: 'client_credentials', client_id: 'dc-client', client_secret: clientSecret, scope: 'fullAccess' },
      { grant_type: 'refresh_token', refresh_token: 'rt-1' }
    ]);
  });

  test('a key-signed jwt_bearer token refreshes with its refresh token alone: the key signed the grant, not the client', async () => {
    const s = await shortLivedServer({ refreshTokens: true });
    const clock = testClock();
    const privateKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'sf-client', privateKey, grantType: 'jwt_bearer', assertionSubject: 'ci@example.com' }, { now: clock.now });

    await source.token();
    clock.advance(2);

    expect((await source.token()).accessToken).toBe('at-2');
    expect(formOf(s.requests[1]!)).toEqual({ grant_type: 'refresh_token', refresh_token: 'rt-1', client_id: 'sf-client' });
  });

  test('a client that authenticates with the GitHub OIDC token refreshes with a fresh one as its client assertion', async () => {
    const s = await shortLivedServer({ refreshTokens: true });
    const clock = testClock();
    const { counter, getIdToken } = fakeIdTokens();
    await inJobWithIdTokens(async () => {
      const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'oidc-client', githubOidcAudience: 'api://AzureADTokenExchange' }, { now: clock.now, getIdToken });
      await source.token();
      clock.advance(2);
      await source.token();
    });

    const forms = s.requests.map(formOf);
    expect(forms.map((form) => [form.grant_type, form.client_assertion_type])).toEqual([
      ['client_credentials', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'],
      ['refresh_token', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer']
    ]);
    expect(counter.issued).toBe(2);
    expect(forms[1]!.client_assertion).not.toBe(forms[0]!.client_assertion);
  });

  test('a failed renewal rejects its callers, and the next call tries again', async () => {
    let refuse = false;
    server = await startTokenServer((_, index) =>
      refuse ? { status: 503, json: { error: 'temporarily_unavailable' } } : { json: { access_token: `at-${index + 1}`, expires_in: 3 } }
    );
    const s = server;
    const clock = testClock();
    const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret, retries: 0 }, { now: clock.now });

    await source.token();
    clock.advance(2);
    refuse = true;
    const failures = await Promise.allSettled([source.token(), source.token()]);
    refuse = false;
    const recovered = await source.token();

    expect(failures.map((result) => result.status === 'rejected' && (result.reason as TokenRequestError).status)).toEqual([503, 503]);
    expect(recovered.accessToken).toBe('at-3');
    expect(s.requests).toHaveLength(3);
  });

  test('a token with no known expiry is held, unless maxAgeSeconds says when to renew it', async () => {
    server = await startTokenServer((_, index) => ({ json: { access_token: `at-${index + 1}` } }));
    const s = server;
    const clock = testClock();
    const held = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret }, { now: clock.now });
    const aged = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret, maxAgeSeconds: 10 }, { now: clock.now });

    await held.token();
    await aged.token();
    clock.advance(3600);

    expect((await held.token()).accessToken).toBe('at-1');
    expect((await aged.token()).accessToken).toBe('at-3');
    expect(s.requests).toHaveLength(3);
  });

  test('asks the runner for a fresh OIDC ID token for each renewal with the original grant', async () => {
    const s = await shortLivedServer();
    const clock = testClock();
    const { counter, getIdToken } = fakeIdTokens();
    await inJobWithIdTokens(async () => {
      const source = createTokenSource(
        { tokenUrl: s.tokenUrl, grantType: 'token_exchange', clientId: 'source-client', clientAuth: 'none', githubOidcAudience: 'https://sts.test' },
        { now: clock.now, getIdToken }
      );
      await source.token();
      clock.advance(2);
      await source.token();
    });

    const subjects = s.requests.map((request) => formOf(request).subject_token);
    expect(counter.issued).toBe(2);
    expect(new Set(subjects).size).toBe(2);
    expect(grants(s)).toEqual(['urn:ietf:params:oauth:grant-type:token-exchange', 'urn:ietf:params:oauth:grant-type:token-exchange']);
  });

  test('revoke() revokes the refresh token and the access token it holds (RFC 7009), then forgets them', async () => {
    server = await startTokenServer((request) =>
      request.url === '/revoke' ? { status: 200, text: '' } : { json: { access_token: 'at-held', refresh_token: 'rt-held', expires_in: 3 } }
    );
    const s = server;
    const source = createRenewingSource({ tokenUrl: s.tokenUrl, revocationUrl: `${s.origin}/revoke`, clientId: 'source-client', clientSecret });

    await source.token();
    const outcomes = await source.revoke();

    expect(outcomes.map(({ tokenTypeHint, revoked }) => [tokenTypeHint, revoked])).toEqual([
      ['refresh_token', true],
      ['access_token', true]
    ]);
    expect(s.requests.filter((request) => request.url === '/revoke').map((request) => formOf(request).token)).toEqual(['rt-held', 'at-held']);
    expect(source.held()).toBeUndefined();
  });
});

test('revoke() while a renewal is in flight waits for it and revokes the tokens it brings, then the one it replaced: no live token is left', async () => {
  let issued = 0;
  server = await startTokenServer(async (request) => {
    if (request.url === '/revoke') return { status: 200, text: '' };
    issued += 1;
    // The renewal answers slowly, so revoke() is called while it is in flight.
    if (issued === 2) await new Promise((resolve) => setTimeout(resolve, 200));
    return { json: { access_token: `at-${issued}`, refresh_token: `rt-${issued}`, expires_in: 3 } };
  });
  const s = server;
  const clock = testClock();
  const source = createTokenSource({ tokenUrl: s.tokenUrl, revocationUrl: `${s.origin}/revoke`, clientId: 'source-client', clientSecret }, { now: clock.now });
  await source.token();
  clock.advance(2);
  const renewal = source.token();

  const outcomes = await source.revoke();

  expect((await renewal).accessToken).toBe('at-2');
  expect(outcomes.map(({ tokenTypeHint, revoked }) => [tokenTypeHint, revoked])).toEqual([
    ['refresh_token', true],
    ['access_token', true],
    ['access_token', true]
  ]);
  expect(s.requests.filter((request) => request.url === '/revoke').map((request) => formOf(request).token)).toEqual(['rt-2', 'at-2', 'at-1']);
});

test('revoke() with no revocation endpoint says why there is none: no issuer to discover it from', async () => {
  const s = await shortLivedServer();
  const source = createTokenSource({ tokenUrl: s.tokenUrl, clientId: 'source-client', clientSecret });
  await source.token();
  await expect(source.revoke()).rejects.toThrow(new InputError('revocation-url', 'is required to revoke a token (no "issuer" is given to discover it from)'));
});

test('createTokenSource refuses a bad refreshMarginSeconds at once, and a secret put there is not quoted', () => {
  expect(() => createTokenSource({ tokenUrl: 'https://auth.example.test/token', clientId: 'c', clientSecret, refreshMarginSeconds: `x${clientSecret}` })).toThrow(
    'Input "refresh-margin-seconds" must be a number of seconds, 0 or more (got "x***")'
  );
});

describe('checkRenewable', () => {
  test('refuses a one-shot grant token given by value, naming the input and what renews instead', () => {
    expect(() => checkRenewable({ grantType: 'token_exchange', subjectToken: 'a.b.c' }, 'keep-fresh')).toThrow(
      'Input "subject-token" is a one-shot token given by value, which keep-fresh cannot use again to renew; use github-oidc-audience (a fresh OIDC token each time) instead'
    );
    expect(() => checkRenewable({ grantType: 'jwt_bearer', assertion: 'a.b.c' }, 'keep-fresh')).toThrow(
      'Input "assertion" is a one-shot token given by value, which keep-fresh cannot use again to renew; use github-oidc-audience (a fresh OIDC token each time) or a private-key, with grant-type jwt_bearer, instead'
    );
    // A refresh token cannot stand in: a refused refresh falls back to the grant, which would replay the token.
    expect(() => checkRenewable({ grantType: 'token_exchange', subjectToken: 'a.b.c', refreshToken: 'rt' }, 'keep-fresh')).toThrow(InputError);
    expect(() => checkRenewable({ grantType: 'token_exchange', githubOidcAudience: 'sts' }, 'keep-fresh')).not.toThrow();
  });

  test('refuses a client assertion given by value even with a refresh token: every refresh authenticates the client with it', () => {
    expect(() => checkRenewable({ grantType: 'refresh_token', refreshToken: 'rt', clientAssertion: 'a.b.c' }, 'keep-fresh')).toThrow(
      'Input "client-assertion" is a one-shot token given by value, which keep-fresh cannot use again to renew; use github-oidc-audience (a fresh OIDC token each time) or a private-key instead'
    );
  });

  test('refuses a refresh-margin-seconds that is not a duration, before any request, naming the input', () => {
    expect(() => checkRenewable({ refreshMarginSeconds: 'soon' }, 'keep-fresh')).toThrow('Input "refresh-margin-seconds" must be a number of seconds, 0 or more (got "soon")');
    expect(() => checkRenewable({ refreshMarginSeconds: '-5' }, 'keep-fresh')).toThrow(InputError);
    expect(() => checkRenewable({ refreshMarginSeconds: '30' }, 'keep-fresh')).not.toThrow();
  });
});
