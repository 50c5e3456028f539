/**
 * Unit-test plumbing around nock 14: intercept a token endpoint by its exact URL,
 * record every request exactly as it left the core (method, path, headers, raw body),
 * answer from a script, and run the core with an injected clock, jitter and sleep so
 * that no test really waits.
 *
 * The core calls `request` through the `node:http` / `node:https` CommonJS objects
 * (src/core/http.ts), which is what nock patches; its agent comes from
 * `@actions/http-client`, and nock wraps that agent transparently.
 */
import { expect } from '@jest/globals';
import nock from 'nock';
import type { TokenRuntime } from '../../src/core/context.js';
import { TokenRequestError } from '../../src/core/errors.js';

export interface InterceptedRequest {
  method: string;
  /** Path and query. */
  path: string;
  /** Lower-case names, as sent. */
  headers: Record<string, string | string[] | number | undefined>;
  /** The body exactly as sent. */
  body: string;
}

/**
 * One scripted answer. Network failures are not scripted here: nock 14 emits them on
 * its mock socket in a way that intermittently escapes the request's error handler, so
 * those tests use a real loopback server (token-server.ts, `'reset'` and `'hang'`).
 */
export type NockReply = { status?: number; headers?: Record<string, string>; json?: unknown; text?: string };

export interface InterceptedEndpoint {
  requests: InterceptedRequest[];
}

/**
 * Intercepts POSTs to exactly `url`, answering the n-th with `replies[n]` (the last one
 * repeating) and recording each. Any other URL is refused by nock's disabled net
 * connect. Intercept a URL once per test: an earlier interceptor would answer first.
 */
export function interceptTokenEndpoint(url: string, replies: NockReply[]): InterceptedEndpoint {
  const target = new URL(url);
  const path = `${target.pathname}${target.search}`;
  const requests: InterceptedRequest[] = [];
  const record = (req: { method: string; path: string; headers: InterceptedRequest['headers'] }, _interceptor: unknown, body: string) => {
    requests.push({ method: req.method, path: req.path, headers: req.headers, body });
  };
  // nock answers with interceptors in the order they were registered, each once, but
  // the last reply of the script repeats for as long as the core keeps asking.
  const once = nock(target.origin);
  const repeating = nock(target.origin).persist();
  once.on('request', record);
  repeating.on('request', record);
  replies.forEach((reply, index) => {
    const interceptor = (index === replies.length - 1 ? repeating : once).post(path);
    const contentType: Record<string, string> = reply.json !== undefined ? { 'Content-Type': 'application/json' } : {};
    const body = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? '');
    interceptor.reply(reply.status ?? 200, body, { ...contentType, ...reply.headers });
  });
  return { requests };
}

/**
 * Blocks real connections for the file, forgets every interceptor between tests, and
 * unpatches `node:http` at the end: Jest shares that module between the test files of
 * a worker, and the next file may want real sockets.
 */
export function useNock(hooks: { beforeAll(fn: () => void): void; afterEach(fn: () => void): void; afterAll(fn: () => void): void }): void {
  hooks.beforeAll(() => {
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  hooks.afterEach(() => nock.cleanAll());
  hooks.afterAll(() => {
    nock.enableNetConnect();
    nock.restore();
  });
}

/** A fixed instant, on a whole second so HTTP-dates convert exactly. */
export const NOW_MS = Date.UTC(2030, 0, 2, 3, 4, 5);

export interface RecordingRuntime extends TokenRuntime {
  /** Every delay the core asked to sleep, in ms. */
  sleeps: number[];
  /** Every value it registered as a secret. */
  secrets: string[];
  debugLines: string[];
}

/** A runtime with a frozen clock, no jitter and a sleep that returns at once. */
export function recordingRuntime(overrides: Partial<TokenRuntime> = {}): RecordingRuntime {
  const runtime: RecordingRuntime = {
    sleeps: [],
    secrets: [],
    debugLines: [],
    now: () => NOW_MS,
    random: () => 0,
    sleep: async (ms) => {
      runtime.sleeps.push(ms);
    },
    onSecret: (value) => runtime.secrets.push(value),
    debug: (message) => runtime.debugLines.push(message),
    ...overrides
  };
  return runtime;
}

/** A form body as sorted `[name, value]` pairs: repeated and extra fields stay visible. */
export function formPairs(body: string): Array<[string, string]> {
  return [...new URLSearchParams(body)].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
}

/** The expected pairs, sorted the same way. */
export function sortedPairs(fields: Record<string, string | string[]>): Array<[string, string]> {
  const pairs = Object.entries(fields).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, item]));
  return pairs.sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
}

/** The `Basic` credentials of an Authorization header, decoded. */
export function decodedBasic(header: unknown): string {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(String(header));
  if (!match) throw new Error(`not a Basic header: ${String(header)}`);
  return Buffer.from(match[1]!, 'base64').toString('utf8');
}

/** The TokenRequestError `promise` rejects with, as one line; fails the test if it resolves or throws anything else. */
export async function tokenRequestFailure(promise: Promise<unknown>): Promise<TokenRequestError> {
  const caught = await promise.then(
    () => new Error('expected the token request to fail'),
    (error: unknown) => error
  );
  expect(caught).toBeInstanceOf(TokenRequestError);
  expect((caught as Error).message).not.toMatch(/[\r\n]/);
  return caught as TokenRequestError;
}
