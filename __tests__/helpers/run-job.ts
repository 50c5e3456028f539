/**
 * A job as the GitHub runner runs an action with a post step: the main step
 * (dist/index.js), then at job end the post step (dist/post/index.js) with the same inputs
 * and every value the main step saved with `saveState` as `STATE_<name>`.
 */
import { runAction, type ActionRun, type RunOptions } from './run-action.js';

export interface JobRun {
  main: ActionRun;
  post: ActionRun;
}

/** `STATE_<name>` for each saved value, as the runner hands them to the post step. */
export function stateEnv(state: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]));
}

/** Runs the main step, then the post step (which the runner runs even after a failure: `post-if: always()`). */
export async function runJob(inputs: Record<string, string>, options: Omit<RunOptions, 'entry'> = {}, betweenSteps?: (main: ActionRun) => Promise<void>): Promise<JobRun> {
  const main = await runAction(inputs, { ...options, entry: 'index' });
  await betweenSteps?.(main);
  const post = await runAction(inputs, { ...options, entry: 'post', env: { ...options.env, ...stateEnv(main.state) } });
  return { main, post };
}
