import { TokenRequestError } from './errors.js';
import { type PresentedToken } from './federated-claims.js';
import type { TokenRequestPlan } from './plan.js';
/** What a hint may look at: the refusal and the request that was refused. */
export interface Refusal {
    status?: number;
    error?: string;
    errorDescription?: string;
    /** The answer's media type, when it was not the JSON asked for. */
    contentType?: string;
    plan: Pick<TokenRequestPlan, 'grant' | 'clientAuth' | 'basicEncoding' | 'credentials' | 'params' | 'grantAssertion'>;
    presented?: PresentedToken;
    /**
     * A value the user gave, as a hint quotes it: neutralised, and redacted when it is a
     * secret that went into the wrong input (as the debug line redacts the grant). Default: neutralised.
     */
    shown?: (value: string) => string;
    /** Removes the run's secrets from the presented token's claims, which the hint and claims line quote. */
    redact: (text: string) => string;
}
export interface HintRow {
    /** What the row recognises, for tests and readers. */
    readonly name: string;
    matches(refusal: Refusal): boolean;
    hint(refusal: Refusal): string;
}
export declare const HINTS: readonly HintRow[];
/**
 * `error` (a refusal of the token request) with its hint and, when the request presented
 * a CI OIDC token, that token's claims line.
 */
export declare function explainRefusal(error: TokenRequestError, refusal: Omit<Refusal, 'status' | 'error' | 'errorDescription' | 'contentType'>, nowMs: number): TokenRequestError;
