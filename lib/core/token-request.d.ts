import type { HttpRequest } from './http.js';
import type { TokenRequestPlan } from './plan.js';
import type { SecretRegistry } from './secrets.js';
import type { BodyFormat } from './types.js';
/**
 * The POST to `url` carrying `params` plus the plan's client authentication; a client
 * assertion signed here gets the audience `client-assertion-audience` names for `url`.
 */
export declare function buildAuthenticatedPost(plan: TokenRequestPlan, url: URL, params: Array<[string, string]>, bodyFormat: BodyFormat, secrets: SecretRegistry, tokenEndpoint: URL): Promise<HttpRequest>;
/** The token request of `plan`, sent to `tokenEndpoint`, with its grant assertion signed now when it has one to sign. */
export declare function buildTokenRequest(plan: TokenRequestPlan, tokenEndpoint: URL, secrets: SecretRegistry): Promise<HttpRequest>;
/**
 * Form body (repeated names repeat) or JSON object (repeated names become an array).
 * The names are gathered in a `Map`: a plain object would find inherited properties
 * (`constructor`, `toString`) and treat `__proto__` as its prototype, while
 * `Object.fromEntries` makes every name an own key that `JSON.stringify` writes as sent.
 */
export declare function encodeBody(params: Array<[string, string]>, format: BodyFormat): string;
