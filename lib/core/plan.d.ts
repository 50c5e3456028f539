/**
 * Turns options into a validated plan of the token request: which endpoint, grant,
 * client authentication and body parameters. Pure: no I/O, and every missing or
 * contradictory option fails here, before any network call, naming the input.
 */
import { type BasicCredentialEncoding, type ProviderPreset } from '../providers/presets.js';
import { type AssertionAudience } from './client-auth.js';
import { type GrantAssertionPlan } from './grant-assertion.js';
import { type Grant } from './grants.js';
import type { BodyFormat, ClientAuthMethod, SigningAlgorithm, TokenOptions } from './types.js';
export declare const CLIENT_AUTH_METHODS: readonly ClientAuthMethod[];
/** Where the client authentication method of a plan came from; only a default yields to discovery. */
export type ClientAuthSource = 'input' | 'preset' | 'credentials';
/** What client authentication needs; secrets stay here and out of `params`. */
export interface ClientCredentials {
    clientId?: string;
    clientSecret?: string;
    clientAssertion?: string;
    privateKey?: string;
    privateKeyId?: string;
    signingAlgorithm?: SigningAlgorithm;
}
export interface TokenRequestPlan {
    preset: ProviderPreset;
    /** Explicit or preset token endpoint; absent when it comes from discovery. */
    tokenUrl?: URL;
    issuer?: URL;
    revocationUrl?: URL;
    grant: Grant;
    clientAuth: ClientAuthMethod;
    /**
     * `credentials`: `generic` chose the method from the credentials given, so the server's
     * metadata may still change it (RFC 8414 §2, `token_endpoint_auth_methods_supported`).
     */
    clientAuthSource: ClientAuthSource;
    /** With `none`: the provider documents no `client_id` in the body, or a signed assertion names the client. */
    omitClientId: boolean;
    basicEncoding: BasicCredentialEncoding;
    /** Whether `basic-encoding` was given: the user asked for Basic, which discovery then keeps. */
    basicEncodingGiven: boolean;
    /** The `aud` of a client assertion signed here. */
    clientAssertionAudience: AssertionAudience;
    /** `jwt_bearer` with a private key and no assertion: what the request signs as the assertion. */
    grantAssertion?: GrantAssertionPlan;
    bodyFormat: BodyFormat;
    credentials: ClientCredentials;
    /** Body parameters other than client authentication, in wire order. */
    params: Array<[string, string]>;
    /** The user's extra headers. */
    headers: Array<[string, string]>;
    timeoutMs: number;
    retries: number;
}
/** Validates `options` and plans the token request. Throws {@link InputError}. */
export declare function planTokenRequest(given: TokenOptions): TokenRequestPlan;
/** The preset `options` name (`generic` when none) and the grant they ask for (the preset's when none). */
export declare function presetAndGrantOf(options: TokenOptions): {
    preset: ProviderPreset;
    grant: Grant;
};
/** The preset called `name` (`generic` when none is given). */
export declare function presetOf(name: string | undefined): ProviderPreset;
/**
 * The explicit `client-auth`, else the preset's (per grant), else for `generic` what
 * the credentials given imply (CONTRACT.md, `client-auth`): a secret, then a key that
 * signs no grant assertion (RFC 7523 §3) or an assertion, or the job's OIDC token as the
 * assertion of a client credentials grant.
 */
export declare function chooseClientAuth(options: TokenOptions, preset: ProviderPreset, grant: Grant): ClientAuthMethod;
/** The options that add body parameters beyond the grant's own: a token source's renewal may leave them out. */
export declare const REQUEST_PARAM_OPTIONS: readonly ["scope", "audience", "resource", "extraParams"];
/** `value` if it is one of `allowed` (undefined when not given). Throws {@link InputError}. */
export declare function enumOption<T extends string>(input: string, value: string | undefined, allowed: readonly T[]): T | undefined;
/** `timeout-seconds` (in ms) and `retries`, checked, the defaults when unset: also the limits of the runner's OIDC endpoint. Throws {@link InputError}. */
export declare function requestLimitsOf(options: TokenOptions): Pick<TokenRequestPlan, 'retries' | 'timeoutMs'>;
