/**
 * A token kept valid for a long-running program (CONTRACT.md, "Library"): held while it
 * is outside the refresh margin, renewed with the refresh token (RFC 6749 §6) when there
 * is one, else (or when the server refuses it) with the original grant, one request at a
 * time however many callers wait.
 */
import { type TokenRuntime } from './context.js';
import { type TokenResult } from './get-token.js';
import type { RevocationOutcome } from './revoke.js';
import type { ClientAuthMethod, Token, TokenOptions } from './types.js';
/** {@link TokenOptions} plus when to renew. */
export interface TokenSourceOptions extends TokenOptions {
    /**
     * Renew when less than this many seconds of the token's lifetime remain, or half its
     * lifetime if that is smaller; default 60.
     */
    refreshMarginSeconds?: number | string | undefined;
    /**
     * For a token with no known expiry (no `expires_in`, no JWT `exp`): renew it once it
     * is this old. Without it such a token is held for as long as the source lives.
     */
    maxAgeSeconds?: number | string | undefined;
}
/** A token that stays valid: see {@link createTokenSource}. */
export interface TokenSource {
    /** A valid token: the held one while it is outside the refresh margin, else a renewed one. */
    token(): Promise<Token>;
    /**
     * Revokes the held access token and refresh token (RFC 7009) and forgets them; the next
     * {@link TokenSource.token} call gets a new one. A renewal in flight is waited for first:
     * the tokens it brings are revoked, then the access token it replaced. Needs a revocation
     * endpoint (`revocationUrl` or discovery).
     */
    revoke(): Promise<RevocationOutcome[]>;
}
/** What a source holds: the last token, the endpoints it came from, and when it was obtained. */
export interface HeldToken extends Pick<TokenResult, 'token' | 'tokenEndpoint' | 'revocationEndpoint'> {
    /** Epoch milliseconds. */
    obtainedAt: number;
    /** The client authentication the token request used (discovery may have chosen it): a revocation uses it too. */
    clientAuth?: ClientAuthMethod;
}
/** The source as the CLI's `exec` and the action's renewer drive it: they also need to know when to wake up. */
export interface RenewingTokenSource extends TokenSource {
    /** When the held token enters its refresh margin (epoch ms); undefined when it never needs renewing or none is held yet. */
    renewalDueAt(): number | undefined;
    /** The held token and its endpoints, if any. */
    held(): HeldToken | undefined;
}
/**
 * Creates a {@link TokenSource} for `options` (RFC 6749 §6 refresh; RFC 8693 / RFC 7523
 * grants are repeated, asking the runner for a fresh OIDC ID token each time
 * `githubOidcAudience` is used). Concurrent {@link TokenSource.token} calls share one
 * request; a failed renewal rejects the callers waiting on it and the next call tries again.
 *
 * @example
 * const source = createTokenSource({ tokenUrl, clientId, clientSecret, refreshMarginSeconds: 120 });
 * const { accessToken } = await source.token(); // before every API call: cheap while it is valid
 *
 * @throws `InputError` at once for a bad `refreshMarginSeconds` or `maxAgeSeconds`, and from
 *   `token()` for other bad options, before any request.
 */
export declare function createTokenSource(options: TokenSourceOptions, runtime?: TokenRuntime): TokenSource;
/** {@link createTokenSource}, optionally starting from a token obtained elsewhere (the action's first token). */
export declare function createRenewingSource(options: TokenSourceOptions, runtime?: TokenRuntime, initial?: HeldToken): RenewingTokenSource;
/**
 * `refreshMarginSeconds` and `maxAgeSeconds` in ms, read when the source is made. A value
 * the error quotes has any secret in it redacted, as in every other `InputError`.
 */
export declare function renewalLimits(options: TokenSourceOptions): {
    marginMs: number;
    maxAgeMs?: number;
};
/**
 * A new token: with `refreshToken` first (RFC 6749 §6), falling back to the original grant
 * of `options` when the server refuses it ({@link isRefusal}) or there is none;
 * `onRefused` hears of the refusal before that grant is tried, so that a caller holding
 * the refresh token drops it even if the grant fails too. A refresh answer without a new
 * refresh token keeps the old one (RFC 6749 §6 lets the server keep it valid).
 */
export declare function obtainToken(options: TokenOptions, refreshToken: string | undefined, runtime: TokenRuntime, onRefused?: () => void): Promise<TokenResult>;
/** `token` without its refresh token, which the server refused. */
export declare function withoutRefreshToken<T extends Pick<Token, 'refreshToken'>>(token: T): T;
/**
 * Fails, naming the input, when `options` cannot be renewed without a person: a
 * one-shot token given by value (a subject token, an assertion, a client assertion),
 * which expires and may not be replayed; or a `refresh-margin-seconds` that is not a
 * duration (checked here, before any request, rather than first in a renewer that runs
 * apart). A refresh token the server sends does not stand in: a refused refresh falls
 * back to the original grant, and a client assertion authenticates every refresh.
 */
export declare function checkRenewable(options: TokenSourceOptions, feature: string): void;
