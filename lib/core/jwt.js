/**
 * Compact JWS signing with `node:crypto` for client assertions and JWT bearer grant
 * assertions (RFC 7515, RFC 7518 §3, RFC 7523 §2, §3; OpenID Connect Core §9).
 */
import { constants, createHash, createHmac, createPrivateKey, randomUUID, sign, X509Certificate } from 'node:crypto';
import { InputError } from './errors.js';
/** How long a signed client assertion stays valid: long enough for clock skew and retries. */
export const ASSERTION_LIFETIME_SECONDS = 300;
/** RFC 7518 §3.3 and §3.5: RSA keys of 2048 bits or larger MUST be used. */
const MIN_RSA_BITS = 2048;
/** RFC 7518 §3.2: an HS256 key MUST be at least as long as the hash output (256 bits). */
const MIN_HMAC_KEY_BYTES = 32;
/**
 * Signs a client assertion (RFC 7523 §3; OpenID Connect Core §9): `iss` = `sub` = the
 * client id, `aud` = the audience asked for, and the claims of {@link registeredClaims}.
 * Bad keys throw an {@link InputError} that never quotes the key.
 */
export function signClientAssertion(request) {
    return signJwt(registeredClaims(request.clientId, request.clientId, request.audience, request.now), signingKeyOf(request));
}
/**
 * Signs the assertion of a JWT bearer grant (RFC 7523 §2.1, §3): `iss`, `sub` and `aud`
 * as planned (`aud` defaulting to `tokenEndpoint`), the claims of
 * {@link registeredClaims}, then `assertion-claims` on top (Google's `scope`).
 */
export function signGrantAssertion(plan, tokenEndpoint) {
    const claims = { ...registeredClaims(plan.issuer, plan.subject, plan.audience ?? tokenEndpoint), ...plan.claims };
    return signJwt(claims, signingKeyOf({ key: { privateKeyPem: plan.privateKey }, algorithm: plan.signingAlgorithm, keyId: plan.privateKeyId }));
}
/** `iss`, `sub`, `aud`, a unique `jti`, `iat` = `nbf` = now, and `exp` {@link ASSERTION_LIFETIME_SECONDS} ahead. */
function registeredClaims(iss, sub, aud, now) {
    const iat = now ?? Math.floor(Date.now() / 1000);
    return {
        iss,
        sub,
        aud,
        jti: randomUUID(),
        iat,
        // Entra ID documents `nbf` for client assertions; RFC 7523 §3 allows it.
        nbf: iat,
        exp: iat + ASSERTION_LIFETIME_SECONDS
    };
}
/**
 * Checks that `request`'s key can sign (a readable, unencrypted RSA or P-256 PEM key
 * that fits the algorithm, or an HS256 secret of 32 bytes or more) without signing
 * anything, so a bad key fails before any network call.
 */
