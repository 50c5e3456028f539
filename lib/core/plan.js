/**
 * Turns options into a validated plan of the token request: which endpoint, grant,
 * client authentication and body parameters. Pure: no I/O, and every missing or
 * contradictory option fails here, before any network call, naming the input.
 */
import { providers } from '../providers/presets.js';
import { InputError } from './errors.js';
import { GRANT_TYPE_VALUES, grantParams, parseGrantType } from './grants.js';
import { nonEmptyLines, parseHeaderLines, parseParamLines } from './lines.js';
import { optionNameOf } from './names.js';
import { parseEndpointUrl } from './urls.js';
export const DEFAULT_TIMEOUT_SECONDS = 30;
export const DEFAULT_RETRIES = 3;
/** More retries than this only delays the failure of a broken pipeline. */
export const MAX_RETRIES = 10;
const MAX_TIMEOUT_SECONDS = 600;
/** What each number input accepts, as its messages say it. */
export const NUMBER_INPUT_RULES = {
    'timeout-seconds': `a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}`,
    retries: `a whole number from 0 to ${MAX_RETRIES}`
};
const CLIENT_AUTH_METHODS = [
    'client_secret_basic',
    'client_secret_post',
    'client_secret_jwt',
    'private_key_jwt',
    'none'
];
const SIGNING_ALGORITHMS = ['RS256', 'PS256', 'ES256'];
/** Validates `options` and plans the token request. Throws {@link InputError}. */
export function planTokenRequest(options) {
    const preset = presetOf(options.provider);
    const grantType = parseGrantType(options.grantType ?? preset.grantType);
    const override = options.clientAuth ? undefined : preset.grantOverrides[grantType];
    const clientAuth = chooseClientAuth(options, preset, grantType);
    const credentials = clientCredentials(options, clientAuth);
    const plan = {
        preset,
        ...endpoints(options, preset),
        grantType,
        clientAuth,
        omitClientId: override?.omitClientId ?? false,
        basicEncoding: preset.basicEncoding,
        bodyFormat: enumOption('body-format', options.bodyFormat, ['form', 'json']) ?? preset.bodyFormat,
        credentials,
        params: [],
        headers: [],
        timeoutMs: timeoutSecondsOf(options.timeoutSeconds) * 1000,
        retries: retriesOf(options.retries)
    };
    for (const input of preset.requiredInputs) {
        if (!options[optionNameOf(input)]) {
            throw new InputError(input, `is required by provider "${preset.name}"`);
        }
    }
    plan.params = bodyParams(options, preset, grantType);
    plan.headers = userHeaders(options, clientAuth);
    return plan;
}
/** The preset called `name` (`generic` when none is given). */
export function presetOf(name) {
    // Own keys only: "constructor" or "__proto__" is not a preset.
    const preset = Object.hasOwn(providers, name ?? 'generic') ? providers[name ?? 'generic'] : undefined;
    if (!preset) {
        throw new InputError('provider', `must be one of ${Object.keys(providers).join(', ')} (got "${name}")`);
    }
    return preset;
}
function endpoints(options, preset) {
    const explicitTokenUrl = options.tokenUrl ? parseEndpointUrl('token-url', options.tokenUrl) : undefined;
    const issuer = options.issuer ? parseEndpointUrl('issuer', options.issuer) : undefined;
    const revocationUrl = options.revocationUrl ? parseEndpointUrl('revocation-url', options.revocationUrl) : undefined;
    // An issuer asks for discovery, so it takes precedence over the preset's endpoint.
    const tokenUrl = explicitTokenUrl ?? (issuer || !preset.tokenUrl ? undefined : new URL(preset.tokenUrl));
    if (!tokenUrl && !issuer) {
        throw new InputError('token-url', `is required with provider "${preset.name}" (or give "issuer" for discovery)`);
    }
    return { tokenUrl, issuer, revocationUrl };
}
/**
 * The explicit `client-auth`, else the preset's (per grant), else for `generic` what
 * the credentials given imply (CONTRACT.md, `client-auth`): a secret, then a key or an
 * assertion, or the job's OIDC token as the assertion of a client credentials grant.
 */
export function chooseClientAuth(options, preset, grantType) {
    const explicit = enumOption('client-auth', options.clientAuth, CLIENT_AUTH_METHODS);
    if (explicit)
        return explicit;
    const preferred = preset.grantOverrides[grantType]?.clientAuth ?? preset.clientAuth;
    if (preferred)
        return preferred;
    if (options.clientSecret)
        return 'client_secret_basic';
    if (options.privateKey || options.clientAssertion)
        return 'private_key_jwt';
    if (options.githubOidcAudience && grantType === 'client_credentials')
        return 'private_key_jwt';
    return 'none';
}
function clientCredentials(options, clientAuth) {
    const credentials = {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        clientAssertion: options.clientAssertion,
        privateKey: options.privateKey,
        privateKeyId: options.privateKeyId,
        signingAlgorithm: enumOption('signing-algorithm', options.signingAlgorithm, SIGNING_ALGORITHMS)
    };
    rejectUnusedCredentials(options, clientAuth);
    const requirement = `is required with client-auth "${clientAuth}"`;
    switch (clientAuth) {
        case 'client_secret_basic':
        case 'client_secret_post':
        case 'client_secret_jwt':
            if (!options.clientId)
                throw new InputError('client-id', requirement);
            if (!options.clientSecret)
                throw new InputError('client-secret', requirement);
            break;
        case 'private_key_jwt':
            if (!options.clientId)
                throw new InputError('client-id', requirement);
            if (options.privateKey && options.clientAssertion) {
                throw new InputError('client-assertion', 'and input "private-key" are both given; give one of them');
            }
            if (!options.privateKey && !options.clientAssertion) {
                throw new InputError('private-key', `(or "client-assertion", or "github-oidc-audience") ${requirement}`);
            }
            break;
        case 'none':
            break;
    }
    return credentials;
}
/**
 * Credentials the chosen method would ignore are a contradiction the user should hear
 * about. A secret is still allowed with a preset's own per-grant `none` (a DataCrunch
 * refresh), where the same step's credentials are simply not needed.
 */
