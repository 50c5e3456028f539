/**
 * The JWT bearer grant with an assertion signed here (RFC 7523 §2.1, §3): Salesforce's
 * JWT bearer flow, a Google service account. Only the plan lives here (which claims,
 * which key); the signing is in ./jwt.js, loaded when a request is built.
 */
import { InputError } from './errors.js';
import { inputNameOf } from './names.js';
/** Registered claims (RFC 7519 §4.1) that every signing sets anew. */
const TIMING_CLAIMS = ['jti', 'iat', 'nbf', 'exp'];
/** The inputs of a signed grant assertion, and the registered claim each one sets. */
const ASSERTION_INPUTS = [
    ['assertionIssuer', 'iss'],
    ['assertionSubject', 'sub'],
    ['assertionAudience', 'aud'],
    ['assertionClaims', undefined]
];
/**
 * The plan of the signed assertion when `signs` (grant `jwt_bearer`, a `private-key`,
 * no `assertion`): `iss` = `assertion-issuer`, else an `iss` in `assertion-claims`, else
 * `client-id`; `sub` likewise, defaulting to the issuer. Otherwise the assertion inputs
 * would be ignored, so they fail instead. Throws {@link InputError}.
 */
export function planGrantAssertion(options, signs, signingAlgorithm) {
    if (!signs) {
        const given = ASSERTION_INPUTS.find(([option]) => options[option]);
        if (given) {
            throw new InputError(inputNameOf(given[0]), 'is only used with grant-type "jwt_bearer", a "private-key" and no "assertion" (the assertion is then signed here)');
        }
        return undefined;
    }
    const claims = claimsOf(options.assertionClaims);
    // The assertion's lifetime and identity are set here, fresh for each request (RFC 7523 §3).
    const timing = TIMING_CLAIMS.find((claim) => Object.hasOwn(claims, claim));
    if (timing)
        throw new InputError('assertion-claims', `sets "${timing}", which is set here for each request (now, 5 minutes, a fresh UUID); remove it`);
    for (const claim of ['iss', 'sub']) {
        if (Object.hasOwn(claims, claim) && !stringClaim(claims, claim))
            throw new InputError('assertion-claims', `sets "${claim}" to something other than a non-empty string`);
    }
    for (const [option, claim] of ASSERTION_INPUTS) {
        if (claim && options[option] && Object.hasOwn(claims, claim)) {
            throw new InputError('assertion-claims', `sets "${claim}", which input "${inputNameOf(option)}" sets too; set it in one place`);
        }
    }
    const issuer = options.assertionIssuer ?? stringClaim(claims, 'iss') ?? options.clientId;
    if (!issuer) {
        throw new InputError('assertion-issuer', 'is required to sign the jwt_bearer assertion (its default, "client-id", is not given either)');
    }
    return {
        issuer,
        subject: options.assertionSubject ?? stringClaim(claims, 'sub') ?? issuer,
        audience: options.assertionAudience,
        claims,
        privateKey: options.privateKey,
        privateKeyId: options.privateKeyId,
        signingAlgorithm
    };
}
/** `assertion-claims` as a JSON object; never quoted in a message. */
function claimsOf(text) {
    if (text === undefined)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new InputError('assertion-claims', 'must be a JSON object, e.g. {"scope": "https://www.googleapis.com/auth/cloud-platform"} (it is not valid JSON)');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new InputError('assertion-claims', `must be a JSON object, e.g. {"scope": "https://www.googleapis.com/auth/cloud-platform"} (got ${Array.isArray(parsed) ? 'an array' : `a ${parsed === null ? 'null' : typeof parsed}`})`);
    }
    return parsed;
}
function stringClaim(claims, name) {
    const value = claims[name];
    return typeof value === 'string' && value ? value : undefined;
}
/** Fails with an {@link InputError} when the planned assertion's key cannot sign, before any network call. */
export async function checkGrantAssertionKey(plan) {
    if (!plan)
        return;
    const { checkSigningKey } = await import('./jwt.js');
    checkSigningKey({ key: { privateKeyPem: plan.privateKey }, algorithm: plan.signingAlgorithm });
}
