/**
 * What the main step leaves the post step: JSON that the runner keeps in the `GITHUB_STATE`
 * file and hands back as `STATE_<name>`. It is read back only when it has the shape the
 * main step writes.
 */
import type { ActionsCore } from './actions-core.js';

/**
 * The state saved as `name`, or undefined when the main step saved none. Throws an error
 * whose message never quotes the state (it may hold tokens, and `JSON.parse` quotes the
 * text it fails on) when the state is not what `isValid` expects.
 */
export function readSavedState<T>(core: Pick<ActionsCore, 'getState'>, name: string, isValid: (value: unknown) => value is T): T | undefined {
  const saved = core.getState(name);
  if (!saved) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    // reported below, without the text
  }
  if (!isValid(value)) throw new Error(`the saved state "${name}" is not what the main step writes`);
  return value;
}
