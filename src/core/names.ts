/**
 * The two spellings of every option: kebab-case input names (action.yml, CLI flags)
 * and camelCase option names (the library's {@link TokenOptions}).
 */
import type { TokenOptions } from './types.js';

/** `client-secret` -> `clientSecret`. */
export function optionNameOf(input: string): keyof TokenOptions {
  return input.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as keyof TokenOptions;
}

/**
 * The options that carry a CI token (a JWT the job presents): `github-oidc-audience` fills
 * the empty ones a grant needs, and a refusal shows the claims of the one presented.
 */
export const CI_TOKEN_OPTIONS = ['clientAssertion', 'subjectToken', 'assertion'] as const satisfies ReadonlyArray<keyof TokenOptions>;

/** `clientSecret` -> `client-secret`. */
export function inputNameOf(option: string): string {
  return option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
