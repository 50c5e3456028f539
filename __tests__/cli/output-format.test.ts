/**
 * The output formats as properties over arbitrary values: a shell-quoted value survives
 * `eval` in POSIX sh byte for byte, a dotenv value is either read back by GitLab
 * exactly or refused, and so is a PowerShell one by PowerShell's reading of a verbatim
 * string. A control character, which would act on a terminal, is refused by each, and
 * JSON carries it escaped.
 */
import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { dotenvValue, formatToken, pwshQuote, shellQuote, UnrepresentableValueError } from '../../src/cli/output.js';
import { parseLikeGitLab } from './gitlab-dotenv.js';
import { readLikePowerShell } from './pwsh-reading.js';

/** What the shell formats refuse: controls, and the marks that reorder or hide text (the neutraliser's set). */
const CONTROL_CHARACTER = /[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\u{e0000}-\u{e007f}]/u;
const withoutControls = fc.string({ unit: 'binary', maxLength: 40 }).filter((value) => !CONTROL_CHARACTER.test(value));
const shellHostile = fc.constantFrom("'", '"', '$', '`', '\\', ' ', ';', '*', '$(id)', "'\\''", '!', '~', '#', '&');

/** What `sh` has in "$1", "$2", ... after `set -- <words>`. */
function throughShell(words: string[]): string[] {
  const script = `set -- ${words.join(' ')}; for value in "$@"; do printf '%s\\0' "$value"; done`;
  const result = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout.split('\0').slice(0, -1);
}

test('a single-quoted value reaches sh unchanged, whatever it holds', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          withoutControls,
          fc.array(shellHostile).map((parts) => parts.join(''))
        ),
        { minLength: 1, maxLength: 20 }
      ),
      (values) => {
        expect(throughShell(values.map((value) => shellQuote('access_token', value)))).toEqual(values);
      }
    ),
    { numRuns: 40 }
  );
});

test.each([
  ['a NUL, which no shell variable can hold', 'at-secret\0tail'],
  ['an escape sequence', 'Bearer\x1b]8;;https://evil.example\x07x'],
  ['a line that would start with a workflow command', 'a\n::add-mask::zz'],
  ['an 8-bit CSI', 'a\x9b31m'],
  ['a right-to-left override', 'read\u202eetirw'],
  ['a zero-width space', 'Bearer\u200b'],
  ['half a surrogate pair (JSON \\udc00), which would print as U+FFFD', 'read\udc00write']
])('%s is refused by every shell format, without the value in the message', (_, value) => {
  for (const quote of [shellQuote, pwshQuote, dotenvValue]) {
    const refusal = (() => {
      try {
        return quote('token_type', value);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(UnrepresentableValueError);
    expect((refusal as Error).message).toMatch(
      /^the server's token_type has a control or invisible character \(a line break, tab, NUL, escape, bidi or zero-width mark, half a surrogate pair\), which --output (env|pwsh|dotenv) does not print; use --output json$/
    );
  }
});

test('JSON carries any value exactly, in ASCII: controls, DEL, C1, bidi and non-Latin characters escaped', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (scope) => {
      const written = formatToken({ accessToken: 'at-json-0123', tokenType: 'Bearer', scope, raw: {} }, 'json');
      expect(written).toMatch(/^[\x20-\x7e]*\n$/);
      expect((JSON.parse(written) as { scope: string }).scope).toBe(scope);
    }),
    { numRuns: 300 }
  );
});

test('a dotenv value is read back by GitLab exactly, or refused', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
      let written: string;
      try {
        written = dotenvValue('access_token', value);
      } catch (error) {
        expect(error).toBeInstanceOf(UnrepresentableValueError);
        expect(CONTROL_CHARACTER.test(value) || /^ | $/.test(value)).toBe(true);
        return;
      }
      expect(parseLikeGitLab(`ACCESS_TOKEN=${written}\n`)).toEqual({ ACCESS_TOKEN: value });
    }),
    { numRuns: 500 }
  );
});

test('the token format is the token and one newline; another format refuses a value it cannot carry', () => {
  const token = { accessToken: 'at-format-0123', tokenType: 'Bearer', refreshToken: 'rt\nsplit', raw: {} };
  expect(formatToken(token, 'token')).toBe('at-format-0123\n');
  expect(() => formatToken(token, 'dotenv')).toThrow(/refresh_token/);
});

const pwshHostile = fc.constantFrom("'", "''", '"', '$', '`', '$(Get-Date)', '@(', ';', '#', ' ');

test('a PowerShell verbatim string is read back exactly, whatever quotes it holds; a value outside printable ASCII is refused', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.array(pwshHostile).map((parts) => parts.join(''))
      ),
      (value) => {
        let written: string;
        try {
          written = pwshQuote('access_token', value);
        } catch (error) {
          expect(error).toBeInstanceOf(UnrepresentableValueError);
          expect(/[^\x20-\x7e]/.test(value)).toBe(true);
          return;
        }
        expect(readLikePowerShell(`$env:ACCESS_TOKEN = ${written}`)).toEqual(['ACCESS_TOKEN', value]);
      }
    ),
    { numRuns: 500 }
  );
});

test('the pwsh format sets the env and dotenv names, one line each, and refuses a line break without the value', () => {
  const token = { accessToken: "at-'pwsh'", tokenType: 'Bearer', expiresIn: 60, expiresAt: '2030-01-01T00:00:00.000Z', scope: 'a b', raw: {} };
  const lines = formatToken(token, 'pwsh').split('\n').slice(0, -1);
  expect(lines.map(readLikePowerShell)).toEqual([
    ['ACCESS_TOKEN', "at-'pwsh'"],
    ['EXPIRES_IN', '60'],
    ['EXPIRES_AT', '2030-01-01T00:00:00.000Z'],
    ['TOKEN_TYPE', 'Bearer'],
    ['SCOPE', 'a b']
  ]);
  expect(lines[0]).toBe("$env:ACCESS_TOKEN = 'at-''pwsh'''");
  // Read in a console code page, the UTF-8 bytes of "с" (U+0441) can be a typographic quote that closes the string.
  expect(() => formatToken({ ...token, scope: '\u0441e; Write-Output PWNED; #' }, 'pwsh')).toThrow(
    /^the server's scope has a character outside ASCII, which --output pwsh does not print \(PowerShell reads it in the console's code page\); use --output json$/
  );
  expect(() => formatToken({ ...token, refreshToken: 'rt-secret\r\nsplit' }, 'pwsh')).toThrow(
    /^the server's refresh_token has a control or invisible character \(a line break, tab, NUL, escape, bidi or zero-width mark, half a surrogate pair\), which --output pwsh does not print; use --output json$/
  );
});
