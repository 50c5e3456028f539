/** The part of `@actions/core` the action uses, injected so tests can pass their own. */
import type * as core from '@actions/core';

export type ActionsCore = Pick<
  typeof core,
  'getInput' | 'setOutput' | 'setSecret' | 'setFailed' | 'debug' | 'info' | 'warning' | 'exportVariable' | 'saveState' | 'getState' | 'summary'
>;

/** One line a user can act on; never a stack trace for an expected failure. */
export function failureMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
