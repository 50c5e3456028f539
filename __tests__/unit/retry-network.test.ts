/**
 * Network failures and `timeout-seconds`: a connection reset and an attempt that
 * outlives its deadline are both retried. A real loopback server resets or never
 * answers (nock's scripted socket errors are unreliable, see nock-endpoint.ts); the
 * deadline is a fraction of a second and the backoff sleep is injected.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { getToken } from '../../src/index.js';
import { recordingRuntime, tokenRequestFailure } from '../helpers/nock-endpoint.js';
import { startTokenServer, tokenReply, type Reply, type TokenServer } from '../helpers/token-server.js';

/** What each path answers, attempt by attempt (the last one repeating). */
const scripts: Record<string, Reply[]> = {
  '/reset-twice': ['reset', 'reset', tokenReply()],
  '/always-reset': ['reset'],
  '/slow-then-ok': ['hang', tokenReply()],
  '/never': ['hang']
};

let server: TokenServer;
beforeAll(async () => {
  server = await startTokenServer((request) => {
    const script = scripts[request.url]!;
    const attempt = server.requests.filter((earlier) => earlier.url === request.url).length - 1;
    return script[Math.min(attempt, script.length - 1)]!;
  });
});
afterAll(() => server.close());

const credentials = { clientId: 'fake-client', clientSecret: 'fake-secret-n3t' };
const attemptsAt = (path: string) => server.requests.filter((request) => request.url === path).length;

test('a reset connection is retried with backoff, and the same request resent', async () => {
  const runtime = recordingRuntime();
  const token = await getToken({ ...credentials, tokenUrl: `${server.origin}/reset-twice` }, runtime);
  expect(token.accessToken).toBe('at-0123456789abcdef');
  expect(attemptsAt('/reset-twice')).toBe(3);
  expect(new Set(server.requests.filter((request) => request.url === '/reset-twice').map((request) => request.body)).size).toBe(1);
  expect(runtime.sleeps).toEqual([250, 500]);
});

test('when every attempt is reset, the failure says so and how many attempts were made', async () => {
  const error = await tokenRequestFailure(getToken({ ...credentials, tokenUrl: `${server.origin}/always-reset`, retries: 2 }, recordingRuntime()));
  expect(error.message).toBe(`Could not reach ${new URL(server.origin).host}: ECONNRESET (after 3 attempts)`);
  expect(error).toMatchObject({ code: 'NETWORK_ERROR', attempts: 3, status: undefined });
  expect(attemptsAt('/always-reset')).toBe(3);
});

test('an attempt that outlives timeout-seconds is abandoned and retried', async () => {
  const runtime = recordingRuntime();
  const token = await getToken({ ...credentials, tokenUrl: `${server.origin}/slow-then-ok`, timeoutSeconds: 0.3, retries: 1 }, runtime);
  expect(token.accessToken).toBe('at-0123456789abcdef');
  expect(runtime.sleeps).toHaveLength(1);
  expect(runtime.debugLines).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Attempt 1 of 2: No complete answer from 127\.0\.0\.1:\d+ within 0\.3 s \(timeout-seconds\); retrying in 250 ms$/)])
  );
});

test('when every attempt times out, the failure names timeout-seconds and the attempts', async () => {
  const error = await tokenRequestFailure(getToken({ ...credentials, tokenUrl: `${server.origin}/never`, timeoutSeconds: 0.2, retries: 1 }, recordingRuntime()));
  expect(error.message).toBe(`No complete answer from ${new URL(server.origin).host} within 0.2 s (timeout-seconds) (after 2 attempts)`);
  expect(error).toMatchObject({ code: 'TIMEOUT', attempts: 2, status: undefined });
  expect(attemptsAt('/never')).toBe(2);
});
