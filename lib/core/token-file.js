/**
 * A file that holds a valid access token for as long as a job runs: written atomically
 * (a new file, then a rename, so a reader never sees half a token), readable by its owner
 * only, and rewritten with a renewed token before the old one expires. Shared by the
 * CLI's `exec` and the action's renewer.
 */
import { lstatSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorText } from './errors.js';
let writes = 0;
/**
 * Replaces `file` with `content` at once: a reader sees the old content or the new, never
 * a mix. Synchronous: a token is a few hundred bytes, and a `--cache` run then loads no
 * more than node:fs.
 */
export function writeFileAtomically(file, content) {
    // Unique among processes (pid) and within this one (counter); 'wx' refuses anything already there.
    const temporary = `${file}.${process.pid}.${++writes}.tmp`;
    try {
        // 'wx': a new file of our own, never one someone planted (or a symlink) at that name.
        writeFileSync(temporary, content, { mode: 0o600, flag: 'wx' });
        renameSync(temporary, file);
    }
    catch (error) {
        rmSync(temporary, { force: true });
        throw error;
    }
}
/**
 * Deletes what {@link writeFileAtomically} left of `file` when its process was killed
 * between the write and the rename: a temp file that holds a token. `olderThanMs` spares
 * the write another process may be making this instant.
 */
export function removeLeftoverWrites(file, olderThanMs = 0) {
    const prefix = `${basename(file)}.`;
    const dir = dirname(file);
    let names;
    try {
        names = readdirSync(dir);
    }
    catch {
        return;
    }
    for (const name of names) {
        if (!name.startsWith(prefix) || !/^\d+\.\d+\.tmp$/.test(name.slice(prefix.length)))
            continue;
        const path = join(dir, name);
        try {
            if (olderThanMs === 0 || Date.now() - lstatSync(path).mtimeMs >= olderThanMs)
                rmSync(path, { force: true });
        }
        catch {
            // Gone meanwhile.
        }
    }
}
/**
 * The warning a front door gives when a renewal failed (`exec` on stderr, the action's
 * renewer in its log): what is not our own text in it is redacted with `redact`.
 */
export function renewalFailedLine(error, retryInMs, redact) {
    return `warning: could not renew the token (trying again in ${Math.round(retryInMs / 1000)} s): ${errorText(error, redact)}`;
}
/** The first retry after a failed renewal, doubled each time up to {@link MAX_RETRY_DELAY_MS}. */
const FIRST_RETRY_DELAY_MS = 1000;
const MAX_RETRY_DELAY_MS = 30_000;
/** setTimeout's longest delay (2^31 - 1 ms, about 24.8 days): a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Back-off after `failures` failed renewals in a row. */
function retryDelayMs(failures) {
    return Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, failures - 1));
}
/**
 * Keeps `file` holding a valid token from `source`: sleeps until the held token enters its
 * refresh margin, renews it and rewrites the file (recreating it if someone deleted it). A
 * failed renewal is reported and retried with back-off, never given up on: the job may
 * still finish with the token it has. So is a renewal whose token is due again at once
 * (`expires_in: 0`, a JWT `exp` already past), which would otherwise be asked for in a
 * loop. A token with no known expiry is never renewed.
 */
export function keepTokenFile(source, file, events) {
    let stopped = false;
    let wake;
    let timer;
    const sleep = (ms) => new Promise((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, ms);
    });
    const loop = async () => {
        let failures = 0;
        while (!stopped) {
            const due = source.renewalDueAt();
            if (due === undefined)
                return;
            const wait = failures > 0 ? retryDelayMs(failures) : due - Date.now();
            await sleep(Math.max(0, Math.min(wait, MAX_TIMER_MS)));
            if (stopped)
                return;
            // Woken before the due time: a token that lives longer than one timer can wait.
            if (failures === 0 && Date.now() < due)
                continue;
            try {
                const token = await source.token();
                if (stopped)
                    return;
                writeFileAtomically(file, token.accessToken);
                if ((source.renewalDueAt() ?? Infinity) <= Date.now())
                    throw new Error("the server's new token is due for renewal at once (expires_in 0, or an exp already past)");
                failures = 0;
            }
            catch (error) {
                // A renewal that a stop overtook is no failure to report.
                if (stopped)
                    return;
                failures++;
                events.failed(error, retryDelayMs(failures));
            }
        }
    };
    const running = loop();
    return {
        async stop() {
            stopped = true;
            clearTimeout(timer);
            wake?.();
            await running;
        }
    };
}
