/**
 * Turns options into a validated plan of the token request: which endpoint, grant,
 * client authentication and body parameters. Pure: no I/O, and every missing or
 * contradictory option fails here, before any network call, naming the input.
 */
import { providers } from '../providers/presets.js';
import { parseAssertionAudience } from './client-auth.js';
import { InputError } from './errors.js';
import { planGrantAssertion } from './grant-assertion.js';
import { grantParams, parseGrantType, signsGrantAssertion } from './grants.js';
import { nonEmptyLines, parseHeaderLines, parseParamLines } from './lines.js';
import { inputNameOf, optionNameOf } from './names.js';
import { numberOf } from './numeral.js';
import { isAbsoluteUri, parseEndpointUrl } from './urls.js';
const DEFAULT_TIMEOUT_SECONDS = 30;
const DEFAULT_RETRIES = 3;
/** More retries than this only delays the failure of a broken pipeline. */
const MAX_RETRIES = 10;
const MAX_TIMEOUT_SECONDS = 600;
/** What each number input accepts, as its messages say it. */
const NUMBER_INPUT_RULES = {
    'timeout-seconds': `a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}`,
    retries: `a whole number from 0 to ${MAX_RETRIES}`
};
export const CLIENT_AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt', 'none'];
const SIGNING_ALGORITHMS = ['RS256', 'PS256', 'ES256'];
const BASIC_ENCODINGS = ['form-urlencoded', 'raw'];
/** Validates `options` and plans the token request. Throws {@link InputError}. */
export function planTokenRequest(given) {
    // Every check below sees the scope as it is sent: one of white space alone is not given.
    const options = { ...given, scope: scopeOf(given.scope) };
    const { preset, grant } = presetAndGrantOf(options);
    const override = options.clientAuth || !grant.known ? undefined : preset.grantOverrides[grant.known];
    // Worked out once: whether `private-key` signs the grant's assertion rather than a client assertion.
    const signsAssertion = signsGrantAssertion(grant, options);
    const { method: clientAuth, source: clientAuthSource } = clientAuthChoice(options, preset, grant, signsAssertion);
    // A key-signed jwt_bearer grant authenticates no client by design: its client-id is the assertion's issuer.
    const implicitNone = clientAuthSource === 'credentials' && clientAuth === 'none' && !signsAssertion;
    requireClientIdentity(options, grant, implicitNone);
    const credentials = clientCredentials(options, clientAuth, signsAssertion, requirementOf(clientAuth, clientAuthSource, preset));
    const grantAssertion = planGrantAssertion(options, signsAssertion, credentials.signingAlgorithm);
    const basicEncoding = enumOption('basic-encoding', options.basicEncoding, BASIC_ENCODINGS);
    if (basicEncoding && clientAuth !== 'client_secret_basic') {
        throw new InputError('basic-encoding', `is only used with client-auth "client_secret_basic", but client-auth is "${clientAuth}"`);
    }
    if (clientAuth === 'client_secret_basic' && (basicEncoding ?? preset.basicEncoding) === 'raw')
        checkRawBasicCredentials(options);
    const plan = {
        preset,
        ...endpoints(options, preset),
        grant,
        clientAuth,
        clientAuthSource,
        // RFC 7523 §3: a signed grant assertion names the client in `iss`.
        omitClientId: override?.omitClientId ?? (clientAuth === 'none' && grantAssertion !== undefined),
        basicEncoding: basicEncoding ?? preset.basicEncoding,
        basicEncodingGiven: basicEncoding !== undefined,
        clientAssertionAudience: clientAssertionAudienceOf(options, clientAuth),
        grantAssertion,
        bodyFormat: enumOption('body-format', options.bodyFormat, ['form', 'json']) ?? preset.bodyFormat,
        credentials,
        params: [],
        headers: [],
        ...requestLimitsOf(options)
    };
    for (const input of preset.requiredInputs) {
        if (!options[optionNameOf(input)]) {
            throw new InputError(input, `is required by provider "${preset.name}"`);
        }
    }
    // A signed grant assertion is added at request time: no other input may set it.
    plan.params = bodyParams(options, preset, grant, grantAssertion ? new Set([...RESERVED_PARAMS, 'assertion']) : RESERVED_PARAMS);
    plan.headers = userHeaders(options, clientAuth);
    return plan;
}
/** The preset `options` name (`generic` when none) and the grant they ask for (the preset's when none). */
export function presetAndGrantOf(options) {
    const preset = presetOf(options.provider);
    return { preset, grant: parseGrantType(options.grantType ?? preset.grantType) };
}
/** The preset called `name` (`generic` when none is given). */
export function presetOf(name) {
    // Own keys only: "constructor" or "__proto__" is not a preset.
    const key = name ?? 'generic';
    if (!isProviderName(key)) {
        throw new InputError('provider', `must be one of ${Object.keys(providers).join(', ')} (got "${name}")`);
    }
    return providers[key];
}
function isProviderName(name) {
    return Object.hasOwn(providers, name);
}
function endpoints(options, preset) {
    const explicitTokenUrl = options.tokenUrl ? parseEndpointUrl('token-url', options.tokenUrl) : undefined;
    const issuer = options.issuer ? parseEndpointUrl('issuer', options.issuer) : undefined;
    // Checked here, whether discovery runs or not: the same input fails or passes alike.
    if (issuer?.search)
        throw new InputError('issuer', 'must not contain a ?query (RFC 8414 §2)');
    // Discovery appends the well-known path itself (RFC 8414 §3, OpenID Connect Discovery §4): a copied metadata URL would get it twice.
    // Either at the end, or inserted before the issuer's path as RFC 8414 §3.1 builds its URL.
    const wellKnown = issuer && (/\/\.well-known\/[^/]+\/?$/.exec(issuer.pathname) ?? /^\/\.well-known\/(oauth-authorization-server|openid-configuration)(?=\/|$)/.exec(issuer.pathname))?.[0];
    if (wellKnown)
        throw new InputError('issuer', `is a metadata URL, not the issuer: leave out "${wellKnown}"`);
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
 * the credentials given imply (CONTRACT.md, `client-auth`): a secret, then a key that
 * signs no grant assertion (RFC 7523 §3) or an assertion, or the job's OIDC token as the
 * assertion of a client credentials grant.
 */
export function chooseClientAuth(options, preset, grant) {
    return clientAuthChoice(options, preset, grant, signsGrantAssertion(grant, options)).method;
}
function clientAuthChoice(options, preset, grant, signsAssertion) {
    const explicit = enumOption('client-auth', options.clientAuth, CLIENT_AUTH_METHODS);
    if (explicit)
        return { method: explicit, source: 'input' };
    const preferred = (grant.known && preset.grantOverrides[grant.known]?.clientAuth) || preset.clientAuth;
    if (preferred)
        return { method: preferred, source: 'preset' };
    return { method: impliedClientAuth(options, grant, signsAssertion), source: 'credentials' };
}
function impliedClientAuth(options, grant, signsAssertion) {
    if (options.clientSecret)
        return 'client_secret_basic';
    if (signsAssertion)
        return 'none';
    if (options.privateKey || options.clientAssertion)
        return 'private_key_jwt';
    if (options.githubOidcAudience && grant.known === 'client_credentials')
        return 'private_key_jwt';
    return 'none';
}
/** `client-assertion-audience`, which only a client assertion signed here has. */
function clientAssertionAudienceOf(options, clientAuth) {
    const signsClientAssertion = (clientAuth === 'private_key_jwt' || clientAuth === 'client_secret_jwt') && !options.clientAssertion;
    if (options.clientAssertionAudience && !signsClientAssertion) {
        throw new InputError('client-assertion-audience', `is only used when a client assertion is signed here (client-auth "private_key_jwt" with "private-key", or "client_secret_jwt"), not for a client-assertion or the job's OIDC token`);
    }
    return parseAssertionAudience(options.clientAssertionAudience, options.issuer);
}
/**
 * A client credentials grant, which only a confidential client may use (RFC 6749 §4.4),
 * needs a client credential: with none it fails naming `client-id`, or, given a client id
 * without its secret (a misnamed secret, a fork's pull request), naming `client-secret`
 * unless `client-auth: none` is asked for. Every other grant with a client id alone goes
 * as a public client, `generic`'s `none` (CONTRACT.md, `client-auth`): Keycloak's
 * `admin-cli` with a password, a token exchange by a public client. Unless a setting of
 * client authentication is given too (`basic-encoding`, `private-key-id`, ...): that
 * client meant to authenticate, and its missing credential is what to name.
 */
function requireClientIdentity(options, grant, implicitNone) {
    const credential = options.clientSecret || options.privateKey || options.clientAssertion || options.githubOidcAudience;
    if (grant.known === 'client_credentials' && !options.clientId && !credential) {
        throw new InputError('client-id', 'is required for grant-type "client_credentials" (with a client-secret, private-key, client-assertion or github-oidc-audience)');
    }
    if (!implicitNone || !options.clientId)
        return;
    const credentials = '(or give "private-key", "client-assertion" or "github-oidc-audience")';
    if (grant.known === 'client_credentials') {
        throw new InputError('client-secret', `is required when "client-id" is given for grant-type "client_credentials" ${credentials}, or set client-auth: none for a public client`);
    }
    const setting = CLIENT_AUTH_SETTINGS.find((option) => options[option]);
    if (setting) {
        const input = inputNameOf(setting);
        throw new InputError('client-secret', `is required when "client-id" and "${input}" are given ${credentials}, or remove "${input}" for a public client`);
    }
}
/** Inputs that only shape client authentication: given with no credential, they show one is missing. */
const CLIENT_AUTH_SETTINGS = ['basicEncoding', 'privateKeyId', 'signingAlgorithm', 'clientAssertionAudience'];
/** Whom an input missing for `clientAuth` is required by: a provider's own choice is its, not an input the user set. */
function requirementOf(clientAuth, source, preset) {
    return source === 'preset' ? `is required by provider "${preset.name}" (client-auth ${clientAuth})` : `is required with client-auth "${clientAuth}"`;
}
function clientCredentials(options, clientAuth, signsAssertion, requirement) {
    const credentials = {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        clientAssertion: options.clientAssertion,
        privateKey: options.privateKey,
        privateKeyId: checkedKeyId(options.privateKeyId),
        signingAlgorithm: enumOption('signing-algorithm', options.signingAlgorithm, SIGNING_ALGORITHMS)
    };
    rejectUnusedCredentials(options, clientAuth, signsAssertion);
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
/** A C0 or C1 control or DEL. Not `\p{Cc}`: a property escape costs every run about 1 M instructions to compile. */
const CONTROL = /[^\x20-\x7e\xa0-\uffff]/;
/**
 * RFC 7617 §2: raw Basic credentials carry no control character, and their user-id ends at
 * the first ":", so the server would read another id.
 */
function checkRawBasicCredentials(options) {
    if (options.clientId?.includes(':')) {
        throw new InputError('client-id', 'holds ":", which raw Basic credentials cannot carry (RFC 7617 §2); use basic-encoding: form-urlencoded or client-auth: client_secret_post');
    }
    const input = options.clientId && CONTROL.test(options.clientId) ? 'client-id' : options.clientSecret && CONTROL.test(options.clientSecret) ? 'client-secret' : undefined;
    if (input) {
        throw new InputError(input, 'holds a control character (a line break, a tab), which raw Basic credentials cannot carry (RFC 7617 §2); check the value, or use basic-encoding: form-urlencoded');
    }
}
/**
 * A `kid` is a short name (RFC 7515 §4.1.4) sent in the clear in each assertion's header:
 * a line break (also as a literal `\n`), a control character or PEM armor in it means a
 * key or secret was pasted there.
 */
function checkedKeyId(keyId) {
    if (keyId && (CONTROL.test(keyId) || /\\n|-----BEGIN /.test(keyId))) {
        throw new InputError('private-key-id', "holds a line break, a control character or PEM armor; it is the key's short name (RFC 7515 §4.1.4), sent in the clear, not the key");
    }
    return keyId;
}
/**
 * Credentials the chosen method would ignore are a contradiction the user should hear
 * about. A secret is still allowed with a preset's own per-grant `none` (a DataCrunch
 * refresh), where the same step's credentials are simply not needed.
 */
function rejectUnusedCredentials(options, clientAuth, signsAssertion) {
    const clientKey = signsAssertion ? undefined : options.privateKey && 'private-key';
    const keyInput = clientKey || (options.clientAssertion ? 'client-assertion' : undefined);
    if (keyInput && clientAuth !== 'private_key_jwt') {
        throw new InputError(keyInput, `is only used with client-auth "private_key_jwt", but client-auth is "${clientAuth}"`);
    }
    const secretIgnored = clientAuth === 'private_key_jwt' || (clientAuth === 'none' && options.clientAuth === 'none');
    if (options.clientSecret && secretIgnored) {
        throw new InputError('client-secret', `is not used with client-auth "${clientAuth}"; remove it or choose a client_secret_* method`);
    }
    // The key's settings, with no private-key signing anything here (a ready or OIDC assertion, or a secret).
    const keySigns = Boolean(options.privateKey) && (clientAuth === 'private_key_jwt' || signsAssertion);
    const keySetting = options.signingAlgorithm ? 'signing-algorithm' : options.privateKeyId ? 'private-key-id' : undefined;
    if (keySetting && !keySigns) {
        throw new InputError(keySetting, 'is only used when a private-key signs here (private_key_jwt, or a jwt_bearer assertion); remove it');
    }
}
/**
 * The scope as RFC 6749 §3.3 writes it: scope tokens hold no white space, so any run of
 * it (a `scope: |` block puts one per line) separates two, written as one space; none
 * left is no scope, and the preset's own applies.
 */
function scopeOf(scope) {
    return (scope
        ?.split(/[\t\n\r ]+/)
        .filter(Boolean)
        .join(' ') || undefined);
}
/** The options that add body parameters beyond the grant's own: a token source's renewal may leave them out. */
export const REQUEST_PARAM_OPTIONS = ['scope', 'audience', 'resource', 'extraParams'];
/** `grant_type`, the grant's own parameters, then scope, audience, resource and extras. */
function bodyParams(options, preset, grant, reserved) {
    const params = [['grant_type', grant.wire]];
    params.push(...grantParams(grant, options));
    if (grant.known && preset.grantOverrides[grant.known]?.grantParamsOnly) {
        const given = REQUEST_PARAM_OPTIONS.find((option) => options[option]);
        if (given)
            throw new InputError(inputNameOf(given), `is not sent with grant "${grant.name}" by provider "${preset.name}", which documents no other parameters for it`);
        return params;
    }
    // The inputs named like body parameters replace the preset's values of the same name.
    // Several audiences are several parameters (RFC 8693 §2.1), as resources are.
    const named = { scope: options.scope ? [options.scope] : [], audience: entriesOf(options.audience) };
    for (const name of new Set([...Object.keys(named), ...Object.keys(preset.defaultParams)])) {
        const given = named[name] ?? [];
        const presetValue = preset.defaultParams[name];
        for (const value of given.length > 0 || !presetValue ? given : [presetValue])
            params.push([name, value]);
    }
    // Sent as given (RFC 8707 §2): a server may compare the indicator as a string, which URL parsing would change.
    for (const resource of entriesOf(options.resource))
        params.push(['resource', checkedResource(resource)]);
    if (options.extraParams) {
        // Whatever the case: some servers read form names so (ASP.NET's collections). A name may repeat within extra-params.
        const controlled = new Set([...reserved, ...params.map(([name]) => name.toLowerCase())]);
        for (const [name, value] of parseParamLines('extra-params', options.extraParams)) {
            if (controlled.has(name.toLowerCase())) {
                throw new InputError('extra-params', `sets "${name}", which another input controls; use that input`);
            }
            params.push([name, value]);
        }
    }
    return params;
}
/** Parameters set by client authentication, never by `extra-params`. */
const RESERVED_PARAMS = new Set(['grant_type', 'client_id', 'client_secret', 'client_assertion', 'client_assertion_type']);
/** The values of a list option, given as lines or as a list: trimmed, blank ones left out. */
function entriesOf(list) {
    if (!list)
        return [];
    return Array.isArray(list) ? list.map((entry) => entry.trim()).filter(Boolean) : nonEmptyLines(list);
}
/** A resource indicator (RFC 8707 §2): an absolute URI without a fragment, returned as it is. */
function checkedResource(value) {
    if (isAbsoluteUri(value) && !value.includes('#'))
        return value;
    throw new InputError('resource', `must be absolute URIs without a #fragment, one per line (got "${value}")`);
}
/** Headers that frame the message (RFC 9112 §6, §9.6): the request sets them itself, from the body and the URL. */
const FRAMING_HEADERS = new Set(['content-type', 'content-length', 'host', 'transfer-encoding', 'trailer', 'te', 'connection']);
/** Headers the request sets itself; a user header may not silently replace them, nor be given twice. */
function userHeaders(options, clientAuth) {
    if (!options.headers)
        return [];
    const headers = parseHeaderLines('headers', options.headers);
    const seen = new Set();
    for (const [name] of headers) {
        const lower = name.toLowerCase();
        if (FRAMING_HEADERS.has(lower)) {
            throw new InputError('headers', `must not set ${name}: it follows from "body-format" and the URL`);
        }
        if (seen.has(lower))
            throw new InputError('headers', `sets ${name} twice; give one line for it`);
        seen.add(lower);
        if (lower === 'authorization' && clientAuth === 'client_secret_basic') {
            throw new InputError('headers', 'must not set Authorization with client-auth "client_secret_basic", which sets it');
        }
    }
    return headers;
}
/** `value` if it is one of `allowed` (undefined when not given). Throws {@link InputError}. */
export function enumOption(input, value, allowed) {
    if (value === undefined)
        return undefined;
    if (!allowed.includes(value)) {
        throw new InputError(input, `must be one of ${allowed.join(', ')} (got "${value}")`);
    }
    return value;
}
/** `timeout-seconds` (in ms) and `retries`, checked, the defaults when unset: also the limits of the runner's OIDC endpoint. Throws {@link InputError}. */
export function requestLimitsOf(options) {
    return { timeoutMs: timeoutSecondsOf(options.timeoutSeconds) * 1000, retries: retriesOf(options.retries) };
}
/** `timeout-seconds`, checked; the default when unset. Throws {@link InputError}. */
function timeoutSecondsOf(value) {
    if (value === undefined)
        return DEFAULT_TIMEOUT_SECONDS;
    const seconds = numberOf(value);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
        throw new InputError('timeout-seconds', `must be ${NUMBER_INPUT_RULES['timeout-seconds']} (got "${value}")`);
    }
    return seconds;
}
/** `retries`, checked; the default when unset. Throws {@link InputError}. */
function retriesOf(value) {
    if (value === undefined)
        return DEFAULT_RETRIES;
    const retries = numberOf(value);
    if (!Number.isInteger(retries) || retries < 0 || retries > MAX_RETRIES) {
        throw new InputError('retries', `must be ${NUMBER_INPUT_RULES.retries} (got "${value}")`);
    }
    return retries;
}
