/**
 * Grant types: their wire names and the body parameters each one sends.
 */
import { InputError } from './errors.js';
import { inputNameOf } from './names.js';
/** The `grant_type` value on the wire (RFC 6749 §4.3.2, §4.4.2, §6; RFC 8693 §2.1; RFC 7523 §2.1). */
export const GRANT_TYPE_VALUES = Object.freeze({
    client_credentials: 'client_credentials',
    password: 'password',
    refresh_token: 'refresh_token',
    token_exchange: 'urn:ietf:params:oauth:grant-type:token-exchange',
    jwt_bearer: 'urn:ietf:params:oauth:grant-type:jwt-bearer'
});
/** RFC 8693 §3: the token type assumed for a subject token when none is given. */
export const DEFAULT_SUBJECT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
/** Accepts a short name or the full `urn:ietf:params:oauth:grant-type:*` URI. */
export function parseGrantType(value) {
    const entry = Object.entries(GRANT_TYPE_VALUES).find(([name, wire]) => value === name || value === wire || value === name.replace('_', '-'));
    if (!entry) {
        throw new InputError('grant-type', `must be one of ${Object.keys(GRANT_TYPE_VALUES).join(', ')} (got "${value}")`);
    }
    return entry[0];
}
/** The parameters each grant sends besides `grant_type`, `scope`, `audience` and `resource`. */
const GRANT_PARAMS = {
    client_credentials: [],
    password: [
        { param: 'username', option: 'username', input: 'username', required: true },
        { param: 'password', option: 'password', input: 'password', required: true }
    ],
    refresh_token: [{ param: 'refresh_token', option: 'refreshToken', input: 'refresh-token', required: true }],
    token_exchange: [
        { param: 'subject_token', option: 'subjectToken', input: 'subject-token', required: true },
        {
            param: 'subject_token_type',
            option: 'subjectTokenType',
            input: 'subject-token-type',
            fallback: DEFAULT_SUBJECT_TOKEN_TYPE
        },
        { param: 'actor_token', option: 'actorToken', input: 'actor-token' },
        { param: 'actor_token_type', option: 'actorTokenType', input: 'actor-token-type', with: 'actorToken' },
        { param: 'requested_token_type', option: 'requestedTokenType', input: 'requested-token-type' }
    ],
    jwt_bearer: [{ param: 'assertion', option: 'assertion', input: 'assertion', required: true }]
};
/**
 * The grant-specific body parameters, in order, checking that each required one is
 * given (RFC 8693 §2.1: `actor_token_type` is required when `actor_token` is present).
 */
export function grantParams(grant, options) {
    rejectOtherGrantsInputs(grant, options);
    const params = [];
    for (const spec of GRANT_PARAMS[grant]) {
        const value = options[spec.option] ?? spec.fallback;
        const companion = spec.with ? options[spec.with] : undefined;
        if (spec.with && companion && !value) {
            throw new InputError(spec.input, `is required when "${inputNameOf(spec.with)}" is given`);
        }
        if (spec.with && !companion && value) {
            throw new InputError(spec.input, `is only used together with "${inputNameOf(spec.with)}"`);
        }
        if (spec.required && !value) {
            throw new InputError(spec.input, `is required with grant-type "${grant}"`);
        }
        if (value)
            params.push([spec.param, value]);
    }
    return params;
}
/** An input that belongs to another grant would be silently ignored: the user hears of it instead. */
function rejectOtherGrantsInputs(grant, options) {
    const own = new Set(GRANT_PARAMS[grant].map((spec) => spec.option));
    for (const [otherGrant, specs] of Object.entries(GRANT_PARAMS)) {
        const foreign = specs.find((spec) => !own.has(spec.option) && options[spec.option]);
        if (foreign) {
            throw new InputError(foreign.input, `is only used with grant-type "${otherGrant}", but grant-type is "${grant}"`);
        }
    }
}