function rejectUnusedCredentials(options, clientAuth) {
    const keyInput = options.privateKey ? 'private-key' : options.clientAssertion ? 'client-assertion' : undefined;
    if (keyInput && clientAuth !== 'private_key_jwt') {
        throw new InputError(keyInput, `is only used with client-auth "private_key_jwt", but client-auth is "${clientAuth}"`);
    }
    const secretIgnored = clientAuth === 'private_key_jwt' || (clientAuth === 'none' && options.clientAuth === 'none');
    if (options.clientSecret && secretIgnored) {
        throw new InputError('client-secret', `is not used with client-auth "${clientAuth}"; remove it or choose a client_secret_* method`);
    }
}
/** `grant_type`, the grant's own parameters, then scope, audience, resource and extras. */
function bodyParams(options, preset, grantType) {
    const params = [['grant_type', GRANT_TYPE_VALUES[grantType]]];
    params.push(...grantParams(grantType, options));
    // The inputs named like body parameters replace the preset's values of the same name.
    const named = { scope: options.scope, audience: options.audience };
    for (const name of new Set([...Object.keys(named), ...Object.keys(preset.defaultParams)])) {
        const value = named[name] ?? preset.defaultParams[name];
        if (value)
            params.push([name, value]);
    }
    for (const resource of resourcesOf(options.resource)) {
        params.push(['resource', parseResource(resource).href]);
    }
    if (options.extraParams) {
        for (const [name, value] of parseParamLines('extra-params', options.extraParams)) {
            if (params.some(([existing]) => existing === name) || RESERVED_PARAMS.has(name)) {
                throw new InputError('extra-params', `sets "${name}", which another input controls; use that input`);
            }
            params.push([name, value]);
        }
    }
    return params;
}
/** Parameters set by client authentication, never by `extra-params`. */
const RESERVED_PARAMS = new Set(['grant_type', 'client_id', 'client_secret', 'client_assertion', 'client_assertion_type']);
function resourcesOf(resource) {
    if (!resource)
        return [];
    return Array.isArray(resource) ? resource : nonEmptyLines(resource);
}
/** RFC 8707 §2: an absolute URI without a fragment. */
function parseResource(value) {
    try {
        const url = new URL(value);
        if (!url.hash)
            return url;
    }
    catch {
        // reported below
    }
    throw new InputError('resource', `must be absolute URIs without a #fragment, one per line (got "${value}")`);
}
/** Headers the request sets itself; a user header may not silently replace them. */
function userHeaders(options, clientAuth) {
    if (!options.headers)
        return [];
    const headers = parseHeaderLines('headers', options.headers);
    for (const [name] of headers) {
        const lower = name.toLowerCase();
        if (lower === 'content-type' || lower === 'content-length' || lower === 'host') {
            throw new InputError('headers', `must not set ${name}: it follows from "body-format" and the URL`);
        }
        if (lower === 'authorization' && clientAuth === 'client_secret_basic') {
            throw new InputError('headers', 'must not set Authorization with client-auth "client_secret_basic", which sets it');
        }
    }
    return headers;
}
function enumOption(input, value, allowed) {
    if (value === undefined)
        return undefined;
    if (!allowed.includes(value)) {
        throw new InputError(input, `must be one of ${allowed.join(', ')} (got "${value}")`);
    }
    return value;
}
/** `timeout-seconds`, checked; the default when unset. Throws {@link InputError}. */
export function timeoutSecondsOf(value) {
    if (value === undefined)
        return DEFAULT_TIMEOUT_SECONDS;
    if (!Number.isFinite(value) || value <= 0 || value > MAX_TIMEOUT_SECONDS) {
        throw new InputError('timeout-seconds', `must be ${NUMBER_INPUT_RULES['timeout-seconds']} (got "${value}")`);
    }
    return value;
}
/** `retries`, checked; the default when unset. Throws {@link InputError}. */
export function retriesOf(value) {
    if (value === undefined)
        return DEFAULT_RETRIES;
    if (!Number.isInteger(value) || value < 0 || value > MAX_RETRIES) {
        throw new InputError('retries', `must be ${NUMBER_INPUT_RULES.retries} (got "${value}")`);
    }
    return value;
}
