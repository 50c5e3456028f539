/** The part of `@actions/core` the action uses, injected so tests can pass their own. */
import type * as core from '@actions/core';
import { messageOf } from '../core/errors.js';
import { MAX_LINE_LENGTH, neutralize } from '../core/neutralize.js';

export type ActionsCore = Pick<
  typeof core,
  'getInput' | 'setOutput' | 'setSecret' | 'setFailed' | 'debug' | 'info' | 'warning' | 'exportVariable' | 'saveState' | 'getState' | 'summary'
>;

/**
 * One line a user can act on; never a stack trace for an expected failure. Its server
 * parts are neutralised already; neutralising it whole is the last guard. The runner
 * masks every secret registered with `setSecret`, in an unexpected error's text too.
 */
export function failureMessage(error: unknown): string {
  return neutralize(messageOf(error), MAX_LINE_LENGTH);
}
