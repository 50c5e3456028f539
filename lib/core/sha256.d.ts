/**
 * SHA-256 (FIPS 180-4 §6.2) in plain JavaScript, for the CLI's cache key only. Loading
 * node:crypto initialises OpenSSL, which costs a `--cache` hit about a third of a bare
 * Node start; hashing a few hundred bytes here costs well under a millisecond.
 * Checked against node:crypto in __tests__/unit/sha256.test.ts.
 */
/** The SHA-256 of `text` (UTF-8), as 64 lower-case hex digits. */
export declare function sha256Hex(text: string): string;
