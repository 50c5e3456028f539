import { InputError } from './errors.js';
import { formEncode } from './form-encoding.js';
import { isAbsoluteUri } from './urls.js';
/** RFC 7523 §2.2 `client_assertion_type` for a JWT. */
export const JWT_BEARER_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const AUDIENCE_KEYWORDS = ['token-endpoint', 'endpoint', 'issuer'];
/** Reads `client-assertion-audience`; `issuer` is the `issuer` input. Throws {@link InputError}. */
export function parseAssertionAudience(value, issuer) {
    if (value === undefined || value === 'token-endpoint')
        return { kind: 'token-endpoint' };
    if (value === 'endpoint')
        return { kind: 'endpoint' };
    if (value === 'issuer') {
        if (!issuer)
            throw new InputError('client-assertion-audience', 'is "issuer" but no "issuer" is given; set "issuer" or use another audience');
        return { kind: 'issuer', issuer };
    }
    if (isAbsoluteUri(value) && /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value))
        return { kind: 'url', url: value };
    throw new InputError('client-assertion-audience', `must be one of ${AUDIENCE_KEYWORDS.join(', ')} or an absolute URL (got "${value}")`);
}
/** The `aud` for a request to `requestUrl`, whose token endpoint is `tokenEndpoint`. */
export function assertionAudienceFor(audience, requestUrl, tokenEndpoint) {
    switch (audience.kind) {
        case 'token-endpoint':
            return tokenEndpoint.href;
        case 'endpoint':
            return requestUrl.href;
        case 'issuer':
            return audience.issuer;
        case 'url':
            return audience.url;
    }
}
/** How `client_secret_basic` writes one credential: RFC 6749 §2.3.1's form-encoding, or as is. */
const BASIC_ENCODERS = {
    'form-urlencoded': formEncode,
    raw: (value) => value
};
/** RFC 6749 §2.3.1: id and secret form-encoded (or raw), joined by `:`, base64 in a Basic header. */
function clientSecretBasic({ credentials, basicEncoding, secrets }) {
    const encode = BASIC_ENCODERS[basicEncoding];
    const encoded = Buffer.from(`${encode(credentials.clientId ?? '')}:${encode(credentials.clientSecret ?? '')}`).toString('base64');
    secrets.addExact(encoded);
    secrets.addExact(`Basic ${encoded}`);
    return { headers: [['Authorization', `Basic ${encoded}`]], params: [] };
}
/** RFC 6749 §2.3.1: id and secret as body parameters. */
function clientSecretPost({ credentials }) {
    return {
        headers: [],
        params: [
            ['client_id', credentials.clientId ?? ''],
            ['client_secret', credentials.clientSecret ?? '']
        ]
    };
}
/** A public client identifies itself with `client_id` (RFC 6749 §3.2.1), unless its provider documents otherwise. */
function noClientAuth({ credentials, omitClientId }) {
    const params = credentials.clientId && !omitClientId ? [['client_id', credentials.clientId]] : [];
    return { headers: [], params };
}
/** The key a client assertion is signed with: the private key, or the client secret (HS256). */
function signingKeyOf(credentials, method) {
    return method === 'client_secret_jwt'
        ? { key: { secret: credentials.clientSecret ?? '' }, algorithm: 'HS256' }
        : { key: { privateKeyPem: credentials.privateKey ?? '' }, algorithm: credentials.signingAlgorithm };
}
/**
 * Fails with an {@link InputError} when the key a JWT client authentication would sign
 * with cannot sign (RFC 7518 §3), so a bad key is reported before any network call.
 */
export async function checkClientAuthKey(method, credentials) {
    if ((method !== 'private_key_jwt' && method !== 'client_secret_jwt') || credentials.clientAssertion)
        return;
    const { checkSigningKey } = await import('./jwt.js');
    checkSigningKey(signingKeyOf(credentials, method));
}
/** RFC 7523 §2.2: a JWT client assertion, ready-made or signed here. */
async function jwtClientAssertion(context, method) {
    const { credentials, assertionAudience, secrets } = context;
    let assertion = credentials.clientAssertion;
    if (!assertion) {
        // Loaded only for JWT flows: most runs never sign anything.
        const { signClientAssertion } = await import('./jwt.js');
        assertion = signClientAssertion({
            clientId: credentials.clientId ?? '',
            audience: assertionAudience,
            keyId: credentials.privateKeyId,
            ...signingKeyOf(credentials, method)
        });
    }
    secrets.add(assertion);
    const params = credentials.clientId ? [['client_id', credentials.clientId]] : [];
    params.push(['client_assertion_type', JWT_BEARER_ASSERTION_TYPE], ['client_assertion', assertion]);
    return { headers: [], params };
}
const strategies = {
    client_secret_basic: clientSecretBasic,
    client_secret_post: clientSecretPost,
    client_secret_jwt: (context) => jwtClientAssertion(context, 'client_secret_jwt'),
    private_key_jwt: (context) => jwtClientAssertion(context, 'private_key_jwt'),
    none: noClientAuth
};
/** The headers and parameters that authenticate the client with `method`. */
export function authenticateClient(method, context) {
    return Promise.resolve(strategies[method](context));
}
