/**
 * Provider presets as data: what each provider documents for its token endpoint
 * (see shared/providers/). A provider's quirk lives here, never in the core.
 */
import type { BodyFormat, ClientAuthMethod, GrantType } from '../core/types.js';
/**
 * How client id and secret are put into the Basic header:
 * `form-urlencoded` per RFC 6749 §2.3.1, or `raw` (`base64(id:secret)`) for providers
 * that document exactly that.
 */
export type BasicCredentialEncoding = 'form-urlencoded' | 'raw';
/** What a provider documents differently for one grant. */
export interface GrantOverride {
    readonly clientAuth?: ClientAuthMethod;
    /** With `none`: leave `client_id` out of the body too. */
    readonly omitClientId?: boolean;
    /**
     * The grant's own parameters only (`grant_type`, `refresh_token`), as the provider
     * documents the request: `scope`, `audience`, `resource` and `extra-params` are refused
     * with this grant, and a token source's renewal leaves out those of the original grant.
     */
    readonly grantParamsOnly?: boolean;
}
/**
 * Token fields a provider names in its own way, beyond the RFC 6749 §5.1 names (which
 * are matched in any casing: `access_token`, `AccessToken`, `accessToken`).
 */
export interface ResponseAliases {
    readonly idToken?: readonly string[];
}
/**
 * What a provider's documentation says its token request is (CONTRACT.md, "Provider
 * presets"): endpoint, grant, client authentication (RFC 6749 §2.3.1), body format and
 * fixed parameters, and the names of its answer's fields. Every value yields to the input of its name.
 */
export interface ProviderPreset {
    readonly name: string;
    /** Token endpoint; `generic` has none (it comes from `token-url` or `issuer`). */
    readonly tokenUrl?: string;
    readonly grantType: GrantType;
    /** Client authentication; `generic` chooses from the credentials given. */
    readonly clientAuth?: ClientAuthMethod;
    readonly bodyFormat: BodyFormat;
    readonly basicEncoding: BasicCredentialEncoding;
    /** Body parameters the provider requires, each replaced by the input of the same name (`scope`, `audience`). */
    readonly defaultParams: Readonly<Record<string, string>>;
    /** Inputs the provider requires from the user (kebab-case). */
    readonly requiredInputs: readonly string[];
    readonly grantOverrides: Readonly<Partial<Record<GrantType, GrantOverride>>>;
    readonly responseAliases: ResponseAliases;
}
/** The names of the presets. */
export type ProviderName = 'generic' | 'datacrunch' | 'understory' | 'crayon' | 'bitquery';
/** The preset table (CONTRACT.md, "Provider presets"), read-only; its keys are known, so `providers.crayon` needs no check. */
export declare const providers: Readonly<Record<ProviderName, ProviderPreset>>;
