import type { GrantAssertionPlan } from './grant-assertion.js';
import type { SigningAlgorithm } from './types.js';
/** How long a signed client assertion stays valid: long enough for clock skew and retries. */
export declare const ASSERTION_LIFETIME_SECONDS = 300;
export interface ClientAssertionRequest {
    clientId: string;
    /** The `aud` (RFC 7523 §3): the token endpoint by default (OpenID Connect Core §9), see `client-assertion-audience`. */
    audience: string;
    /** A PEM private key (private_key_jwt) or the client secret (client_secret_jwt, HS256). */
    key: {
        privateKeyPem: string;
    } | {
        secret: string;
    };
    keyId?: string;
    /** For a private key; default RS256 for RSA, PS256 for RSA-PSS, ES256 for P-256. */
    algorithm?: SigningAlgorithm;
    /** Seconds since the epoch; now by default. */
    now?: number;
}
/**
 * Signs a client assertion (RFC 7523 §3; OpenID Connect Core §9): `iss` = `sub` = the
 * client id, `aud` = the audience asked for, and the claims of {@link registeredClaims}.
 * Bad keys throw an {@link InputError} that never quotes the key.
 */
export declare function signClientAssertion(request: ClientAssertionRequest): string;
/**
 * Signs the assertion of a JWT bearer grant (RFC 7523 §2.1, §3): `iss`, `sub` and `aud`
 * as planned (`aud` defaulting to `tokenEndpoint`), the claims of
 * {@link registeredClaims}, then `assertion-claims` on top (Google's `scope`).
 */
export declare function signGrantAssertion(plan: GrantAssertionPlan, tokenEndpoint: string): string;
/**
 * Checks that `request`'s key can sign (a readable, unencrypted RSA or P-256 PEM key
 * that fits the algorithm, or an HS256 secret of 32 bytes or more) without signing
 * anything, so a bad key fails before any network call.
 */
export declare function checkSigningKey(request: Pick<ClientAssertionRequest, 'key' | 'algorithm'>): void;
