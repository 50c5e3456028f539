/** `client-secret` -> `clientSecret`. */
export function optionNameOf(input) {
    return input.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}
/**
 * The options that carry a CI token (a JWT the job presents): `github-oidc-audience` fills
 * the empty ones a grant needs, and a refusal shows the claims of the one presented.
 */
export const CI_TOKEN_OPTIONS = ['clientAssertion', 'subjectToken', 'assertion'];
/** `clientSecret` -> `client-secret`. */
export function inputNameOf(option) {
    return option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
