import { type HttpResponse } from './http.js';
import type { ResponseAliases } from '../providers/presets.js';
import type { Token } from './types.js';
/** Removes secrets from a server-provided string; see {@link parseTokenResponse}. */
export type Redact = (text: string) => string;
/**
 * Parses an answer of the token endpoint (or of any endpoint answering in its
 * format). `nowMs` anchors `expiresAt`. Every piece of the answer that goes into an
 * error passes through {@link foreignText}: `redact` removes the secrets the server
 * echoed, and workflow commands, escapes and control characters are neutralised.
 */
export declare function parseTokenResponse(response: HttpResponse, nowMs: number, redact?: Redact, aliases?: ResponseAliases): Token;
/** The answer's media type without parameters (`text/html`), neutralised; undefined when it has none. */
export declare function mediaTypeOf(response: HttpResponse, redact: Redact): string | undefined;
/** The body as a JSON object, or undefined when it is not one. */
export declare function parseJsonObject(response: HttpResponse): Record<string, unknown> | undefined;
/** The `error` and `error_description` of an answer (any casing), redacted, neutralised and each on one bounded line. */
export interface OAuthErrorFields {
    error?: string;
    errorDescription?: string;
    /** `error: error_description`, or whichever is there; undefined when neither is. */
    detail?: string;
}
/** Reads an RFC 6749 §5.2 / RFC 7009 §2.2.1 error (or a provider's `Error` field) from a JSON body. */
export declare function oauthErrorOf(body: Record<string, unknown> | undefined, redact: Redact): OAuthErrorFields;
/**
 * The claims of a JWT (RFC 7519 §7.2 steps 1 to 3 only: the signature is not checked, so
 * they serve only to show a token or to learn when it expires); undefined when `token`
 * is not a JWT with a JSON object as its payload.
 */
export declare function jwtClaims(token: string | undefined): Record<string, unknown> | undefined;
/**
 * ISO-8601 UTC to the second. Written out field by field: the first `toISOString()` of a
 * process costs about 0.25 ms (npm run bench), a few percent of a token step's own work.
 * A year outside 0000-9999 takes `toISOString()`'s extended form.
 */
export declare function isoInstant(ms: number): string;
