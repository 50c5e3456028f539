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
import type { ClientAuthMethod } from './types.js';
/** The endpoints a run uses: explicit inputs first, discovery for the rest. */
export interface ResolvedEndpoints {
    tokenEndpoint: URL;
    revocationEndpoint?: URL;
    /** The token endpoint's client authentication methods, when discovery ran and the metadata lists them. */
    tokenEndpointAuthMethods?: string[];
}
/**
 * The endpoints of `plan`: `token-url` and `revocation-url` win over discovery, which
 * runs only when an issuer is given and one of them is not (RFC 8414 §3).
 *
 * @param requireRevocationEndpoint fail (before any token request) when no revocation
 *   endpoint is known, as `revoke: true` needs one (RFC 7009 §2).
 * @param redact removes secrets from what the metadata says, before it is printed.
 */
export declare function resolveEndpoints(plan: Pick<TokenRequestPlan, 'tokenUrl' | 'issuer' | 'revocationUrl'>, send: HttpTransport, policy: RetryPolicy, requireRevocationEndpoint?: boolean, redact?: Redact): Promise<ResolvedEndpoints>;
/** The input error for a revocation (RFC 7009 §2) that has no endpoint: `revocation-url` is required `when`, and why discovery did not help. */
export declare function noRevocationEndpoint(when: string, issuer: URL | undefined): InputError;
/**
 * The client authentication of `plan` once the server's metadata is known: a method
 * `generic` chose from a client secret becomes `client_secret_post` when the server lists
 * that and not `client_secret_basic` (RFC 8414 §2; RFC 6749 §2.3.1 lets a server support
 * Basic only, and some support post only). An explicit `client-auth`, a preset's method
 * or a `basic-encoding` (which asks for Basic) is kept. `debug` says which and why.
 */
export declare function clientAuthAfterDiscovery(plan: Pick<TokenRequestPlan, 'clientAuth' | 'clientAuthSource' | 'basicEncodingGiven'>, methods: readonly string[] | undefined, debug: (message: string) => void): ClientAuthMethod;
