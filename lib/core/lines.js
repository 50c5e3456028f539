/**
 * The multi-line inputs: `key=value` body parameters and `Name: value` headers.
 */
import { InputError } from './errors.js';
/** Splits `text` into trimmed non-empty lines. */
export function nonEmptyLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
}
/** RFC 9110 §5.1 field-name token. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * RFC 9110 §5.5 field-value characters without obs-text: visible ASCII, space and tab.
 * Servers read bytes above 0x7F in their own ways (Node sends a header as UTF-8 when the
 * body is a string, many servers read Latin-1), and the C1 controls among them are controls.
 */
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;
/** `extra-params`: one `key=value` a line, or a record from the library. */
export function parseParamLines(input, value) {
    if (typeof value === 'string')
        return splitLines(input, value, '=', 'key=value');
    const entries = Object.entries(value);
    if (entries.some(([name]) => name.trim() === ''))
        throw new InputError(input, 'has a parameter with an empty name');
    return entries;
}
/** Each non-empty line split at the first `separator` into a trimmed name and value; the line is never quoted, as it may hold a secret. */
function splitLines(input, text, separator, shape) {
    return nonEmptyLines(text).map((line, index) => {
        const at = line.indexOf(separator);
        if (at <= 0)
            throw new InputError(input, `line ${index + 1} is not ${shape}`);
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
}
/** `headers`: one `Name: value` a line, or a record from the library. */
export function parseHeaderLines(input, value) {
    const entries = typeof value === 'string' ? splitLines(input, value, ':', '"Name: value"') : Object.entries(value);
    for (const [index, [name, headerValue]] of entries.entries()) {
        // Not quoted: a line whose colon is missing has its value, maybe a secret, in the "name".
        // __proto__ would be lost when the request's headers are assembled as an object.
        if (!HEADER_NAME.test(name) || name === '__proto__') {
            throw new InputError(input, `line ${index + 1} has an invalid header name (letters, digits and !#$%&'*+-.^_\`|~ only, then ":")`);
        }
        if (/[\r\n\0]/.test(headerValue))
            throw new InputError(input, `header "${name}" has a line break in its value`);
        if (!HEADER_VALUE.test(headerValue)) {
            throw new InputError(input, `header "${name}" has a character outside printable ASCII in its value (a control character, or a letter servers read in different ways); percent-encode it`);
        }
    }
    return entries;
}
