/**
 * Builds the HTTP request of a token (or revocation) request from a plan: the body in
 * the plan's format with client authentication applied (RFC 6749 §4, §2.3).
 */
import { authenticateClient } from './client-auth.js';
const CONTENT_TYPES = {
    form: 'application/x-www-form-urlencoded',
    json: 'application/json'
};
/** The POST to `url` carrying `params` plus the plan's client authentication. */
export async function buildAuthenticatedPost(plan, url, params, bodyFormat, secrets, tokenEndpoint) {
    const auth = await authenticateClient(plan.clientAuth, {
        credentials: plan.credentials,
        tokenUrl: tokenEndpoint.href,
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
/** The token request of `plan`, sent to `tokenEndpoint`. */
export function buildTokenRequest(plan, tokenEndpoint, secrets) {
    return buildAuthenticatedPost(plan, tokenEndpoint, plan.params, plan.bodyFormat, secrets, tokenEndpoint);
}
/** Form body (repeated names repeat) or JSON object (repeated names become an array). */
export function encodeBody(params, format) {
    if (format === 'form')
        return new URLSearchParams(params).toString();
    const object = {};
    for (const [name, value] of params) {
        const existing = object[name];
        object[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
    }
    return JSON.stringify(object);
}
