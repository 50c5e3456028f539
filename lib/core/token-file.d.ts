import type { RenewingTokenSource } from './token-source.js';
/**
 * Replaces `file` with `content` at once: a reader sees the old content or the new, never
 * a mix. Synchronous: a token is a few hundred bytes, and a `--cache` run then loads no
 * more than node:fs.
 */
export declare function writeFileAtomically(file: string, content: string): void;
/**
 * Deletes what {@link writeFileAtomically} left of `file` when its process was killed
 * between the write and the rename: a temp file that holds a token. `olderThanMs` spares
 * the write another process may be making this instant.
 */
export declare function removeLeftoverWrites(file: string, olderThanMs?: number): void;
/** What a keeper tells its front door. */
export interface KeeperEvents {
    /** A renewal failed; the next try is in `retryInMs`. `error` is already redacted by the core. */
    failed(error: unknown, retryInMs: number): void;
}
export interface TokenFileKeeper {
    /** Stops renewing; resolves once no renewal is under way. */
    stop(): Promise<void>;
}
/**
 * The warning a front door gives when a renewal failed (`exec` on stderr, the action's
 * renewer in its log): what is not our own text in it is redacted with `redact`.
 */
export declare function renewalFailedLine(error: unknown, retryInMs: number, redact: (text: string) => string): string;
/**
 * Keeps `file` holding a valid token from `source`: sleeps until the held token enters its
 * refresh margin, renews it and rewrites the file (recreating it if someone deleted it). A
 * failed renewal is reported and retried with back-off, never given up on: the job may
 * still finish with the token it has. So is a renewal whose token is due again at once
 * (`expires_in: 0`, a JWT `exp` already past), which would otherwise be asked for in a
 * loop. A token with no known expiry is never renewed.
 */
export declare function keepTokenFile(source: Pick<RenewingTokenSource, 'token' | 'renewalDueAt'>, file: string, events: KeeperEvents): TokenFileKeeper;
