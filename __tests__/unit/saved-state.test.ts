/**
 * What the post step reads back from the state the main step saved: only the shape the
 * main step writes, naming only files the main step made, and a failure never quotes the
 * state (it may hold tokens).
 */
import { expect, test } from '@jest/globals';
import { readRevocationState } from '../../src/action/revocation-state.js';
import { readSavedState } from '../../src/action/saved-state.js';
import { readRenewerState } from '../../src/action/token-file.js';

const stateOf = (saved: Record<string, string>) => ({ getState: (name: string) => saved[name] ?? '' });
const isNumber = (value: unknown): value is number => typeof value === 'number';
const VALID_REVOCATION = { revocationEndpoint: 'https://auth.test/revoke', tokenEndpoint: 'https://auth.test/token', accessToken: 'at-saved-0123456789' };

test('nothing saved reads as undefined', () => {
  expect(readSavedState(stateOf({}), 'anything', isNumber)).toBeUndefined();
});

test('state that is not JSON fails without quoting it', () => {
  const read = () => readSavedState(stateOf({ revocation: '{"accessToken":"at-secret-0123456789"' }), 'revocation', isNumber);
  expect(read).toThrow('the saved state "revocation" is not what the main step writes');
  expect(() => read()).not.toThrow(/at-secret/);
});

test('a revocation state whose expiresAt is not an instant is not ours', () => {
  expect(readRevocationState(stateOf({ revocation: JSON.stringify({ ...VALID_REVOCATION, expiresAt: '2026-12-01T10:00:00Z' }) }))).toMatchObject({
    expiresAt: '2026-12-01T10:00:00Z'
  });
  expect(() => readRevocationState(stateOf({ revocation: JSON.stringify({ ...VALID_REVOCATION, expiresAt: '::error::forged' }) }))).toThrow(
    'the saved state "revocation" is not what the main step writes'
  );
});

test('a renewer state that is not JSON or lacks its pid fails without quoting it', () => {
  expect(() => readRenewerState(stateOf({ renewer: 'not json ::error::forged' }))).toThrow('the saved state "renewer" is not what the main step writes');
  expect(() => readRenewerState(stateOf({ renewer: JSON.stringify({ log: '/tmp/x.log' }) }))).toThrow('is not what the main step writes');
});

test('a renewer state is ours only when its log is a file the main step names in RUNNER_TEMP', () => {
  const previous = process.env.RUNNER_TEMP;
  process.env.RUNNER_TEMP = '/runner/temp';
  try {
    const log = '/runner/temp/oauth-token-renewer-0123456789abcdef.log';
    expect(readRenewerState(stateOf({ renewer: JSON.stringify({ pid: 42, log }) }))).toEqual({ pid: 42, log });
    for (const other of [
      '/home/runner/.ssh/id_rsa',
      '/runner/temp/../secrets.log',
      '/runner/temp/oauth-token-renewer-xyz.log',
      '/elsewhere/oauth-token-renewer-0123456789abcdef.log'
    ]) {
      expect(() => readRenewerState(stateOf({ renewer: JSON.stringify({ pid: 42, log: other }) }))).toThrow('is not what the main step writes');
    }
  } finally {
    if (previous === undefined) delete process.env.RUNNER_TEMP;
    else process.env.RUNNER_TEMP = previous;
  }
});

test('a renewer state names one process: a pid of 0 or below (a process group, -1 every process of the user) is refused', () => {
  const previous = process.env.RUNNER_TEMP;
  process.env.RUNNER_TEMP = '/runner/temp';
  try {
    const log = '/runner/temp/oauth-token-renewer-0123456789abcdef.log';
    for (const pid of [0, -1, -42, 1.5]) {
      expect(() => readRenewerState(stateOf({ renewer: JSON.stringify({ pid, log }) }))).toThrow('is not what the main step writes');
    }
  } finally {
    if (previous === undefined) delete process.env.RUNNER_TEMP;
    else process.env.RUNNER_TEMP = previous;
  }
});
