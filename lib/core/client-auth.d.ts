/**
 * Client authentication as small strategies (RFC 6749 §2.3; RFC 7523 §2.2;
 * OpenID Connect Core §9): each turns the client's credentials into the headers and
 * body parameters of one token request, registering every derived secret first.
 */
import type { BasicCredentialEncoding } from '../providers/presets.js';
import type { ClientCredentials } from './plan.js';
import type { SecretRegistry } from './secrets.js';
import type { ClientAuthMethod } from './types.js';
export interface ClientAuthContext {
    credentials: ClientCredentials;
    /** The token endpoint: the audience of a client assertion (RFC 7523 §3). */
    tokenUrl: string;
    basicEncoding: BasicCredentialEncoding;
    omitClientId: boolean;
    secrets: SecretRegistry;
}
export interface ClientAuthParts {
    headers: Array<[string, string]>;
    params: Array<[string, string]>;
}
/** RFC 7523 §2.2 `client_assertion_type` for a JWT. */
export declare const JWT_BEARER_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
/**
 * Fails with an {@link InputError} when the key a JWT client authentication would sign
 * with cannot sign (RFC 7518 §3), so a bad key is reported before any network call.
 */
export declare function checkClientAuthKey(method: ClientAuthMethod, credentials: ClientCredentials): Promise<void>;
/** The headers and parameters that authenticate the client with `method`. */
export declare function authenticateClient(method: ClientAuthMethod, context: ClientAuthContext): Promise<ClientAuthParts>;
