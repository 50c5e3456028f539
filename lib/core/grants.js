/**
 * Grant types: the table of grants the core knows (their wire names and the body
 * parameters each one sends), and the path of any other grant, which is sent as is
 * (RFC 6749 §4.5).
 */
import { InputError } from './errors.js';
import { inputNameOf } from './names.js';
import { escapeToAscii } from './neutralize.js';
import { isAbsoluteUri } from './urls.js';
/** RFC 8693 §3: the token type assumed for a subject token when none is given. */
const DEFAULT_SUBJECT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
/** The grants the core knows, with the inputs each one needs. */
const KNOWN_GRANTS = {
    client_credentials: { wire: 'client_credentials', params: [] },
    password: {
        wire: 'password',
        params: [
            { param: 'username', option: 'username', input: 'username', required: true },
            { param: 'password', option: 'password', input: 'password', required: true }
        ]
    },
    refresh_token: { wire: 'refresh_token', params: [{ param: 'refresh_token', option: 'refreshToken', input: 'refresh-token', required: true }] },
    token_exchange: {
        wire: 'urn:ietf:params:oauth:grant-type:token-exchange',
        params: [
            { param: 'subject_token', option: 'subjectToken', input: 'subject-token', required: true },
            { param: 'subject_token_type', option: 'subjectTokenType', input: 'subject-token-type', fallback: DEFAULT_SUBJECT_TOKEN_TYPE },
            { param: 'actor_token', option: 'actorToken', input: 'actor-token' },
            { param: 'actor_token_type', option: 'actorTokenType', input: 'actor-token-type', with: 'actorToken' },
            { param: 'requested_token_type', option: 'requestedTokenType', input: 'requested-token-type' }
        ]
    },
    jwt_bearer: {
        wire: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        params: [{ param: 'assertion', option: 'assertion', input: 'assertion', required: true, signedWithKey: true }]
    }
};
/**
 * A custom grant's own parameter: the `assertion` every assertion grant sends (RFC 7521
 * §4.1; SAML 2.0 bearer, RFC 7522 §2.1), through its masked input rather than
 * `extra-params`. Everything else a custom grant sends comes from `extra-params`.
 */
const CUSTOM_GRANT_PARAMS = [{ param: 'assertion', option: 'assertion', input: 'assertion' }];
const paramsOf = (grant) => (grant.known ? KNOWN_GRANTS[grant.known].params : CUSTOM_GRANT_PARAMS);
/** The known grants' short names, in the order messages list them. */
const KNOWN_GRANT_TYPES = Object.keys(KNOWN_GRANTS);
/** Grants that have no token request this tool could make, and why. */
const NOT_TOKEN_REQUESTS = {
    implicit: 'is a browser flow with no token request (RFC 6749 §4.2)',
    authorization_code: 'needs a browser redirect (RFC 6749 §4.1), which a CI job cannot follow',
    'urn:ietf:params:oauth:grant-type:device_code': 'needs a person to approve the device (RFC 8628)'
};
/** RFC 6749 §A.10: `grant-name = 1*name-char`, `name-char = "-" / "." / "_" / DIGIT / ALPHA`. */
const GRANT_NAME = /^[-._A-Za-z0-9]+$/;
/**
 * Reads `grant-type`: a known grant by its short name (or with `-` for `_`) or its full
 * URI; else any absolute URI or RFC 6749 §A.10 grant name, sent as is (RFC 6749 §4.5).
 */
export function parseGrantType(value) {
    const known = KNOWN_GRANT_TYPES.find((name) => value === name || value === KNOWN_GRANTS[name].wire || value === name.replace('_', '-'));
    if (known)
        return { name: known, wire: KNOWN_GRANTS[known].wire, known };
    const refusal = Object.hasOwn(NOT_TOKEN_REQUESTS, value) ? NOT_TOKEN_REQUESTS[value] : undefined;
    if (refusal)
        throw new InputError('grant-type', `must be a grant with a token request this step can make: "${value}" ${refusal}`);
    if (!GRANT_NAME.test(value) && !isAbsoluteUri(value)) {
        throw new InputError('grant-type', `must be one of ${KNOWN_GRANT_TYPES.join(', ')}, an absolute URI or a grant name of letters, digits, "-", "." and "_" (RFC 6749 §4.5) (got "${escapeToAscii(value, Infinity)}")`);
    }
    return { name: value, wire: value };
}
/** Whether `options` ask for a JWT bearer grant whose assertion the `private-key` signs (RFC 7523 §2.1, §3). */
export function signsGrantAssertion(grant, options) {
    if (!grant.known || !options.privateKey)
        return false;
    return KNOWN_GRANTS[grant.known].params.some((spec) => spec.signedWithKey && !options[spec.option]);
}
/**
 * The grant-specific body parameters, in order, checking that each required one is
 * given (RFC 8693 §2.1: `actor_token_type` is required when `actor_token` is present).
 * A custom grant has only `assertion`: its other parameters come from `extra-params`.
 */
export function grantParams(grant, options) {
    rejectOtherGrantsInputs(grant, options);
    const params = [];
    for (const spec of paramsOf(grant)) {
        const value = options[spec.option] ?? spec.fallback;
        const companion = spec.with ? options[spec.with] : undefined;
        if (spec.with && companion && !value) {
            throw new InputError(spec.input, `is required when "${inputNameOf(spec.with)}" is given`);
        }
        if (spec.with && !companion && value) {
            throw new InputError(spec.input, `is only used together with "${inputNameOf(spec.with)}"`);
        }
        if (spec.signedWithKey && !value && options.privateKey)
            continue;
        if (spec.required && !value) {
            const signable = spec.signedWithKey ? ' (or give "private-key" to sign one)' : '';
            throw new InputError(spec.input, `is required with grant-type "${grant.name}"${signable}`);
        }
        if (value)
            params.push([spec.param, value]);
    }
    return params;
}
/** An input that belongs to another grant would be silently ignored: the user hears of it instead. */
function rejectOtherGrantsInputs(grant, options) {
    const own = new Set(paramsOf(grant).map((spec) => spec.option));
    for (const [otherGrant, { params }] of Object.entries(KNOWN_GRANTS)) {
        const foreign = params.find((spec) => !own.has(spec.option) && options[spec.option]);
        if (foreign) {
            throw new InputError(foreign.input, `is only used with grant-type "${otherGrant}", but grant-type is "${grant.name}"`);
        }
    }
}
