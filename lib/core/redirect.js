import { neutralize } from './neutralize.js';
/**
 * The `Location` of a redirect (RFC 9110 §15.4), resolved against the URL that answered
 * (RFC 9110 §10.2.2 allows a relative reference: Django OAuth Toolkit answers `/o/token/`),
 * as origin and path only: a query may hold what the server echoed. Redacted before and
 * after parsing (parsing re-encodes) and neutralised, as any server text; undefined when
 * there is no http(s) `Location` to name.
 */
export function redirectTarget(response, redact) {
    const location = response.headers.location;
    if (!location)
        return undefined;
    let url;
    try {
        url = new URL(redact(location), response.url);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    return neutralize(redact(`${url.origin}${url.pathname}`));
}
