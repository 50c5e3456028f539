/** The cache key's SHA-256 is node:crypto's, for the FIPS 180-4 examples and any text. */
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../src/core/sha256.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

test('the FIPS 180-4 examples and the padding edges (55, 56, 64 bytes)', () => {
  expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  for (const length of [55, 56, 63, 64, 65, 119, 120, 1000]) expect(sha256Hex('a'.repeat(length))).toBe(nodeSha256('a'.repeat(length)));
});

test('equals node:crypto for any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => sha256Hex(text) === nodeSha256(text)),
    { numRuns: 300 }
  );
});
