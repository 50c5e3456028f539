import type { HttpTransport } from './http.js';
import { type Redact } from './response.js';
import { type RetryPolicy } from './retry.js';
/** What the metadata says; any of it may be missing. */
export interface DiscoveredEndpoints {
    /** The metadata's `issuer`, as it names itself: the same as the input but for a trailing slash and URL normalisation. */
    issuer: string;
    tokenEndpoint?: URL;
    revocationEndpoint?: URL;
    /** RFC 8414 §2 `token_endpoint_auth_methods_supported`, when the metadata lists it. */
    tokenEndpointAuthMethods?: string[];
}
/**
 * The metadata URLs to try for `issuer`, in order: RFC 8414 §3.1 inserts the
 * well-known segment before the issuer's path; OpenID Connect Discovery §4 appends it.
 * For an issuer without a path both rules give the same place, so only the RFC 8414
 * and the OpenID names differ.
 */
export declare function metadataUrls(issuer: URL): URL[];
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
export declare function discoverEndpoints(issuer: URL, send: HttpTransport, policy: RetryPolicy, redact: Redact, needed: NeededEndpoints): Promise<DiscoveredEndpoints>;
/** Which endpoints a run takes from the metadata: those no input gives. */
export interface NeededEndpoints {
    tokenEndpoint: boolean;
    revocationEndpoint: boolean;
}
