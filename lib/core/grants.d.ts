import type { GrantType, TokenOptions } from './types.js';
/** The `grant_type` value on the wire (RFC 6749 §4.3.2, §4.4.2, §6; RFC 8693 §2.1; RFC 7523 §2.1). */
export declare const GRANT_TYPE_VALUES: Readonly<Record<GrantType, string>>;
/** RFC 8693 §3: the token type assumed for a subject token when none is given. */
export declare const DEFAULT_SUBJECT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt";
/** Accepts a short name or the full `urn:ietf:params:oauth:grant-type:*` URI. */
export declare function parseGrantType(value: string): GrantType;
/**
 * The grant-specific body parameters, in order, checking that each required one is
 * given (RFC 8693 §2.1: `actor_token_type` is required when `actor_token` is present).
 */
export declare function grantParams(grant: GrantType, options: TokenOptions): Array<[string, string]>;
