/**
 * How a front door ends: for the entry files of the action's main and post steps and of
 * the CLI only. The library never calls it: a program that imports it decides when it
 * exits.
 */
/**
 * Ends the process with `process.exitCode` once `streams` (stdout and stderr unless the
 * caller knows which it wrote through) have handed everything written to them to the OS. The result is written by then, and nothing the network may
 * still hold (a DNS lookup that never answers, a socket a proxy keeps open) may keep the
 * process, and so the job, alive past `retries + 1` attempts of `timeout-seconds`.
 */
export async function exitOnceFlushed(streams = [process.stdout, process.stderr]) {
    await Promise.all(streams.map((stream) => new Promise((resolve) => stream.write('', () => resolve()))));
    process.exit();
}
