/**
 * Token revocation (RFC 7009), authenticating the client the same way as the token
 * request did.
 */
import { type TokenRuntime } from './context.js';
import type { ClientAuthMethod, TokenOptions } from './types.js';
/** The tokens to revoke; either may be missing. */
export interface TokensToRevoke {
    accessToken?: string | undefined;
    refreshToken?: string | undefined;
}
/** Where and how to revoke (RFC 7009 §2): the endpoints and client authentication of the token request, and the tokens. */
export interface RevocationTarget extends TokensToRevoke {
    revocationEndpoint: URL;
    /** The token endpoint: the audience of a signed client assertion, as in the token request. */
    tokenEndpoint: URL;
    /**
     * The client authentication the token request used (`TokenResult.clientAuth`),
     * when discovery chose it; default: the method `options` give.
     */
    clientAuth?: ClientAuthMethod | undefined;
}
/** What happened to one token: revoked, or why not. */
export interface RevocationOutcome {
    tokenTypeHint: 'access_token' | 'refresh_token';
    revoked: boolean;
    /** `revoked`, or one redacted line saying why not (status, `error`, `error_description`). */
    detail: string;
}
/** `access token` or `refresh token`: how a message names the token of an outcome. */
export declare function revokedTokenName(tokenTypeHint: RevocationOutcome['tokenTypeHint']): string;
/**
 * Revokes the refresh token first (RFC 7009 §2.1: that may invalidate the access token
 * too) and then the access token, each with a `token_type_hint` (RFC 7009 §2.1) and the
 * client authentication of `options`. Any 2xx answer counts as revoked: RFC 7009 §2.2
 * answers 200 for an unknown or expired token too.
 *
 * Never throws for a server's refusal or a network failure: each outcome says what
 * happened, for a warning. Bad `options`, and a `revocationEndpoint` that is `http://` off
 * loopback, still throw an `InputError`, before any request.
 */
export declare function revokeTokens(options: TokenOptions, target: RevocationTarget, runtime?: TokenRuntime): Promise<RevocationOutcome[]>;
/**
 * {@link revokeTokens} at the endpoints `options` name (`revocation-url`, `token-url`)
 * or the issuer's metadata gives (RFC 8414 §2 `revocation_endpoint`), with the client
 * authentication a token request would choose: what the CLI's `revoke` does, with
 * nothing saved from the token request.
 *
 * @throws `InputError` for bad options or no revocation endpoint, before any revocation request.
 * @throws `TokenRequestError` when discovery fails.
 */
export declare function revokeAtEndpoints(options: TokenOptions, tokens: TokensToRevoke, runtime?: TokenRuntime): Promise<RevocationOutcome[]>;
