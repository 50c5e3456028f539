/**
 * The endpoints a run uses: `token-url` and `revocation-url` as given, and RFC 8414 /
 * OpenID discovery (./discovery.ts, loaded only by a run that discovers) for the rest;
 * and what the metadata says about client authentication.
 */
import { InputError } from './errors.js';
import type { HttpTransport } from './http.js';
import type { TokenRequestPlan } from './plan.js';
import type { Redact } from './response.js';
import type { RetryPolicy } from './retry.js';
/** The endpoints a run uses (explicit inputs first, discovery for the rest), and its plan as the metadata settles it. */
export interface ResolvedEndpoints {
    tokenEndpoint: URL;
    revocationEndpoint?: URL;
    /** The plan, with the client authentication the server's metadata allows ({@link clientAuthAfterDiscovery}). */
    plan: TokenRequestPlan;
}
/** What discovery needs of a run: its transport, retries (and debug lines, `policy.debug`) and redaction. */
export interface DiscoveryIo {
    send: HttpTransport;
    policy: RetryPolicy;
    /** Removes secrets from what the metadata says, before it is printed. */
    redact: Redact;
}
/**
 * The endpoints of `plan`: `token-url` and `revocation-url` win over discovery, which
 * runs only when an issuer is given and one of them is not (RFC 8414 §3).
 *
 * @param requireRevocationEndpoint fail (before any token request) when no revocation
 *   endpoint is known, as `revoke: true` needs one (RFC 7009 §2).
 */
export declare function resolveEndpoints(plan: TokenRequestPlan, io: DiscoveryIo, requireRevocationEndpoint?: boolean): Promise<ResolvedEndpoints>;
/** The input error for a revocation (RFC 7009 §2) that has no endpoint: `revocation-url` is required `when`, and why discovery did not help. */
export declare function noRevocationEndpoint(when: string, issuer: URL | undefined): InputError;
