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
/** Levenshtein distance between two short names, capped: 3 stands for "3 or more". */
export function typoDistance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = row;
    }
    return Math.min(previous[b.length], 3);
}
