/**
 * Endpoint discovery: RFC 8414 authorization server metadata, falling back to
 * OpenID Connect Discovery 1.0. One pass per run; a 4xx is never retried.
 */
import { TokenRequestError } from './errors.js';
import type { HttpTransport } from './http.js';
import { parseJsonObject } from './response.js';
import { sendWithRetries, type RetryPolicy } from './retry.js';
import { parseEndpointUrl } from './urls.js';

export interface DiscoveredEndpoints {
  tokenEndpoint: URL;
  revocationEndpoint?: URL;
}

/**
 * The metadata URLs to try for `issuer`, in order: RFC 8414 §3.1 inserts the
 * well-known segment before the issuer's path; OpenID Connect Discovery §4 appends it.
 */
export function metadataUrls(issuer: URL): URL[] {
  const path = issuer.pathname === '/' ? '' : issuer.pathname.replace(/\/$/, '');
  return [
    new URL(`${issuer.origin}/.well-known/oauth-authorization-server${path}`),
    new URL(`${issuer.origin}${path}/.well-known/openid-configuration`)
  ];
}

/** Fetches the issuer's metadata and checks that it describes that issuer (RFC 8414 §3.3). */
export async function discoverEndpoints(issuer: URL, send: HttpTransport, policy: RetryPolicy): Promise<DiscoveredEndpoints> {
  const failures: string[] = [];
  for (const url of metadataUrls(issuer)) {
    const request = { method: 'GET' as const, url, headers: [['Accept', 'application/json']] as Array<[string, string]> };
    const { response } = await sendWithRetries(send, request, policy);
    const metadata = response.status === 200 ? parseJsonObject(response) : undefined;
    if (!metadata) {
      failures.push(`${url.pathname}: HTTP ${response.status}${response.status === 200 ? ' (not a JSON object)' : ''}`);
      continue;
    }
    return endpointsOf(metadata, issuer);
  }
  throw new TokenRequestError(`Discovery for issuer ${issuer.href} found no metadata (${failures.join('; ')})`, { code: 'DISCOVERY_ERROR' });
}

function endpointsOf(metadata: Record<string, unknown>, issuer: URL): DiscoveredEndpoints {
  if (!sameIssuer(String(metadata.issuer ?? ''), issuer.href)) {
    throw new TokenRequestError(
      `Discovery metadata names issuer "${String(metadata.issuer ?? '')}", not "${issuer.href}"; set "issuer" to exactly the server's issuer`,
      { code: 'DISCOVERY_ERROR' }
    );
  }
  if (typeof metadata.token_endpoint !== 'string') {
    throw new TokenRequestError(`Discovery metadata of ${issuer.href} has no token_endpoint; set "token-url"`, { code: 'DISCOVERY_ERROR' });
  }
  return {
    tokenEndpoint: parseEndpointUrl('token-url', metadata.token_endpoint),
    revocationEndpoint: typeof metadata.revocation_endpoint === 'string' ? parseEndpointUrl('revocation-url', metadata.revocation_endpoint) : undefined
  };
}

/** Issuers compare as strings (RFC 8414 §3.3); a trailing slash added by URL parsing is not a difference. */
function sameIssuer(fromMetadata: string, fromInput: string): boolean {
  const strip = (value: string) => value.replace(/\/$/, '');
  return strip(fromMetadata) === strip(fromInput);
}
