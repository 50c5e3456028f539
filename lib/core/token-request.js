/**
 * Builds the HTTP request of a token (or revocation) request from a plan: the body in
 * the plan's format with client authentication applied (RFC 6749 §4, §2.3).
 */
import { assertionAudienceFor, authenticateClient } from './client-auth.js';
const CONTENT_TYPES = {
    form: 'application/x-www-form-urlencoded',
    json: 'application/json'
};
/**
 * The POST to `url` carrying `params` plus the plan's client authentication; a client
 * assertion signed here gets the audience `client-assertion-audience` names for `url`.
 */
export async function buildAuthenticatedPost(plan, url, params, bodyFormat, secrets, tokenEndpoint) {
    const auth = await authenticateClient(plan.clientAuth, {
        credentials: plan.credentials,
        assertionAudience: assertionAudienceFor(plan.clientAssertionAudience, url, tokenEndpoint),
        basicEncoding: plan.basicEncoding,
        omitClientId: plan.omitClientId,
        secrets
    });
    const allParams = [...params, ...auth.params];
    const body = encodeBody(allParams, bodyFormat);
    return {
        method: 'POST',
        url,
        headers: [['Content-Type', CONTENT_TYPES[bodyFormat]], ['Accept', 'application/json'], ...auth.headers, ...plan.headers],
        body
    };
}
/** The token request of `plan`, sent to `tokenEndpoint`, with its grant assertion signed now when it has one to sign. */
export async function buildTokenRequest(plan, tokenEndpoint, secrets) {
    const params = plan.grantAssertion ? await withSignedGrantAssertion(plan.params, plan.grantAssertion, tokenEndpoint, secrets) : plan.params;
    return buildAuthenticatedPost(plan, tokenEndpoint, params, plan.bodyFormat, secrets, tokenEndpoint);
}
/** RFC 7523 §2.1: `assertion` right after `grant_type`, signed (and registered as a secret) for this request. */
async function withSignedGrantAssertion(params, plan, tokenEndpoint, secrets) {
    // Loaded only for JWT flows: most runs never sign anything.
    const { signGrantAssertion } = await import('./jwt.js');
    const assertion = signGrantAssertion(plan, tokenEndpoint.href);
    secrets.add(assertion);
    const [grantType, ...rest] = params;
    return [grantType, ['assertion', assertion], ...rest];
}
/**
 * Form body (repeated names repeat) or JSON object (repeated names become an array).
 * The names are gathered in a `Map`: a plain object would find inherited properties
 * (`constructor`, `toString`) and treat `__proto__` as its prototype, while
 * `Object.fromEntries` makes every name an own key that `JSON.stringify` writes as sent.
 */
export function encodeBody(params, format) {
    if (format === 'form')
        return new URLSearchParams(params).toString();
    const values = new Map();
    for (const [name, value] of params)
        values.set(name, [...(values.get(name) ?? []), value]);
    return JSON.stringify(Object.fromEntries([...values].map(([name, list]) => [name, list.length === 1 ? list[0] : list])));
}
