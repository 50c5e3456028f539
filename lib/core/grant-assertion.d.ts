import type { SigningAlgorithm, TokenOptions } from './types.js';
/** What the token request signs as the grant's `assertion`. */
export interface GrantAssertionPlan {
    issuer: string;
    subject: string;
    /** The `aud`; undefined: the token endpoint (RFC 7523 §3). */
    audience?: string;
    /** `assertion-claims`, added to (and overriding) the registered claims. */
    claims: Readonly<Record<string, unknown>>;
    privateKey: string;
    privateKeyId?: string;
    signingAlgorithm?: SigningAlgorithm;
}
/**
 * The plan of the signed assertion when `signs` (grant `jwt_bearer`, a `private-key`,
 * no `assertion`): `iss` = `assertion-issuer`, else an `iss` in `assertion-claims`, else
 * `client-id`; `sub` likewise, defaulting to the issuer. Otherwise the assertion inputs
 * would be ignored, so they fail instead. Throws {@link InputError}.
 */
export declare function planGrantAssertion(options: TokenOptions, signs: boolean, signingAlgorithm: SigningAlgorithm | undefined): GrantAssertionPlan | undefined;
/** Fails with an {@link InputError} when the planned assertion's key cannot sign, before any network call. */
export declare function checkGrantAssertionKey(plan: GrantAssertionPlan | undefined): Promise<void>;
