/**
 * Number options as given: every input is a string, and the library takes `'3'` as the
 * action does. No imports: the CLI's cache hit reads a duration with it before loading
 * anything else.
 */
/**
 * `value` as a number: a number as it is, or a decimal numeral such as `'3'`, `'0.5'`,
 * `'.5'` or `'1e1'` (blanks around it allowed); NaN for anything else, so that the check
 * that follows reports the value as it was given.
 */
export declare function numberOf(value: number | string): number;
