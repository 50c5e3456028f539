/**
 * When a held token is due for renewal: the one rule that the library's token source,
 * the CLI's cache and `exec`, and the action's renewer share. No I/O and nothing heavy
 * imported, so a cache hit can ask it without loading the request machinery.
 */
import { InputError } from './errors.js';
import { numberOf } from './numeral.js';
/** Renew when less than this many seconds remain (or half the lifetime, if smaller). */
export const DEFAULT_REFRESH_MARGIN_SECONDS = 60;
/**
 * When a token obtained at `obtainedAt` (epoch ms) enters its refresh margin: `marginMs`
 * before expiry, or half its lifetime before if that is less, so that a short-lived token
 * is still used for a while; for a token of unknown expiry, `maxAgeMs` after it was
 * obtained, or never (undefined).
 */
export function renewalDueAt(token, obtainedAt, marginMs, maxAgeMs) {
    const expiresAt = token.expiresAt === undefined ? NaN : Date.parse(token.expiresAt);
    if (Number.isNaN(expiresAt))
        return maxAgeMs === undefined ? undefined : obtainedAt + maxAgeMs;
    const lifetime = Math.max(0, expiresAt - obtainedAt);
    return expiresAt - Math.min(marginMs, lifetime / 2);
}
/**
 * A duration option in seconds (`refresh-margin-seconds`, `maxAgeSeconds`), checked, in
 * ms: a number or a decimal numeral ({@link numberOf}), 0 or more; `fallbackSeconds` when unset.
 *
 * @throws {@link InputError} naming `input`, before any request.
 */
export function durationMsOf(input, value, fallbackSeconds) {
    if (value === undefined || value === '')
        return fallbackSeconds === undefined ? undefined : fallbackSeconds * 1000;
    const seconds = numberOf(value);
    if (!Number.isFinite(seconds) || seconds < 0)
        throw new InputError(input, `must be a number of seconds, 0 or more (got "${value}")`);
    return seconds * 1000;
}
