/**
 * What the post step reads back from the state the main step saved: only the shape the
 * main step writes, and a failure never quotes the state (it may hold tokens).
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
  expect(readRenewerState(stateOf({ renewer: JSON.stringify({ pid: 42, log: '/tmp/x.log' }) }))).toEqual({ pid: 42, log: '/tmp/x.log' });
});
