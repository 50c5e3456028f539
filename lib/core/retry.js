/**
 * Retries for hostile networks: network errors, timeouts, 408, 429 and 5xx are tried
 * again with exponential backoff and jitter, honouring `Retry-After`
 * (RFC 9110 §10.2.3) up to a cap; any other answer is returned at once, so an
 * `invalid_client` fails fast.
 */
import { TokenRequestError } from './errors.js';
/** The longest `Retry-After` we wait for; a longer one fails and says so. */
const MAX_RETRY_AFTER_MS = 60_000;
const BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 10_000;
/** Whether an answer with this status is worth another attempt. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
/**
 * Sends `request` up to `retries + 1` times. Resolves with the first answer that is
 * not retryable, or the last one; rejects with the last network error.
 *
 * @param rebuild makes the request of each attempt after the first: a signed assertion
 *   gets a fresh `jti` and lifetime each time (RFC 7523 §3), as a server refuses one it has seen.
 */
export async function sendWithRetries(send, request, policy, rebuild) {
    const attemptsAllowed = policy.retries + 1;
    for (let attempt = 1;; attempt++) {
        let outcome;
        try {
            outcome = await send(attempt > 1 && rebuild ? await rebuild() : request, policy.timeoutMs);
        }
        catch (error) {
            if (!(error instanceof TokenRequestError))
                throw error;
            outcome = error;
        }
        const retryable = outcome instanceof TokenRequestError ? outcome.code === 'NETWORK_ERROR' || outcome.code === 'TIMEOUT' : isRetryableStatus(outcome.status);
        if (!retryable || attempt >= attemptsAllowed) {
            if (outcome instanceof TokenRequestError)
                throw withAttempts(outcome, attempt);
            return { response: outcome, attempts: attempt };
        }
        const delay = delayBeforeRetry(outcome, attempt, policy, request.url.host);
        policy.debug(`Attempt ${attempt} of ${attemptsAllowed}: ${describe(outcome)}; retrying in ${delay} ms`);
        await policy.sleep(delay);
    }
}
/** `where`: the host asked, for the message (this serves token, metadata and revocation requests alike). */
function delayBeforeRetry(outcome, attempt, policy, where) {
    const retryAfter = outcome instanceof TokenRequestError ? undefined : retryAfterMs(outcome.headers['retry-after'], policy.now());
    if (retryAfter !== undefined) {
        if (retryAfter > MAX_RETRY_AFTER_MS) {
            const status = outcome.status;
            throw new TokenRequestError(`The answer from ${where} (HTTP ${status}) has Retry-After ${Math.ceil(retryAfter / 1000)} s, longer than the ${MAX_RETRY_AFTER_MS / 1000} s this step waits; try again later`, { code: 'RETRY_AFTER_TOO_LONG', status, attempts: attempt });
        }
        return retryAfter;
    }
    const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}
/** `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), in ms; undefined if absent or unreadable. */
export function retryAfterMs(header, nowMs) {
    const value = (Array.isArray(header) ? header[0] : header)?.trim();
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // Only an HTTP-date (RFC 9110 §5.6.7, its obsolete forms too): V8 would read "3600.5" as the year 3600.
    if (!HTTP_DATE.test(value))
        return undefined;
    // An asctime date names no zone, and is GMT all the same.
    const date = Date.parse(value.endsWith(' GMT') ? value : `${value} GMT`);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
/** IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`). */
const HTTP_DATE = /^(?:[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]{5,8}, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/;
function describe(outcome) {
    return outcome instanceof TokenRequestError ? outcome.message : `HTTP ${outcome.status}`;
}
/** The error, saying how many attempts were made when there was more than one. */
export function withAttempts(error, attempts) {
    if (attempts === 1)
        return error;
    return new TokenRequestError(`${error.message} (after ${attempts} attempts)`, { ...error, code: error.code, attempts });
}
