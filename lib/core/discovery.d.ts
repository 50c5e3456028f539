import type { HttpTransport } from './http.js';
import type { TokenRequestPlan } from './plan.js';
import { type RetryPolicy } from './retry.js';
/** What the metadata says; either endpoint may be missing. */
export interface DiscoveredEndpoints {
    tokenEndpoint?: URL;
    revocationEndpoint?: URL;
}
/** The endpoints a run uses: explicit inputs first, discovery for the rest. */
export interface ResolvedEndpoints {
    tokenEndpoint: URL;
    revocationEndpoint?: URL;
}
/**
 * The endpoints of `plan`: `token-url` and `revocation-url` win over discovery, which
 * runs only when an issuer is given and one of them is not (RFC 8414 §3).
 *
 * @param requireRevocationEndpoint fail (before any token request) when no revocation
 *   endpoint is known, as `revoke: true` needs one (RFC 7009 §2).
 */
export declare function resolveEndpoints(plan: Pick<TokenRequestPlan, 'tokenUrl' | 'issuer' | 'revocationUrl'>, send: HttpTransport, policy: RetryPolicy, requireRevocationEndpoint?: boolean): Promise<ResolvedEndpoints>;
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
 * @throws {@link TokenRequestError} `DISCOVERY_ERROR` when neither URL serves usable
 *   metadata or the metadata names another issuer; `NETWORK_ERROR` / `TIMEOUT` as sent.
 */
export declare function discoverEndpoints(issuer: URL, send: HttpTransport, policy: RetryPolicy): Promise<DiscoveredEndpoints>;
