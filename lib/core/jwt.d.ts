import type { SigningAlgorithm } from './types.js';
/** How long a signed client assertion stays valid: long enough for clock skew and retries. */
export declare const ASSERTION_LIFETIME_SECONDS = 300;
/** RFC 7518 §3.3 and §3.5: RSA keys of 2048 bits or larger MUST be used. */
export declare const MIN_RSA_BITS = 2048;
/** RFC 7518 §3.2: an HS256 key MUST be at least as long as the hash output (256 bits). */
export declare const MIN_HMAC_KEY_BYTES = 32;
export interface ClientAssertionRequest {
    clientId: string;
    /** The token endpoint URL (RFC 7523 §3, `aud`; OpenID Connect Core §9). */
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
 * client id, `aud` = the token endpoint, a unique `jti`, `iat` = `nbf` = now, and `exp`
 * {@link ASSERTION_LIFETIME_SECONDS} ahead. Bad keys throw an {@link InputError} that
 * never quotes the key.
 */
export declare function signClientAssertion(request: ClientAssertionRequest): string;
/**
 * Checks that `request`'s key can sign (a readable, unencrypted RSA or P-256 PEM key
 * that fits the algorithm, or an HS256 secret of 32 bytes or more) without signing
 * anything, so a bad key fails before any network call.
 */
export declare function checkSigningKey(request: Pick<ClientAssertionRequest, 'key' | 'algorithm'>): void;
