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
    /** The `aud` of a client assertion signed here (RFC 7523 §3), see {@link assertionAudienceFor}. */
    assertionAudience: string;
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
 * The `aud` of a client assertion signed here, as `client-assertion-audience` says:
 * OpenID Connect Core §9 names the token endpoint (the default; Authlib requires it, also
 * when revoking), some servers the URL of the endpoint being called (Glewlwyd), and the
 * RFC 7523 update after the 2025 audience-injection disclosures the issuer.
 */
export type AssertionAudience = {
    kind: 'token-endpoint';
} | {
    kind: 'endpoint';
} | {
    kind: 'issuer';
    issuer: string;
} | {
    kind: 'url';
    url: string;
};
/** Reads `client-assertion-audience`; `issuer` is the `issuer` input. Throws {@link InputError}. */
export declare function parseAssertionAudience(value: string | undefined, issuer: string | undefined): AssertionAudience;
/** The `aud` for a request to `requestUrl`, whose token endpoint is `tokenEndpoint`. */
export declare function assertionAudienceFor(audience: AssertionAudience, requestUrl: URL, tokenEndpoint: URL): string;
/**
 * Fails with an {@link InputError} when the key a JWT client authentication would sign
 * with cannot sign (RFC 7518 §3), so a bad key is reported before any network call.
 */
export declare function checkClientAuthKey(method: ClientAuthMethod, credentials: ClientCredentials): Promise<void>;
/** The headers and parameters that authenticate the client with `method`. */
export declare function authenticateClient(method: ClientAuthMethod, context: ClientAuthContext): Promise<ClientAuthParts>;
