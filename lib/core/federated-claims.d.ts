import type { TokenOptions } from './types.js';
/** The token a request presents and where it came from (an input name). */
export interface PresentedToken {
    source: 'github-oidc-audience' | 'client-assertion' | 'subject-token' | 'assertion';
    claims: Readonly<Record<string, unknown>>;
}
/**
 * The CI token `options` present, decoded without checking its signature (only to show
 * it): the job's token when `github-oidc-audience` filled a slot the user left empty
 * (`given` are the options before that), else the first given JWT. Undefined when the
 * request presents none, or only tokens that are not JWTs.
 */
export declare function presentedToken(options: TokenOptions, given: TokenOptions): PresentedToken | undefined;
/** One claim, neutralised; an array (`aud`) as its items joined with ", ". */
export declare function claimText(claims: Readonly<Record<string, unknown>>, name: string, redact: (text: string) => string): string | undefined;
/**
 * `Federated token (github-oidc-audience): iss "...", sub "...", aud "...", exp
 * 2026-01-01T00:00:00Z (expired 75 s ago), repository "...", ref "...", ...`: the
 * claims that are there, in that order.
 */
export declare function describePresentedToken(token: PresentedToken, nowMs: number, redact: (text: string) => string): string;
