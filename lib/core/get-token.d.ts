/**
 * The token request end to end: discover, build, send with retries, parse.
 */
import { type TokenRuntime } from './context.js';
import type { ClientAuthMethod, Token, TokenOptions } from './types.js';
/**
 * What {@link requestToken} got (RFC 6749 §5.1) and how. No secret but the token's own,
 * and the endpoints as given (a credential in their query included).
 */
export interface TokenResult {
    token: Token;
    tokenEndpoint: URL;
    /** The revocation endpoint (RFC 7009 §2), given or discovered (RFC 8414 §2), if any. */
    revocationEndpoint?: URL;
    /** How the client authenticated (discovery may have chosen `client_secret_post`): a revocation must do the same. */
    clientAuth: ClientAuthMethod;
    /** The preset used (`generic` when none was given). */
    provider: string;
    /** The grant, as the user named it (`client_credentials`, `token_exchange`, a custom grant). */
    grant: string;
}
/** How {@link requestToken} checks more than a token request needs. */
export interface TokenRequestSettings {
    /** Fail before the token request when no revocation endpoint is known (`revoke: true`). */
    requireRevocationEndpoint?: boolean | undefined;
}
/**
 * Gets an access token as `options` describe (RFC 6749 §4.3, §4.4, §6; RFC 8693 §2;
 * RFC 7523 §2), with the endpoints that were used.
 *
 * @throws `InputError` for bad options (and a missing revocation endpoint), before any request.
 * @throws {@link TokenRequestError} when the server refuses or cannot be reached; a
 *   refusal (HTTP 4xx) or an answer that is no token (a web page) carries a `hint` when it
 *   is a well-known one, and a refusal the claims of the CI OIDC token the request
 *   presented as `federatedClaims` (also given to `runtime.debug` on success).
 */
export declare function requestToken(options: TokenOptions, runtime?: TokenRuntime, settings?: TokenRequestSettings): Promise<TokenResult>;
/**
 * Gets an access token (CONTRACT.md, "Library").
 *
 * @example
 * const token = await getToken({ provider: 'crayon', clientId, clientSecret, username, password });
 */
export declare function getToken(options: TokenOptions, runtime?: TokenRuntime): Promise<Token>;
