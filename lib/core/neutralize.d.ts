/**
 * The one neutraliser of server-supplied text (`token_type`, `scope`, `error`,
 * `error_description`, field names, content types, `Location`s, ...). Whatever a server
 * sends is printed, put in an error message or in the job summary only after passing
 * through here: it may try to print GitHub workflow commands (`::stop-commands::`,
 * `##[add-mask]`), terminal escapes (OSC 8 links, OSC 52 clipboard writes) or markup.
 */
/** Longest rendering of one server-supplied value in a message. */
export declare const MAX_SERVER_TEXT_LENGTH = 300;
/**
 * Longest line of our own text (an error, a debug line) passed whole through
 * {@link neutralize} as a last guard: its server-supplied parts are already neutralised
 * and capped, so this cap only stops a runaway, never cuts a message a user needs.
 */
export declare const MAX_LINE_LENGTH = 4000;
/**
 * `text` as one inert line: escape sequences and invisible characters removed (white
 * space among them becomes a space), workflow-command markers broken up so the runner
 * does not read them (`::` at the start of the line, `##[` anywhere), and the length
 * capped at `maxLength` characters.
 */
export declare function neutralize(text: string, maxLength?: number): string;
/**
 * `text` as printable ASCII: every other character shown as a JSON-style `\uXXXX`
 * escape, never raw, then neutralised. For values that RFC 6749 defines as ASCII
 * (`token_type`, `scope`: NQCHAR, §A.4 and §A.5), where anything else is a sign of
 * tampering that the reader should see.
 */
export declare function escapeToAscii(text: string, maxLength?: number): string;
/** `text` in printable ASCII, every other UTF-16 unit as a `\uXXXX` escape (valid in JSON and JavaScript strings). */
export declare function asciiEscaped(text: string): string;
/**
 * RFC 6749 §A.12 VSCHAR, one character or more: printable ASCII, what an access token is
 * made of. Anything else (a line break, an escape sequence) would print as more than the
 * token, or write a second line where a shell puts it (`echo "T=$(...)" >> f`).
 */
export declare function isVisibleAscii(text: string): boolean;
/**
 * `text` with its secrets redacted, also one that invisible characters split (a server
 * can put a zero-width space inside an echoed secret): for text shown escaped, whose
 * invisible characters stay visible as `\u` escapes rather than being removed.
 */
export declare function redactedThroughInvisibles(text: string, redact: (text: string) => string): string;
/**
 * Whether `text` holds a character that is never shown as such (the neutraliser's set):
 * a control (escape sequences, line breaks) or a mark that reorders or hides text.
 */
export declare function hasInvisibleCharacter(text: string): boolean;
/**
 * Text we did not write (a server's answer, an exception's message, a URL) as it may
 * appear in a message: secrets it holds redacted first (cutting or folding the text could break a secret up so that it no
 * longer matches), then neutralised, then redacted again (removing invisible characters
 * could join a secret that the server had split), and capped last. Non-string values
 * (an `error` that is an object) are shown as JSON. Undefined for a missing or empty value.
 */
export declare function foreignText(value: unknown, redact: (text: string) => string, maxLength?: number): string | undefined;
