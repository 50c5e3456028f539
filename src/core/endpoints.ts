/**
 * The endpoints a run uses: `token-url` and `revocation-url` as given, and RFC 8414 /
 * OpenID discovery (./discovery.ts) for the rest.
 */
import { InputError, TokenRequestError } from './errors.js';
import type { HttpTransport } from './http.js';
import type { TokenRequestPlan } from './plan.js';
import type { RetryPolicy } from './retry.js';

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
export async function resolveEndpoints(
  plan: Pick<TokenRequestPlan, 'tokenUrl' | 'issuer' | 'revocationUrl'>,
  send: HttpTransport,
  policy: RetryPolicy,
  requireRevocationEndpoint = false
): Promise<ResolvedEndpoints> {
  const { tokenUrl, issuer, revocationUrl } = plan;
  // Discovery (its own chunk in the bundles) is loaded only by a run that discovers.
  const discovered = issuer && !(tokenUrl && revocationUrl) ? await (await import('./discovery.js')).discoverEndpoints(issuer, send, policy) : {};
  const tokenEndpoint = tokenUrl ?? discovered.tokenEndpoint;
  if (!tokenEndpoint) {
    throw new TokenRequestError(`The metadata of issuer ${issuer?.href ?? '(none)'} has no token_endpoint; set "token-url"`, { code: 'DISCOVERY_ERROR' });
  }
  const revocationEndpoint = revocationUrl ?? discovered.revocationEndpoint;
  if (requireRevocationEndpoint && !revocationEndpoint) {
    const why = issuer ? `the metadata of issuer ${issuer.href} has no revocation_endpoint` : 'no "issuer" is given to discover it from';
    throw new InputError('revocation-url', `is required with revoke: true (${why})`);
  }
  return { tokenEndpoint, revocationEndpoint };
}
