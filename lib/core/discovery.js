/**
 * Endpoint discovery: RFC 8414 authorization server metadata, falling back to
 * OpenID Connect Discovery 1.0. At most one request per metadata URL per run (more
 * only when a network error, 408, 429 or 5xx is retried; a 4xx never is), and none
 * when the explicit inputs leave nothing to discover.
 */
import { InputError, TokenRequestError } from './errors.js';
import { foreignText } from './neutralize.js';
import { redirectTarget } from './redirect.js';
import { mediaTypeOf, parseJsonObject } from './response.js';
import { sendWithRetries } from './retry.js';
import { isAbsoluteUri, parseEndpointUrl, shownUrl } from './urls.js';
/**
 * The metadata URLs to try for `issuer`, in order: RFC 8414 §3.1 inserts the
 * well-known segment before the issuer's path; OpenID Connect Discovery §4 appends it.
 * For an issuer without a path both rules give the same place, so only the RFC 8414
 * and the OpenID names differ.
 */
export function metadataUrls(issuer) {
    const path = issuer.pathname.replace(/\/$/, '');
    return [new URL(`${issuer.origin}/.well-known/oauth-authorization-server${path}`), new URL(`${issuer.origin}${path}/.well-known/openid-configuration`)];
}
/**
 * Fetches the issuer's metadata, RFC 8414 first and OpenID Connect Discovery when that
 * is not there, and checks that it describes that very issuer (RFC 8414 §3.3).
 *
 * Only the endpoints `needed` are read from it: one an input gives is not, so a bad value
 * the run would not use cannot fail it.
 *
 * @throws {@link TokenRequestError} `DISCOVERY_ERROR` when neither URL serves usable
 *   metadata or the metadata names another issuer; `NETWORK_ERROR` / `TIMEOUT` as sent.
 */
export async function discoverEndpoints(issuer, send, policy, redact, needed) {
    const failures = [];
    let serverFailing = false;
    for (const url of metadataUrls(issuer)) {
        const { response } = await sendWithRetries(send, { method: 'GET', url, headers: [['Accept', 'application/json']] }, policy);
        const metadata = response.status === 200 ? parseJsonObject(response) : undefined;
        if (metadata) {
            const endpoints = endpointsOf(metadata, issuer, url, redact, needed);
            const shown = (endpoint, read) => (!read ? 'given as an input' : endpoint ? shownUrl(endpoint, redact) : 'none');
            policy.debug(`Metadata at ${url.href}: token endpoint ${shown(endpoints.tokenEndpoint, needed.tokenEndpoint)}, revocation endpoint ${shown(endpoints.revocationEndpoint, needed.revocationEndpoint)}`);
            return endpoints;
        }
        const miss = describeMiss(response, redact);
        failures.push(`${url.href} (${miss})`);
        serverFailing ||= response.status >= 500;
        policy.debug(`No authorization server metadata at ${url.href}: ${miss}`);
    }
    const tried = failures.join(' or ');
    // A server failing (after the retries) at either place says nothing about the issuer input: OpenID-only
    // servers answer 404 at the RFC 8414 place, so a failing one answers 404 and 503.
    const message = serverFailing
        ? `Could not read the authorization server metadata of issuer ${issuer.href}: ${tried}; the server is failing, try again later (or set "token-url")`
        : `The "issuer" given has no authorization server metadata at ${tried}; check the issuer, or set "token-url"`;
    throw new TokenRequestError(message, { code: 'DISCOVERY_ERROR' });
}
function describeMiss(response, redact) {
    // Never followed, as on the token endpoint.
    const target = response.status >= 300 && response.status < 400 ? redirectTarget(response, redact) : undefined;
    if (target)
        return `HTTP ${response.status} redirecting to ${target}`;
    if (response.status !== 200)
        return `HTTP ${response.status}`;
    const contentType = mediaTypeOf(response, redact) ?? 'no content type';
    return `HTTP 200 with ${contentType} that is not a JSON object`;
}
function endpointsOf(metadata, issuer, url, redact, needed) {
    const named = typeof metadata.issuer === 'string' ? metadata.issuer : undefined;
    if (named === undefined || !sameIssuer(named, issuer)) {
        const shown = named !== undefined ? `"${foreignText(named, redact) ?? ''}"` : metadata.issuer === undefined ? '(none)' : 'that is not a string';
        throw new TokenRequestError(`The "issuer" given is "${issuer.href}" but the metadata at ${url.href} names issuer ${shown}; set "issuer" to exactly the server's issuer (RFC 8414 §3.3)`, { code: 'DISCOVERY_ERROR' });
    }
    const methods = metadata.token_endpoint_auth_methods_supported;
    return {
        issuer: named,
        tokenEndpoint: needed.tokenEndpoint ? endpointOf(metadata, 'token_endpoint', url, redact) : undefined,
        revocationEndpoint: needed.revocationEndpoint ? endpointOf(metadata, 'revocation_endpoint', url, redact) : undefined,
        tokenEndpointAuthMethods: Array.isArray(methods) ? methods.filter((method) => typeof method === 'string') : undefined
    };
}
/** An endpoint named by the metadata, held to the same rules as an endpoint input. */
function endpointOf(metadata, field, url, redact) {
    const value = metadata[field];
    if (value === undefined)
        return undefined;
    try {
        if (typeof value !== 'string')
            throw new InputError(field, 'is not a string');
        return parseEndpointUrl(field, value);
    }
    catch (error) {
        // The problem quotes the server's value (its scheme or host).
        const problem = foreignText(error instanceof InputError ? error.problem : String(error), redact);
        throw new TokenRequestError(`The metadata at ${url.href} names a ${field} which ${problem}`, { code: 'DISCOVERY_ERROR' });
    }
}
/**
 * Issuers compare as strings (RFC 8414 §3.3), both as URL parsing normalises them (lower-case
 * host, default port dropped, non-ASCII percent-encoded: the input is parsed, so the same
 * server written either way would never match); a trailing slash is not a difference, since
 * `https://tenant.example` parses to `https://tenant.example/`. Another origin or path is.
 */
function sameIssuer(fromMetadata, issuer) {
    const strip = (value) => value.replace(/\/$/, '');
    // isAbsoluteUri: URL parsing alone would also take "https:\\host" or a trailing line break for the issuer.
    return isAbsoluteUri(fromMetadata) && strip(new URL(fromMetadata).href) === strip(issuer.href);
}
