/**
 * Counts the checks of a suite and prints, once it is done, how many ran and how many
 * held: the figures docs/reliability.md quotes.
 */
import { afterAll } from '@jest/globals';

export interface Tally {
  /** Runs one check; it counts as held only if it returns without throwing. */
  check<T>(body: () => Promise<T>): Promise<T>;
}

export function createTally(suite: string, unit: string, detail: () => string = () => ''): Tally {
  let ran = 0;
  let held = 0;
  afterAll(() => {
    const extra = detail();
    process.stdout.write(`\n${suite}: ${held} of ${ran} ${unit} held${extra ? ` (${extra})` : ''}\n`);
  });
  return {
    async check(body) {
      ran++;
      const result = await body();
      held++;
      return result;
    }
  };
}
