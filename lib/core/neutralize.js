/**
 * The one neutraliser of server-supplied text (`token_type`, `scope`, `error`,
 * `error_description`, field names, content types, `Location`s, ...). Whatever a server
 * sends is printed, put in an error message or in the job summary only after passing
 * through here: it may try to print GitHub workflow commands (`::stop-commands::`,
 * `##[add-mask]`), terminal escapes (OSC 8 links, OSC 52 clipboard writes) or markup.
 */
/** Longest rendering of one server-supplied value in a message. */
export const MAX_SERVER_TEXT_LENGTH = 300;
/**
 * Longest line of our own text (an error, a debug line) passed whole through
 * {@link neutralize} as a last guard: its server-supplied parts are already neutralised
 * and capped, so this cap only stops a runaway, never cuts a message a user needs.
 */
export const MAX_LINE_LENGTH = 4000;
/**
 * ANSI/ECMA-48 escape sequences: CSI (`ESC [` ... final byte), OSC / DCS / SOS / PM /
 * APC strings (up to BEL or `ESC \`, or the end of the text), and two-byte `ESC x`
 * sequences; also their 8-bit C1 forms (CSI U+009B, OSC U+009D, ...).
 */
const ESCAPE_SEQUENCES = /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[\x20-\x7e]?/g;
/**
 * Characters that are never shown as such: C0 and C1 controls, DEL, and the Unicode
 * format characters that reorder or hide text (the Arabic letter mark, bidi marks,
 * overrides and isolates, zero-width characters, the BOM, line and paragraph separators,
 * and the invisible tag characters U+E0000 to U+E007F), and half a surrogate pair (JSON's
 * `\ud800`), which no output can write as it is: in a `u` expression the surrogate range
 * matches only half pairs (`\p{Cs}` would say the same, at a cost to every run's start).
 */
const INVISIBLE = /[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\u{e0000}-\u{e007f}\ud800-\udfff]/gu;
/**
 * `text` as one inert line: escape sequences and invisible characters removed (white
 * space among them becomes a space), workflow-command markers broken up so the runner
 * does not read them (`::` at the start of the line, `##[` anywhere), and the length
 * capped at `maxLength` characters.
 */
export function neutralize(text, maxLength = MAX_SERVER_TEXT_LENGTH) {
    const oneLine = text
        .replace(ESCAPE_SEQUENCES, '')
        .replace(/[\t\n\v\f\r\x85\u2028\u2029]+/g, ' ')
        .replace(INVISIBLE, '')
        .replace(/ {2,}/g, ' ')
        .trim();
    return defuseWorkflowCommands(capped(oneLine, maxLength));
}
/**
 * `text` as printable ASCII: every other character shown as a JSON-style `\uXXXX`
 * escape, never raw, then neutralised. For values that RFC 6749 defines as ASCII
 * (`token_type`, `scope`: NQCHAR, §A.4 and §A.5), where anything else is a sign of
 * tampering that the reader should see.
 */
export function escapeToAscii(text, maxLength = MAX_SERVER_TEXT_LENGTH) {
    return neutralize(asciiEscaped(text), maxLength);
}
/** `text` in printable ASCII, every other UTF-16 unit as a `\uXXXX` escape (valid in JSON and JavaScript strings). */
export function asciiEscaped(text) {
    return text.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * RFC 6749 §A.12 VSCHAR, one character or more: printable ASCII, what an access token is
 * made of. Anything else (a line break, an escape sequence) would print as more than the
 * token, or write a second line where a shell puts it (`echo "T=$(...)" >> f`).
 */
export function isVisibleAscii(text) {
    return /^[\x20-\x7e]+$/.test(text);
}
/**
 * `text` with its secrets redacted, also one that invisible characters split (a server
 * can put a zero-width space inside an echoed secret): for text shown escaped, whose
 * invisible characters stay visible as `\u` escapes rather than being removed.
 */
export function redactedThroughInvisibles(text, redact) {
    const once = redact(text);
    const joined = once.replace(INVISIBLE, '');
    if (joined === once)
        return once;
    const twice = redact(joined);
    return twice === joined ? once : twice;
}
/**
 * Whether `text` holds a character that is never shown as such (the neutraliser's set):
 * a control (escape sequences, line breaks) or a mark that reorders or hides text.
 */
export function hasInvisibleCharacter(text) {
    return INVISIBLE_ONE.test(text);
}
/** {@link INVISIBLE} without the global flag, whose `lastIndex` would make `test` depend on the call before. */
const INVISIBLE_ONE = new RegExp(INVISIBLE.source, 'u');
/**
 * Text we did not write (a server's answer, an exception's message, a URL) as it may
 * appear in a message: secrets it holds redacted first (cutting or folding the text could break a secret up so that it no
 * longer matches), then neutralised, then redacted again (removing invisible characters
 * could join a secret that the server had split), and capped last. Non-string values
 * (an `error` that is an object) are shown as JSON. Undefined for a missing or empty value.
 */
export function foreignText(value, redact, maxLength = MAX_SERVER_TEXT_LENGTH) {
    if (value === undefined || value === null || value === '')
        return undefined;
    const text = typeof value === 'string' ? value : shownValue(value);
    // Through invisibles first: neutralising turns a line break inside a secret into a space, which no redaction undoes.
    return neutralize(redact(neutralize(redactedThroughInvisibles(text, redact), Infinity)), maxLength) || undefined;
}
/** A non-string value as JSON; one nested deeper than JSON.stringify's stack allows (a server's) by what it is. */
function shownValue(value) {
    try {
        return JSON.stringify(value);
    }
    catch {
        return `(${Array.isArray(value) ? 'an array' : typeof value} nested too deep to show)`;
    }
}
/** The runner reads `::command::` at a line start and `##[command]` anywhere in a line. */
function defuseWorkflowCommands(text) {
    return text.replace(/^::/, ': :').replace(/##\[/g, '# #[');
}
function capped(text, maxLength) {
    return text.length > maxLength ? `${text.slice(0, maxLength)}...` : text;
}
