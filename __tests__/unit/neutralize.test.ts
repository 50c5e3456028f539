/**
 * The neutraliser of server-supplied text: no workflow command, escape sequence,
 * control character or unbounded text gets through.
 */
import { describe, expect, test } from '@jest/globals';
import { escapeToAscii, foreignText, MAX_SERVER_TEXT_LENGTH, neutralize, redactedThroughInvisibles } from '../../src/core/neutralize.js';

describe('neutralize', () => {
  test('a forged annotation and stop-commands on later lines become one inert line', () => {
    expect(neutralize('Bearer\n::error title=Forged::run curl x | sh\n::stop-commands::x')).toBe('Bearer ::error title=Forged::run curl x | sh ::stop-commands::x');
    expect(neutralize('::error::forged')).toBe(': :error::forged');
  });

  test('##[ is made inert anywhere in the line, also when hidden behind removed characters', () => {
    expect(neutralize('Bearer ##[warning]forged')).toBe('Bearer # #[warning]forged');
    expect(neutralize('x #\u0000#[add-mask]y #\u200b#[error]z')).toBe('x # #[add-mask]y # #[error]z');
  });

  test('ANSI escapes, OSC 8 links and OSC 52 clipboard writes are removed', () => {
    expect(neutralize('\x1b[31mred\x1b[0m')).toBe('red');
    expect(neutralize('\x1b]8;;https://evil.example\x07click\x1b]8;;\x07')).toBe('click');
    expect(neutralize('a\x1b]52;c;Y3VybCB4fHNo\x1b\\b')).toBe('ab');
    expect(neutralize('a\x9b31mb\x9d0;title\x07c')).toBe('abc');
  });

  test('control, bidi and zero-width characters are removed, white space folded', () => {
    expect(neutralize('  a\tb\r\n\u202ec\u2066d\u0007e  ')).toBe('a b cde');
  });

  test('the Arabic letter mark and invisible tag characters are removed too', () => {
    expect(neutralize('a\u061cb\u{e0041}\u{e007f}c')).toBe('abc');
  });

  test('the length is capped', () => {
    expect(neutralize('x'.repeat(1000))).toBe(`${'x'.repeat(MAX_SERVER_TEXT_LENGTH)}...`);
    expect(neutralize('abcdef', 3)).toBe('abc...');
  });
});

describe('escapeToAscii', () => {
  test('shows anything but printable ASCII escaped, never raw', () => {
    expect(escapeToAscii('Bearer')).toBe('Bearer');
    expect(escapeToAscii('Bear\u00e9r\n::x')).toBe('Bear\\u00e9r\\u000a::x');
    expect(escapeToAscii('\x1b[31m')).toBe('\\u001b[31m');
    expect(escapeToAscii('::error::x')).toBe(': :error::x');
  });
});

describe('foreignText', () => {
  const redact = (text: string) => text.split('s3cr3t-value').join('***');

  test('redacts before it cuts, so a secret straddling the cap leaves no piece', () => {
    expect(foreignText(`${'x'.repeat(299)}s3cr3t-value`, redact)).toBe(`${'x'.repeat(299)}*...`);
  });

  test('redacts again after neutralising, so a secret split by invisible characters is caught too', () => {
    expect(foreignText('key s3cr3t\u200b-val\x1b[0mue here', redact)).toBe('key *** here');
  });

  test('shows a non-string value as JSON, and nothing for an empty one', () => {
    expect(foreignText({ code: '##[error]x' }, redact)).toBe('{"code":"# #[error]x"}');
    expect(foreignText('', redact)).toBeUndefined();
    expect(foreignText(undefined, redact)).toBeUndefined();
  });
});

test('redactedThroughInvisibles finds a secret a zero-width character splits, and leaves other text as it is', () => {
  const redact = (text: string) => text.split('s3cr3t-client-value').join('***');
  expect(redactedThroughInvisibles('Bearer s3cr3t-\u200bclient-value', redact)).toBe('Bearer ***');
  expect(redactedThroughInvisibles('Bearer\u200b s3cr3t-client-value', redact)).toBe('Bearer\u200b ***');
  expect(redactedThroughInvisibles('Bearer\u200b', redact)).toBe('Bearer\u200b');
});
