/**
 * Retries for hostile networks: network errors, timeouts, 408, 429 and 5xx are tried
 * again with exponential backoff and jitter, honouring `Retry-After`
 * (RFC 9110 §10.2.3) up to a cap; any other answer is returned at once, so an
 * `invalid_client` fails fast.
 */
import { TokenRequestError } from './errors.js';
import type { HttpRequest, HttpResponse, HttpTransport } from './http.js';
export interface RetryPolicy {
    retries: number;
    timeoutMs: number;
    sleep: (ms: number) => Promise<void>;
    /** A number in [0, 1), for jitter. */
    random: () => number;
    now: () => number;
    debug: (message: string) => void;
}
export interface RetriedResponse {
    response: HttpResponse;
    attempts: number;
}
/**
 * Sends `request` up to `retries + 1` times. Resolves with the first answer that is
 * not retryable, or the last one; rejects with the last network error.
 *
 * @param rebuild makes the request of each attempt after the first: a signed assertion
 *   gets a fresh `jti` and lifetime each time (RFC 7523 §3), as a server refuses one it has seen.
 */
export declare function sendWithRetries(send: HttpTransport, request: HttpRequest, policy: RetryPolicy, rebuild?: () => Promise<HttpRequest>): Promise<RetriedResponse>;
/** `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), in ms; undefined if absent or unreadable. */
export declare function retryAfterMs(header: string | string[] | undefined, nowMs: number): number | undefined;
/** The error, saying how many attempts were made when there was more than one. */
export declare function withAttempts(error: TokenRequestError, attempts: number): TokenRequestError;
