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
