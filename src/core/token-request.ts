/**
 * Builds the HTTP request of a token (or revocation) request from a plan: the body in
 * the plan's format with client authentication applied (RFC 6749 §4, §2.3).
 */
import { authenticateClient } from './client-auth.js';
import type { HttpRequest } from './http.js';
import type { TokenRequestPlan } from './plan.js';
import type { SecretRegistry } from './secrets.js';
import type { BodyFormat } from './types.js';

const CONTENT_TYPES: Readonly<Record<BodyFormat, string>> = {
  form: 'application/x-www-form-urlencoded',
  json: 'application/json'
};

/** The POST to `url` carrying `params` plus the plan's client authentication. */
export async function buildAuthenticatedPost(
  plan: TokenRequestPlan,
  url: URL,
  params: Array<[string, string]>,
  bodyFormat: BodyFormat,
  secrets: SecretRegistry,
  tokenEndpoint: URL
): Promise<HttpRequest> {
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
export function buildTokenRequest(plan: TokenRequestPlan, tokenEndpoint: URL, secrets: SecretRegistry): Promise<HttpRequest> {
  return buildAuthenticatedPost(plan, tokenEndpoint, plan.params, plan.bodyFormat, secrets, tokenEndpoint);
}

/**
 * Form body (repeated names repeat) or JSON object (repeated names become an array).
 * The names are gathered in a `Map`: a plain object would find inherited properties
 * (`constructor`, `toString`) and treat `__proto__` as its prototype, while
 * `Object.fromEntries` makes every name an own key that `JSON.stringify` writes as sent.
 */
export function encodeBody(params: Array<[string, string]>, format: BodyFormat): string {
  if (format === 'form') return new URLSearchParams(params).toString();
  const values = new Map<string, string[]>();
  for (const [name, value] of params) values.set(name, [...(values.get(name) ?? []), value]);
  return JSON.stringify(Object.fromEntries([...values].map(([name, list]) => [name, list.length === 1 ? list[0] : list])));
}
