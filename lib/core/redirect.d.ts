/**
 * Where a redirect points, for a message: redirects are never followed (credentials
 * must not be resent elsewhere), so the user needs to read where the server meant to go.
 */
import type { HttpResponse } from './http.js';
import type { Redact } from './response.js';
/**
 * The `Location` of a redirect (RFC 9110 §15.4), resolved against the URL that answered
 * (RFC 9110 §10.2.2 allows a relative reference: Django OAuth Toolkit answers `/o/token/`),
 * as origin and path only: a query may hold what the server echoed. Redacted before and
 * after parsing (parsing re-encodes) and neutralised, as any server text; undefined when
 * there is no http(s) `Location` to name.
 */
export declare function redirectTarget(response: HttpResponse, redact: Redact): string | undefined;
