/**
 * What the CLI prints on stdout for each `--output` (CONTRACT.md, "CLI"). Each format is
 * built whole before anything is written, so a failure never leaves half a token behind.
 */
import { OPTIONAL_OUTPUTS, tokenOutputs } from '../core/outputs.js';
import type { Token } from '../core/types.js';

export const OUTPUT_FORMATS = ['token', 'json', 'env', 'dotenv', 'pwsh'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * A value of the server's answer that a format cannot carry exactly (a NUL for a shell,
 * a line break for GitLab's dotenv). The CLI fails with exit status 1 rather than write a
 * wrong value; the message names the field, never its value.
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
      return `${JSON.stringify(jsonOf(token))}\n`;
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
 * A POSIX sh single-quoted word: inside single quotes nothing is special (POSIX.1-2017
 * XCU §2.2.2), so `'` is the only character to handle, as `'\''` (close, escaped quote,
 * reopen). Safe for `eval` whatever the value holds; only NUL cannot be in a variable.
 */
export function shellQuote(name: string, value: string): string {
  if (value.includes('\0')) {
    throw new UnrepresentableValueError(`the server's ${name} contains a NUL character, which a shell variable cannot hold; use --output json`);
  }
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The characters PowerShell reads as a single quote: ASCII `'` and the typographic ones. */
const PWSH_SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/**
 * A PowerShell verbatim (single-quoted) string: nothing inside is expanded, and a quote
 * is written twice (about_Quoting_Rules). PowerShell also takes the typographic quotes
 * U+2018 to U+201B for `'`, so those are doubled too. A line break or a NUL is refused:
 * PowerShell reads a native command's output line by line (and may rejoin the lines with
 * CRLF), and an environment variable cannot hold a NUL.
 */
export function pwshQuote(name: string, value: string): string {
  if (/[\r\n\0]/.test(value)) {
    throw new UnrepresentableValueError(`the server's ${name} has a line break or NUL, which --output pwsh cannot carry; use --output json`);
  }
  return `'${value.replace(PWSH_SINGLE_QUOTES, (quote) => quote + quote)}'`;
}

/** The whitespace Ruby's `String#strip` removes, as GitLab trims each dotenv key and value. */
const GITLAB_TRIMMED = '[ \\t\\n\\v\\f\\r\\0]';
const NOT_CARRIED_BY_GITLAB = new RegExp(`[\\r\\n\\0]|^${GITLAB_TRIMMED}|${GITLAB_TRIMMED}$`);

/**
 * A value for GitLab's `artifacts:reports:dotenv`, which reads each line as
 * `KEY=value`, splitting at the first `=` and trimming both sides, with no quoting and
 * no escapes (quotes would become part of the value) and no multi-line values. So the
 * value is written verbatim, and one GitLab would change (a line break, a NUL, leading
 * or trailing whitespace) is refused.
 */
export function dotenvValue(name: string, value: string): string {
  if (NOT_CARRIED_BY_GITLAB.test(value)) {
    throw new UnrepresentableValueError(`the server's ${name} has a line break, NUL or surrounding whitespace, which a GitLab dotenv value cannot carry; use --output json or env`);
  }
  return value;
}
