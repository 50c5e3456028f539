/**
 * Assertions on a run of the built action (run-action.ts) that every runner-level
 * scenario makes: how it failed, and that its secrets were masked and never shown.
 */
import { expect } from '@jest/globals';
import { maskedValues, type ActionRun } from './run-action.js';
import { expectNoSecrets } from './secrets.js';
import type { RecordedRequest } from './token-server.js';

/** A Node stack frame: `    at fn (file:line:col)` or `    at file:line:col`. */
const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;

/** The `::error::` lines the run printed, without the command prefix. */
export function errorLines(run: ActionRun): string[] {
  return run.stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith('::error::'))
    .map((line) => line.slice('::error::'.length));
}

/** Exit code 1, exactly one `::error::` line with `message`, no output, and no stack trace anywhere. */
export function expectOneLineFailure(run: ActionRun, message: string): void {
  expect(errorLines(run)).toEqual([message]);
  expect(run.code).toBe(1);
  expect(run.outputs).toEqual({});
  expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stderr).toBe('');
}

/**
 * Each of `masked` was registered with `::add-mask::` before any other line printed it,
 * and no form of any of `secrets` is visible anywhere else in stdout or stderr.
 */
export function expectMaskedAndHidden(run: ActionRun, masked: string[], secrets: string[]): void {
  expect(maskedValues(run.stdout)).toEqual(expect.arrayContaining(masked));
  expectNoSecrets(run.stdout + run.stderr, secrets);
}

/** The step outputs of CONTRACT.md, "Action outputs". */
export const CONTRACT_OUTPUTS = ['access_token', 'expires_in', 'expires_at', 'token_type', 'scope', 'refresh_token', 'id_token', 'issued_token_type'] as const;

/**
 * Exit code 0 and exactly the contract's outputs: those given, the others empty, and
 * `expires_at` an ISO-8601 UTC instant whenever `expires_in` is known.
 */
export function expectTokenOutputs(run: ActionRun, outputs: Partial<Record<(typeof CONTRACT_OUTPUTS)[number], string>>): void {
  const empty = Object.fromEntries(CONTRACT_OUTPUTS.map((name) => [name, '']));
  const expiry = outputs.expires_in ? { expires_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) } : {};
  expect(run.code).toBe(0);
  expect(run.outputs).toEqual({ ...empty, ...expiry, ...outputs });
}

/** Our User-Agent, as every request sends it unless the `headers` input replaces it. */
export const OUR_USER_AGENT = /^oauth-token-action\//;

/**
 * The server saw exactly one request, a POST to `path`, with each of `headers` as given:
 * a string is the exact value, a pattern must match, undefined means absent.
 */
export function expectOnePost(requests: RecordedRequest[], path: string, headers: Record<string, string | RegExp | undefined>): RecordedRequest {
  expect(requests).toHaveLength(1);
  const [request] = requests;
  expect(request!.method).toBe('POST');
  expect(request!.url).toBe(path);
  for (const [name, expected] of Object.entries(headers)) {
    if (expected instanceof RegExp) expect(request!.headers[name]).toMatch(expected);
    else expect(request!.headers[name]).toBe(expected);
  }
  return request!;
}