export function checkSigningKey(request) {
    signingKeyOf(request);
}
function signingKeyOf(request) {
    if ('secret' in request.key) {
        if (Buffer.byteLength(request.key.secret) < MIN_HMAC_KEY_BYTES) {
            throw new InputError('client-secret', `is shorter than ${MIN_HMAC_KEY_BYTES} bytes, too short to sign a client_secret_jwt assertion (RFC 7518 §3.2: HS256 needs a key of at least 256 bits)`);
        }
        return { alg: 'HS256', secret: request.key.secret, keyId: request.keyId };
    }
    const pem = pemOf(request.key.privateKeyPem);
    const privateKey = parsePrivateKey(pem);
    const alg = request.algorithm ?? defaultAlgorithm(privateKey);
    return { alg: checkAlgorithmFitsKey(alg, privateKey), privateKey, keyId: request.keyId, thumbprints: certificateThumbprints(pem, privateKey) };
}
/** RFC 7515 §7.1 compact serialization; `typ` as RFC 7519 §5.1 recommends. */
function signJwt(claims, key) {
    const certificate = 'thumbprints' in key ? key.thumbprints : undefined;
    const header = { alg: key.alg, typ: 'JWT', ...(key.keyId ? { kid: key.keyId } : {}), ...certificate };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    return `${signingInput}.${signature(signingInput, key).toString('base64url')}`;
}
/** RFC 7518 §3.2 (HMAC), §3.3 (RSASSA-PKCS1-v1_5), §3.4 (ECDSA, raw r||s), §3.5 (RSASSA-PSS, salt = hash length). */
function signature(signingInput, key) {
    const data = Buffer.from(signingInput);
    switch (key.alg) {
        case 'HS256':
            return createHmac('sha256', key.secret).update(data).digest();
        case 'PS256':
            return sign('sha256', data, { key: key.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
        case 'ES256':
            return sign('sha256', data, { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
        case 'RS256':
            return sign('sha256', data, { key: key.privateKey, padding: constants.RSA_PKCS1_PADDING });
    }
}
function base64url(text) {
    return Buffer.from(text).toString('base64url');
}
const PEM_HINT = 'a PEM private key ("-----BEGIN PRIVATE KEY-----", RSA or EC P-256)';
/**
 * The PEM text of `private-key`, each block rewrapped. A key stored in an env var or a
 * one-line secret often has literal "\n" for newlines, or literal "\r\n" when it was
 * JSON-escaped on Windows. A whole JSON key file is refused with a word on which field to give.
 */
function pemOf(input) {
    if (/^\s*\{[\s\S]*"private_key"\s*:/.test(input)) {
        throw new InputError('private-key', 'is a JSON key file (a Google service account\'s); give its "private_key" field, the PEM (jq -r .private_key key.json)');
    }
    const text = input.trim().includes('\n') ? input : input.trim().replace(/\\r\\n|\\n/g, '\n');
    const blocks = [...text.matchAll(PEM_BLOCK)];
    return blocks.length > 0 ? blocks.map(rewrapped).join('\n') : text;
}
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
/**
 * A block at the start of a line, its base64 one chunk a line: line breaks that became
 * spaces (`echo $KEY` unquoted) or indented lines (a YAML block) otherwise make it
 * unreadable. A block with headers (`Proc-Type:`, a legacy encrypted key) keeps its lines.
 */
function rewrapped([block, label, body]) {
    if (body.includes(':'))
        return block;
    return `-----BEGIN ${label}-----\n${body.split(/\s+/).filter(Boolean).join('\n')}\n-----END ${label}-----`;
}
/**
 * Reads a PEM private key. Every failure names what is wrong in words of its own: the
 * crypto library's message may quote key material, so it is never passed on.
 */
function parsePrivateKey(pem) {
    if (/-----BEGIN (ENCRYPTED PRIVATE KEY|[A-Z ]*PRIVATE KEY-----[\s\S]*Proc-Type: 4,ENCRYPTED)/.test(pem)) {
        throw new InputError('private-key', 'is encrypted; give it unencrypted (e.g. `openssl pkcs8 -topk8 -nocrypt -in key.pem`) and keep it in a secret');
    }
    if (/-----BEGIN (RSA |EC )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(pem) && !/PRIVATE KEY-----/.test(pem)) {
        throw new InputError('private-key', `is a public key or certificate; give ${PEM_HINT}`);
    }
    if (!/-----BEGIN (RSA |EC )?PRIVATE KEY-----/.test(pem)) {
        throw new InputError('private-key', `must be ${PEM_HINT}`);
    }
    try {
        return createPrivateKey({ key: pem, format: 'pem' });
    }
    catch {
        throw new InputError('private-key', `could not be read as ${PEM_HINT}; check that the whole PEM block was copied`);
    }
}
/**
 * The thumbprints of the key's certificate, when `private-key` holds one beside the key:
 * Entra ID and AD FS find a certificate credential by them (`x5t#S256`, and `x5t` for
 * older tenants), not by a `kid`. Certificates of other keys (a CA, the rest of a chain,
 * a stale one) are left out, as servers that find the key by `kid` never needed them.
 */
function certificateThumbprints(pem, key) {
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    const own = blocks.map(readCertificate).find((certificate) => certificate.checkPrivateKey(key));
    return own && { x5t: createHash('sha1').update(own.raw).digest('base64url'), 'x5t#S256': createHash('sha256').update(own.raw).digest('base64url') };
}
function readCertificate(block) {
    try {
        return new X509Certificate(block);
    }
    catch {
        throw new InputError('private-key', 'holds a CERTIFICATE block that could not be read; check that the whole block was copied');
    }
}
function keyKindOf(key) {
    switch (key.asymmetricKeyType) {
        case 'rsa':
        case 'rsa-pss':
            return key.asymmetricKeyType;
        case 'ec':
            return key.asymmetricKeyDetails?.namedCurve === 'prime256v1' ? 'p256' : 'other';
        default:
            return 'other';
    }
}
/** RS256 for RSA (RFC 7518 §3.1 "Recommended+"), PS256 for an RSA-PSS-only key, ES256 for P-256. */
function defaultAlgorithm(key) {
    const defaults = { rsa: 'RS256', 'rsa-pss': 'PS256', p256: 'ES256', other: undefined };
    const alg = defaults[keyKindOf(key)];
    if (!alg)
        throw new InputError('private-key', `must be an RSA or EC P-256 key (got ${describeKey(key)})`);
    return alg;
}
/** The algorithms each kind of key can sign with (RFC 7518 §3.3-3.5). */
const ALGORITHMS_FOR = {
    rsa: ['RS256', 'PS256'],
    'rsa-pss': ['PS256'],
    p256: ['ES256'],
    other: []
};
function checkAlgorithmFitsKey(alg, key) {
    const kind = keyKindOf(key);
    if (alg === 'HS256' || !ALGORITHMS_FOR[kind].includes(alg)) {
        throw new InputError('signing-algorithm', `"${alg}" does not fit the private key (${describeKey(key)}); use RS256 or PS256 with an RSA key, ES256 with an EC P-256 key`);
    }
    const bits = key.asymmetricKeyDetails?.modulusLength;
    if ((kind === 'rsa' || kind === 'rsa-pss') && bits !== undefined && bits < MIN_RSA_BITS) {
        throw new InputError('private-key', `is a ${bits}-bit RSA key; RFC 7518 §3.3 requires at least ${MIN_RSA_BITS} bits`);
    }
    if (kind === 'rsa-pss')
        checkPssRestrictions(key);
    return alg;
}
/**
 * An RSA-PSS key may carry the parameters it signs with: PS256 is SHA-256 with MGF1-SHA-256
 * and a 32-byte salt (RFC 7518 §3.5). Another hash would sign something no PS256 verifier
 * accepts (MGF1-SHA-1 even without an error), and a larger minimum salt fails in OpenSSL.
 */
function checkPssRestrictions(key) {
    const { hashAlgorithm, mgf1HashAlgorithm, saltLength } = key.asymmetricKeyDetails ?? {};
    const fits = [hashAlgorithm, mgf1HashAlgorithm].every((hash) => hash === undefined || hash === 'sha256') && (saltLength === undefined || saltLength <= 32);
    if (!fits) {
        throw new InputError('private-key', `is an RSA-PSS key restricted to parameters PS256 cannot use (hash ${hashAlgorithm}, MGF1 ${mgf1HashAlgorithm}, salt ${saltLength}); PS256 needs SHA-256 and a salt of 32 bytes`);
    }
}
function describeKey(key) {
    const details = key.asymmetricKeyDetails;
    if (details?.namedCurve)
        return `${key.asymmetricKeyType} ${details.namedCurve}`;
    if (details?.modulusLength)
        return `${key.asymmetricKeyType} ${details.modulusLength}-bit`;
    return String(key.asymmetricKeyType);
}
