export const id = 622;
export const ids = [622];
export const modules = {

/***/ 3622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signClientAssertion: () => (/* binding */ signClientAssertion)
/* harmony export */ });
/* unused harmony export ASSERTION_LIFETIME_SECONDS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Compact JWS signing with `node:crypto` for client assertions
 * (RFC 7515, RFC 7518 §3, RFC 7523 §3).
 */


/** How long a signed client assertion stays valid: long enough for clock skew and retries. */
const ASSERTION_LIFETIME_SECONDS = 300;
/**
 * Signs a client assertion: `iss` = `sub` = client id, `aud` = token endpoint, a unique
 * `jti`, `iat`, and `exp` a few minutes ahead (RFC 7523 §3; OpenID Connect Core §9).
 */
function signClientAssertion(request) {
    const iat = request.now ?? Math.floor(Date.now() / 1000);
    const claims = {
        iss: request.clientId,
        sub: request.clientId,
        aud: request.audience,
        jti: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        iat,
        exp: iat + ASSERTION_LIFETIME_SECONDS
    };
    if ('secret' in request.key) {
        return signJwt(claims, { alg: 'HS256', secret: request.key.secret, keyId: request.keyId });
    }
    const privateKey = parsePrivateKey(request.key.privateKeyPem);
    const alg = request.algorithm ?? defaultAlgorithm(privateKey);
    checkAlgorithmFitsKey(alg, privateKey);
    return signJwt(claims, { alg, privateKey, keyId: request.keyId });
}
/** RFC 7515 §7.1 compact serialization. */
function signJwt(claims, key) {
    const header = { alg: key.alg, typ: 'JWT', ...(key.keyId ? { kid: key.keyId } : {}) };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    return `${signingInput}.${signature(signingInput, key).toString('base64url')}`;
}
/** RFC 7518 §3.2 (HMAC), §3.3 (RSASSA-PKCS1-v1_5), §3.4 (ECDSA, raw r||s), §3.5 (RSASSA-PSS). */
function signature(signingInput, key) {
    const data = Buffer.from(signingInput);
    if ('secret' in key)
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key.secret).update(data).digest();
    switch (key.alg) {
        case 'PS256':
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, { key: key.privateKey, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
        case 'ES256':
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
        default:
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, key.privateKey);
    }
}
function base64url(text) {
    return Buffer.from(text).toString('base64url');
}
function parsePrivateKey(pem) {
    if (!pem.includes('-----BEGIN') || !pem.includes('PRIVATE KEY-----')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('private-key', 'must be a PEM private key ("-----BEGIN PRIVATE KEY-----", RSA or EC)');
    }
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        // The crypto error text may quote the key material, so it is not passed on.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('private-key', 'could not be read as a PEM private key (RSA or EC, unencrypted)');
    }
}
function defaultAlgorithm(key) {
    if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss')
        return 'RS256';
    if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
        return 'ES256';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('private-key', `must be an RSA or P-256 EC key (got ${describeKey(key)})`);
}
function checkAlgorithmFitsKey(alg, key) {
    const isRsa = key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss';
    const isP256 = key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
    const fits = alg === 'ES256' ? isP256 : alg !== 'HS256' && isRsa;
    if (!fits) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('signing-algorithm', `"${alg}" does not fit the private key (${describeKey(key)}); use RS256 or PS256 for RSA, ES256 for P-256`);
    }
}
function describeKey(key) {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    return curve ? `${key.asymmetricKeyType} ${curve}` : String(key.asymmetricKeyType);
}


/***/ })

};
