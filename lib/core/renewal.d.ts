import type { Token } from './types.js';
/** Renew when less than this many seconds remain (or half the lifetime, if smaller). */
export declare const DEFAULT_REFRESH_MARGIN_SECONDS = 60;
/**
 * When a token obtained at `obtainedAt` (epoch ms) enters its refresh margin: `marginMs`
 * before expiry, or half its lifetime before if that is less, so that a short-lived token
 * is still used for a while; for a token of unknown expiry, `maxAgeMs` after it was
 * obtained, or never (undefined).
 */
export declare function renewalDueAt(token: Pick<Token, 'expiresAt'>, obtainedAt: number, marginMs: number, maxAgeMs?: number): number | undefined;
/**
 * A duration option in seconds (`refresh-margin-seconds`, `maxAgeSeconds`), checked, in
 * ms: a number or a decimal numeral ({@link numberOf}), 0 or more; `fallbackSeconds` when unset.
 *
 * @throws {@link InputError} naming `input`, before any request.
 */
export declare function durationMsOf(input: string, value: number | string | undefined, fallbackSeconds?: number): number | undefined;
