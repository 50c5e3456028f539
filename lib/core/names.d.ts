/**
 * The two spellings of every option: kebab-case input names (action.yml, CLI flags)
 * and camelCase option names (the library's {@link TokenOptions}).
 */
import type { TokenOptions } from './types.js';
/** `client-secret` -> `clientSecret`. */
export declare function optionNameOf(input: string): keyof TokenOptions;
/**
 * The options that carry a CI token (a JWT the job presents): `github-oidc-audience` fills
 * the empty ones a grant needs, and a refusal shows the claims of the one presented.
 */
export declare const CI_TOKEN_OPTIONS: readonly ["clientAssertion", "subjectToken", "assertion"];
/** `clientSecret` -> `client-secret`. */
export declare function inputNameOf(option: string): string;
/** Levenshtein distance between two short names, capped: 3 stands for "3 or more". */
export declare function typoDistance(a: string, b: string): number;
