/**
 * When a held token is due for renewal: the one rule that the library's token source,
 * the CLI's cache and `exec`, and the action's renewer share. No I/O and no imports, so
 * a cache hit can ask it without loading the request machinery.
 */
import type { Token } from './types.js';

/** Renew when less than this many seconds remain (or half the lifetime, if smaller). */
export const DEFAULT_REFRESH_MARGIN_SECONDS = 60;

/**
 * When a token obtained at `obtainedAt` (epoch ms) enters its refresh margin: `marginMs`
 * before expiry, or half its lifetime before if that is less, so that a short-lived token
 * is still used for a while; for a token of unknown expiry, `maxAgeMs` after it was
 * obtained, or never (undefined).
 */
export function renewalDueAt(token: Pick<Token, 'expiresAt'>, obtainedAt: number, marginMs: number, maxAgeMs?: number): number | undefined {
  const expiresAt = token.expiresAt === undefined ? NaN : Date.parse(token.expiresAt);
  if (Number.isNaN(expiresAt)) return maxAgeMs === undefined ? undefined : obtainedAt + maxAgeMs;
  const lifetime = Math.max(0, expiresAt - obtainedAt);
  return expiresAt - Math.min(marginMs, lifetime / 2);
}
