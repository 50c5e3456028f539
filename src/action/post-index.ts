/**
 * Entry of the post step (dist/post/index.js: each entry's bundle and chunks in a folder of its
 * own, as ncc's chunk names of two builds can clash), which the runner starts at the end of every job.
 * With nothing saved by the main step and no revocation asked for it has nothing to do,
 * and exits before loading anything: `@actions/core` and the post step's code are chunks
 * of their own, imported only when there is work.
 */
import { isTrue } from '../core/yaml-boolean.js';

// Not awaited: a top-level await makes ncc wrap the bundle in its async-module runtime,
// which costs start-up time (npm run bench). post() never rejects.
if (hasWork(process.env)) {
  void Promise.all([import('@actions/core'), import('./post.js'), import('../core/process-exit.js')]).then(async ([core, { post }, { exitOnceFlushed }]) => {
    await post(core);
    await exitOnceFlushed();
  });
}

/** Saved state (`STATE_*`, as the runner hands it over) or `revoke: true`, whose missing state the post step reports. */
function hasWork(env: NodeJS.ProcessEnv): boolean {
  return Object.keys(env).some((name) => name.startsWith('STATE_') && env[name]) || isTrue(env.INPUT_REVOKE);
}
