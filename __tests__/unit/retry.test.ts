/**
 * Retries (RFC 9110 §10.2.3, §15.5.9, §15.6): network errors, 408, 429 and 5xx are
 * tried again with exponential backoff and jitter, `Retry-After` is honoured up to a
 * 60 s cap, every other answer is final. Sleep, jitter and clock are injected through
 * TokenRuntime, so nothing here really waits.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { getToken, type TokenOptions } from '../../src/index.js';
import { NOW_MS, interceptTokenEndpoint, recordingRuntime, tokenRequestFailure, useNock, type NockReply } from '../helpers/nock-endpoint.js';

useNock({ beforeAll, afterEach, afterAll });

const TOKEN_URL = 'https://auth.example.test/oauth2/token';
const options: TokenOptions = { tokenUrl: TOKEN_URL, clientId: 'fake-client', clientSecret: 'fake-secret-r3try' };
const ok: NockReply = { json: { access_token: 'fake-access-after-retry', token_type: 'Bearer', expires_in: 60 } };
const unavailable: NockReply = { status: 503, json: { error: 'temporarily_unavailable' } };

describe('backoff', () => {
  test('503, 503, 200 succeeds on the third attempt after two growing sleeps', async () => {
    const endpoint = interceptTokenEndpoint(TOKEN_URL, [unavailable, unavailable, ok]);
    const runtime = recordingRuntime();
    const token = await getToken(options, runtime);
    expect(token.accessToken).toBe('fake-access-after-retry');
    expect(endpoint.requests).toHaveLength(3);
    // The same request each time.
    expect(new Set(endpoint.requests.map((request) => request.body)).size).toBe(1);
    expect(runtime.sleeps).toEqual([250, 500]);
    expect(runtime.debugLines).toEqual(expect.arrayContaining(['Attempt 1 of 4: HTTP 503; retrying in 250 ms', 'Attempt 2 of 4: HTTP 503; retrying in 500 ms']));
  });

  test('the delay doubles up to a 10 s ceiling, with jitter in its upper half', async () => {
    interceptTokenEndpoint(TOKEN_URL, [unavailable]);
    const noJitter = recordingRuntime();
    await tokenRequestFailure(getToken({ ...options, retries: 6 }, noJitter));
    expect(noJitter.sleeps).toEqual([250, 500, 1000, 2000, 4000, 5000]);

    const halfJitter = recordingRuntime({ random: () => 0.5 });
    await tokenRequestFailure(getToken({ ...options, retries: 6 }, halfJitter));
    expect(halfJitter.sleeps).toEqual([375, 750, 1500, 3000, 6000, 7500]);
  });

  test.each([408, 429, 500, 502, 504])('HTTP %i is retried', async (status) => {
    const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ status, text: '' }, ok]);
    const runtime = recordingRuntime();
    await expect(getToken(options, runtime)).resolves.toMatchObject({ accessToken: 'fake-access-after-retry' });
    expect(endpoint.requests).toHaveLength(2);
    expect(runtime.sleeps).toHaveLength(1);
  });

  test('a 5xx on every attempt fails with the last answer', async () => {
    const endpoint = interceptTokenEndpoint(TOKEN_URL, [unavailable]);
    const error = await tokenRequestFailure(getToken(options, recordingRuntime()));
    expect(error.message).toBe('Token endpoint answered HTTP 503: temporarily_unavailable (after 4 attempts)');
    expect(error).toMatchObject({ code: 'OAUTH_ERROR', status: 503, error: 'temporarily_unavailable', attempts: 4 });
    expect(endpoint.requests).toHaveLength(4);
  });

  test('retries 0 makes one attempt', async () => {
    const endpoint = interceptTokenEndpoint(TOKEN_URL, [unavailable, ok]);
    const runtime = recordingRuntime();
    const error = await tokenRequestFailure(getToken({ ...options, retries: 0 }, runtime));
    expect(error.message).toBe('Token endpoint answered HTTP 503: temporarily_unavailable');
    expect(endpoint.requests).toHaveLength(1);
    expect(runtime.sleeps).toEqual([]);
  });
});

describe('Retry-After', () => {
  test('delay-seconds are honoured instead of the backoff', async () => {
    const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ status: 429, headers: { 'Retry-After': '7' }, json: { error: 'slow_down' } }, ok]);
    const runtime = recordingRuntime();
    await getToken(options, runtime);
    expect(runtime.sleeps).toEqual([7000]);
    expect(endpoint.requests).toHaveLength(2);
  });

  test('an HTTP-date is honoured relative to the injected clock', async () => {
    const at = new Date(NOW_MS + 12_000).toUTCString();
    interceptTokenEndpoint(TOKEN_URL, [{ status: 503, headers: { 'Retry-After': at }, text: '' }, ok]);
    const runtime = recordingRuntime();
    await getToken(options, runtime);
    expect(runtime.sleeps).toEqual([12_000]);
  });

  test('an HTTP-date in the past means retry at once', async () => {
    interceptTokenEndpoint(TOKEN_URL, [{ status: 503, headers: { 'Retry-After': new Date(NOW_MS - 5_000).toUTCString() }, text: '' }, ok]);
    const runtime = recordingRuntime();
    await getToken(options, runtime);
    expect(runtime.sleeps).toEqual([0]);
  });

  test('exactly the 60 s cap is still waited for', async () => {
    interceptTokenEndpoint(TOKEN_URL, [{ status: 503, headers: { 'Retry-After': '60' }, text: '' }, ok]);
    const runtime = recordingRuntime();
    await getToken(options, runtime);
    expect(runtime.sleeps).toEqual([60_000]);
  });

  test('an unreadable value falls back to the backoff', async () => {
    interceptTokenEndpoint(TOKEN_URL, [{ status: 503, headers: { 'Retry-After': 'soon' }, text: '' }, ok]);
    const runtime = recordingRuntime();
    await getToken(options, runtime);
    expect(runtime.sleeps).toEqual([250]);
  });

  test('beyond the 60 s cap fails at once and says so', async () => {
    const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ status: 503, headers: { 'Retry-After': '120' }, text: '' }, ok]);
    const runtime = recordingRuntime();
    const error = await tokenRequestFailure(getToken(options, runtime));
    expect(error.message).toBe(`The answer from ${new URL(TOKEN_URL).host} (HTTP 503) has Retry-After 120 s, longer than the 60 s this step waits; try again later`);
    expect(error).toMatchObject({ code: 'RETRY_AFTER_TOO_LONG', status: 503, attempts: 1 });
    expect(endpoint.requests).toHaveLength(1);
    expect(runtime.sleeps).toEqual([]);
  });

  test('an HTTP-date beyond the cap fails the same way', async () => {
    interceptTokenEndpoint(TOKEN_URL, [{ status: 429, headers: { 'Retry-After': new Date(NOW_MS + 3_600_000).toUTCString() }, text: '' }]);
    const error = await tokenRequestFailure(getToken(options, recordingRuntime()));
    expect(error.message).toBe(`The answer from ${new URL(TOKEN_URL).host} (HTTP 429) has Retry-After 3600 s, longer than the 60 s this step waits; try again later`);
  });
});

describe('answers that are final', () => {
  test.each([
    [400, 'invalid_request'],
    [401, 'invalid_client'],
    [403, 'unauthorized_client']
  ])('HTTP %i is not retried', async (status, code) => {
    const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ status, json: { error: code } }, ok]);
    const runtime = recordingRuntime();
    const error = await tokenRequestFailure(getToken(options, runtime));
    expect(error.message).toBe(`Token endpoint answered HTTP ${status}: ${code}`);
    expect(error).toMatchObject({ status, error: code });
    expect(endpoint.requests).toHaveLength(1);
    expect(runtime.sleeps).toEqual([]);
  });

  test('a 302 is neither followed nor retried: the credentials never reach the other host', async () => {
    const endpoint = interceptTokenEndpoint(TOKEN_URL, [{ status: 302, headers: { Location: 'https://elsewhere.example.test/steal?x=1' }, text: '' }]);
    const elsewhere = interceptTokenEndpoint('https://elsewhere.example.test/steal?x=1', [ok]);
    const runtime = recordingRuntime();
    const error = await tokenRequestFailure(getToken(options, runtime));
    expect(error.message).toBe(
      'Token endpoint answered HTTP 302 redirecting to https://elsewhere.example.test/steal; redirects are not followed so credentials are not resent: set "token-url" to the token endpoint itself (a redirect means this URL is not it: a moved endpoint, or a sign-in page or proxy in front)'
    );
    expect(error).toMatchObject({ code: 'REDIRECT', status: 302 });
    expect(endpoint.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
    expect(runtime.sleeps).toEqual([]);
  });
});
