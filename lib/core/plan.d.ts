/**
 * Turns options into a validated plan of the token request: which endpoint, grant,
 * client authentication and body parameters. Pure: no I/O, and every missing or
 * contradictory option fails here, before any network call, naming the input.
 */
import { type BasicCredentialEncoding, type ProviderPreset } from '../providers/presets.js';
import type { BodyFormat, ClientAuthMethod, GrantType, SigningAlgorithm, TokenOptions } from './types.js';
export declare const DEFAULT_TIMEOUT_SECONDS = 30;
export declare const DEFAULT_RETRIES = 3;
/** More retries than this only delays the failure of a broken pipeline. */
export declare const MAX_RETRIES = 10;
/** What each number input accepts, as its messages say it. */
export declare const NUMBER_INPUT_RULES: Readonly<Record<string, string>>;
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
    grantType: GrantType;
    clientAuth: ClientAuthMethod;
    /** With `none`: the provider documents no `client_id` in the body. */
    omitClientId: boolean;
    basicEncoding: BasicCredentialEncoding;
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
export declare function planTokenRequest(options: TokenOptions): TokenRequestPlan;
/** The preset called `name` (`generic` when none is given). */
export declare function presetOf(name: string | undefined): ProviderPreset;
/**
 * The explicit `client-auth`, else the preset's (per grant), else for `generic` what
 * the credentials given imply (CONTRACT.md, `client-auth`): a secret, then a key or an
 * assertion, or the job's OIDC token as the assertion of a client credentials grant.
 */
export declare function chooseClientAuth(options: TokenOptions, preset: ProviderPreset, grantType: GrantType): ClientAuthMethod;
/** `timeout-seconds`, checked; the default when unset. Throws {@link InputError}. */
export declare function timeoutSecondsOf(value: number | undefined): number;
/** `retries`, checked; the default when unset. Throws {@link InputError}. */
export declare function retriesOf(value: number | undefined): number;
