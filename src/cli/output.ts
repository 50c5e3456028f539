/**
 * What the CLI prints on stdout for each `--output` (CONTRACT.md, "CLI"). Each format is
 * built whole before anything is written, so a failure never leaves half a token behind.
 */
import { asciiEscaped, hasInvisibleCharacter } from '../core/neutralize.js';
import { OPTIONAL_OUTPUTS, tokenOutputs } from '../core/outputs.js';
import type { Token } from '../core/types.js';

export const OUTPUT_FORMATS = ['token', 'json', 'env', 'dotenv', 'pwsh'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * A value of the server's answer that a format cannot carry exactly, or must not print (a
 * control character). The CLI fails with exit status 1 rather than write a wrong value;
 * the message names the field, never its value.
 */
export class UnrepresentableValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnrepresentableValueError';
  }
}

/** The outputs `env`, `dotenv` and `pwsh` write: every one, but the optional ones only when present. */
function outputFields(token: Token): Array<[string, string]> {
  return tokenOutputs(token)
    .filter(([name, value]) => value || !OPTIONAL_OUTPUTS.has(name))
    .map(([name, value]) => [name, value ?? '']);
}

/** The complete stdout for `format`. @throws {@link UnrepresentableValueError} */
export function formatToken(token: Token, format: OutputFormat): string {
  switch (format) {
    case 'token':
      return `${token.accessToken}\n`;
    case 'json':
      return `${asciiJson(jsonOf(token))}\n`;
    case 'env':
      return outputFields(token)
        .map(([name, value]) => `export ${name.toUpperCase()}=${shellQuote(name, value)}\n`)
        .join('');
    case 'dotenv':
      return outputFields(token)
        .map(([name, value]) => `${name.toUpperCase()}=${dotenvValue(name, value)}\n`)
        .join('');
    case 'pwsh':
      return outputFields(token)
        .map(([name, value]) => `$env:${name.toUpperCase()} = ${pwshQuote(name, value)}\n`)
        .join('');
  }
}

/** The contract's JSON shape; unknown values are `null`, `expires_in` a number. */
function jsonOf(token: Token): Record<string, string | number | null> {
  return {
    access_token: token.accessToken,
    expires_in: token.expiresIn ?? null,
    expires_at: token.expiresAt ?? null,
    token_type: token.tokenType,
    scope: token.scope ?? null,
    refresh_token: token.refreshToken ?? null,
    ...(token.idToken ? { id_token: token.idToken } : {}),
    ...(token.issuedTokenType ? { issued_token_type: token.issuedTokenType } : {})
  };
}

/**
 * The JSON of `value` in ASCII: every other character as a `\u` escape, so that it reads
 * back exactly and prints nothing a terminal acts on (`JSON.stringify` escapes C0
 * controls, not DEL, the C1 controls or the bidi ones).
 */
function asciiJson(value: unknown): string {
  return asciiEscaped(JSON.stringify(value));
}

/**
 * Server text is printed only without control characters (CONTRACT.md), and a shell
 * format prints values as they are: one that holds a control character, or a mark that
 * reorders or hides text (bidi, zero-width), is refused. No field of a token answer has
 * one (RFC 6749 §A: VSCHAR, NQCHAR, type names, numbers).
 */
function refuseInvisibleCharacters(name: string, value: string, format: OutputFormat): void {
  if (hasInvisibleCharacter(value)) {
    throw new UnrepresentableValueError(
      `the server's ${name} has a control or invisible character (a line break, tab, NUL, escape, bidi or zero-width mark, half a surrogate pair), which --output ${format} does not print; use --output json`
    );
  }
}

/**
 * A POSIX sh single-quoted word: inside single quotes nothing is special (POSIX.1-2017
 * XCU §2.2.2), so `'` is the only character to handle, as `'\''` (close, escaped quote,
 * reopen). Safe for `eval` whatever the value holds.
 */
export function shellQuote(name: string, value: string): string {
  refuseInvisibleCharacters(name, value, 'env');
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * A PowerShell verbatim (single-quoted) string: nothing inside is expanded, and a quote
 * is written twice (about_Quoting_Rules). Only printable ASCII is written: PowerShell
 * decodes a native command's output in the console's code page (cp932, cp1252, ...), where
 * the UTF-8 bytes of another character can read as one of the typographic quotes it also
 * takes for `'`, and close the string. Invisible characters are refused too, line breaks
 * among them: PowerShell reads a native command's output line by line.
 */
export function pwshQuote(name: string, value: string): string {
  refuseInvisibleCharacters(name, value, 'pwsh');
  if (/[^\x20-\x7e]/.test(value)) {
    throw new UnrepresentableValueError(
      `the server's ${name} has a character outside ASCII, which --output pwsh does not print (PowerShell reads it in the console's code page); use --output json`
    );
  }
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A value for GitLab's `artifacts:reports:dotenv`, which reads each line as
 * `KEY=value`, splitting at the first `=` and trimming both sides (Ruby's `String#strip`),
 * with no quoting and no escapes (quotes would become part of the value) and no
 * multi-line values. So the value is written verbatim; invisible characters are refused,
 * and so is leading or trailing space, which GitLab would cut off.
 */
export function dotenvValue(name: string, value: string): string {
  refuseInvisibleCharacters(name, value, 'dotenv');
  if (/^ | $/.test(value)) {
    throw new UnrepresentableValueError(`the server's ${name} has leading or trailing space, which a GitLab dotenv value cannot carry; use --output json or env`);
  }
  return value;
}
