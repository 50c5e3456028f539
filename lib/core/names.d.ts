/**
 * The two spellings of every option: kebab-case input names (action.yml, CLI flags)
 * and camelCase option names (the library's {@link TokenOptions}).
 */
import type { TokenOptions } from './types.js';
/** `client-secret` -> `clientSecret`. */
export declare function optionNameOf(input: string): keyof TokenOptions;
/** `clientSecret` -> `client-secret`. */
export declare function inputNameOf(option: string): string;
