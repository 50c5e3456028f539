/**
 * PowerShell's reading of the `--output pwsh` lines, for machines without `pwsh`
 * (about_Quoting_Rules; the tokenizer's ScanStringLiteral).
 */
/** PowerShell's five single-quote characters (its tokenizer's `IsSingleQuote`). */
const PWSH_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);

/**
 * What PowerShell reads from one `$env:NAME = '...'` line, as its tokenizer scans a
 * verbatim string: any single-quote character opens and closes it, two in a row stand
 * for the second one, nothing else is special. Throws when anything follows the string.
 */
export function readLikePowerShell(line: string): [string, string] {
  const match = /^\$env:([A-Z_]+) = (.*)$/s.exec(line);
  if (!match) throw new Error('not an assignment');
  const text = [...match[2]!];
  if (!PWSH_QUOTES.has(text[0]!)) throw new Error('not a verbatim string');
  let value = '';
  let index = 1;
  for (; index < text.length; index++) {
    const char = text[index]!;
    if (PWSH_QUOTES.has(char)) {
      if (!PWSH_QUOTES.has(text[index + 1] ?? '')) break;
      index++;
      value += text[index];
      continue;
    }
    value += char;
  }
  if (index !== text.length - 1) throw new Error('text after the closing quote: it would run as code');
  return [match[1]!, value];
}
