/**
 * What a trust policy is matched against: the non-secret claims of the CI OIDC token a
 * request presents (the job's GitHub token via `github-oidc-audience`, or a token given
 * as `client-assertion`, `subject-token` or `assertion`), as one line for a refused
 * request (and for debug output). Never the token or its signature: only claims decoded
 * from its payload, each neutralised, since whoever minted the token chose them.
 */
import { CI_TOKEN_OPTIONS, inputNameOf } from './names.js';
import { foreignText } from './neutralize.js';
import { isoInstant, jwtClaims } from './response.js';
/** Claims shown for every token, then those GitHub adds that trust policies match on. */
const SHOWN_CLAIMS = ['iss', 'sub', 'aud'];
const GITHUB_CLAIMS = ['repository', 'ref', 'environment', 'job_workflow_ref'];
/** Longest rendering of one claim. */
const MAX_CLAIM_LENGTH = 200;
/**
 * The CI token `options` present, decoded without checking its signature (only to show
 * it): the job's token when `github-oidc-audience` filled a slot the user left empty
 * (`given` are the options before that), else the first given JWT. Undefined when the
 * request presents none, or only tokens that are not JWTs.
 */
export function presentedToken(options, given) {
    const filled = (option) => Boolean(given.githubOidcAudience && !given[option]);
    // The job's token first: a server's trust policy is matched against it, not against a JWT the user gave beside it.
    const slots = [...CI_TOKEN_OPTIONS.filter(filled), ...CI_TOKEN_OPTIONS.filter((option) => !filled(option))];
    for (const option of slots) {
        const claims = jwtClaims(options[option]);
        if (claims)
            return { source: filled(option) ? 'github-oidc-audience' : inputNameOf(option), claims };
    }
    return undefined;
}
/** One claim, neutralised; an array (`aud`) as its items joined with ", ". */
export function claimText(claims, name, redact) {
    const value = claims[name];
    if (value === undefined || value === null || value === '')
        return undefined;
    // Claims are the issuer's text: one may repeat a secret of the run (the runner's request token), split or not.
    return foreignText(Array.isArray(value) ? value.map(String).join(', ') : value, redact, MAX_CLAIM_LENGTH);
}
/**
 * `Federated token (github-oidc-audience): iss "...", sub "...", aud "...", exp
 * 2026-01-01T00:00:00Z (expired 75 s ago), repository "...", ref "...", ...`: the
 * claims that are there, in that order.
 */
export function describePresentedToken(token, nowMs, redact) {
    const parts = [];
    for (const name of SHOWN_CLAIMS) {
        const text = claimText(token.claims, name, redact);
        if (text !== undefined)
            parts.push(`${name} "${text}"`);
    }
    parts.push(expiryOf(token.claims.exp, nowMs));
    for (const name of GITHUB_CLAIMS) {
        const text = claimText(token.claims, name, redact);
        if (text !== undefined)
            parts.push(`${name} "${text}"`);
    }
    return `Federated token (${token.source}): ${parts.join(', ')}`;
}
/** RFC 7519 §4.1.4 `exp`, and whether it has passed. */
function expiryOf(exp, nowMs) {
    if (typeof exp !== 'number' || !Number.isFinite(exp) || Math.abs(exp) > 8.64e12)
        return 'exp (none)';
    const at = isoInstant(exp * 1000);
    const seconds = Math.round(exp - nowMs / 1000);
    return seconds <= 0 ? `exp ${at} (expired ${-seconds} s ago)` : `exp ${at} (not expired: ${seconds} s left)`;
}
