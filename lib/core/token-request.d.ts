import type { HttpRequest } from './http.js';
import type { TokenRequestPlan } from './plan.js';
import type { SecretRegistry } from './secrets.js';
import type { BodyFormat } from './types.js';
/** The POST to `url` carrying `params` plus the plan's client authentication. */
export declare function buildAuthenticatedPost(plan: TokenRequestPlan, url: URL, params: Array<[string, string]>, bodyFormat: BodyFormat, secrets: SecretRegistry, tokenEndpoint: URL): Promise<HttpRequest>;
/** The token request of `plan`, sent to `tokenEndpoint`. */
export declare function buildTokenRequest(plan: TokenRequestPlan, tokenEndpoint: URL, secrets: SecretRegistry): Promise<HttpRequest>;
/** Form body (repeated names repeat) or JSON object (repeated names become an array). */
export declare function encodeBody(params: Array<[string, string]>, format: BodyFormat): string;
