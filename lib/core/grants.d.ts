import type { GrantType, TokenOptions } from './types.js';
/** The grant of a request: one of the known table, or a custom grant sent as is. */
export interface Grant {
    /** How messages name it: a known grant's short name, a custom grant's value. */
    readonly name: string;
    /** The `grant_type` value on the wire. */
    readonly wire: string;
    /** The known grant's short name; undefined for a custom grant. */
    readonly known?: GrantType;
}
/**
 * Reads `grant-type`: a known grant by its short name (or with `-` for `_`) or its full
 * URI; else any absolute URI or RFC 6749 §A.10 grant name, sent as is (RFC 6749 §4.5).
 */
export declare function parseGrantType(value: string): Grant;
/** Whether `options` ask for a JWT bearer grant whose assertion the `private-key` signs (RFC 7523 §2.1, §3). */
export declare function signsGrantAssertion(grant: Grant, options: TokenOptions): boolean;
/**
 * The grant-specific body parameters, in order, checking that each required one is
 * given (RFC 8693 §2.1: `actor_token_type` is required when `actor_token` is present).
 * A custom grant has only `assertion`: its other parameters come from `extra-params`.
 */
export declare function grantParams(grant: Grant, options: TokenOptions): Array<[string, string]>;
