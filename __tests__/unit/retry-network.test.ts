/**
 * `timeout-seconds` bounds each attempt, and a timed-out attempt is retried. A real
 * loopback server that accepts and never answers (nock cannot hang a socket); the
 * deadline is a fraction of a second and the backoff sleep is injected.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { TokenRequestError, getToken } from '../../src/index.js';
import { recordingRuntime } from '../helpers/nock-endpoint.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

let server: TokenServer;
beforeAll(async () => {
  // First attempt hangs, then a token; a second server never answers at all.
  server = await startTokenServer((request, index) => (request.url === '/slow-then-ok' && index > 0 ? tokenReply() : 'hang'));
});
afterAll(() => server.close());

const credentials = { clientId: 'fake-client', clientSecret: 'fake-secret-t1me' };

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
  const runtime = recordingRuntime();
  const error = await getToken({ ...credentials, tokenUrl: `${server.origin}/never`, timeoutSeconds: 0.2, retries: 1 }, runtime).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(TokenRequestError);
  const host = new URL(server.origin).host;
  expect((error as TokenRequestError).message).toBe(`No complete answer from ${host} within 0.2 s (timeout-seconds) (after 2 attempts)`);
  expect(error).toMatchObject({ code: 'TIMEOUT', attempts: 2, status: undefined });
  expect(server.requests.filter((request) => request.url === '/never')).toHaveLength(2);
});
