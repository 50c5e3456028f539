"use strict";
exports.id = 378;
exports.ids = [378];
exports.modules = {

/***/ 378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   federatedSlots: () => (/* binding */ federatedSlots),
/* harmony export */   withFederatedToken: () => (/* binding */ withFederatedToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _grants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(612);
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(248);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(247);
/**
 * Secretless CI: the job's GitHub OIDC ID token stands in for whichever of subject
 * token (RFC 8693 §2.1), assertion (RFC 7523 §2.1) or client assertion (RFC 7523 §2.2)
 * the request needs and was not given.
 */




/** What the runner sets only for a job with `permissions: id-token: write`. */
const ID_TOKEN_REQUEST_URL_VAR = 'ACTIONS_ID_TOKEN_REQUEST_URL';
/** The failure of a job without `id-token: write`, saying how to grant it. */
const MISSING_PERMISSION_PROBLEM = `needs the job's OIDC ID token, but ${ID_TOKEN_REQUEST_URL_VAR} is not set: the job lacks "permissions: id-token: write". ` +
    'Add "permissions: { id-token: write, contents: read }" to the job (or the workflow); ' +
    'a pull request from a fork does not get it by default';
/**
 * Which options the federated token fills, given what is already there: the grant's
 * own token, and the client assertion when the client authenticates with a JWT it was
 * not given (explicit `private_key_jwt`, or `generic` client credentials with no secret).
 */
function federatedSlots(options) {
    const preset = (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .presetOf */ .jE)(options.provider);
    const grant = (0,_grants_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGrantType */ .oS)(options.grantType ?? preset.grantType);
    const slots = [];
    if (grant.known === 'token_exchange' && !options.subjectToken)
        slots.push('subjectToken');
    if (grant.known === 'jwt_bearer' && !options.assertion)
        slots.push('assertion');
    const hasClientKey = options.clientAssertion || options.privateKey;
    if (!hasClientKey && (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseClientAuth */ .ZS)(options, preset, grant) === 'private_key_jwt')
        slots.push('clientAssertion');
    return slots;
}
/**
 * `options` with the job's ID token filled in where it is needed. Everything else is
 * validated first with `validate` (a stand-in token in the slots), so a bad input fails
 * before the runner is asked for a token; the token is handed to `onToken` (to mask
 * it) before it is used. `redact` removes secrets from the text of an unexpected
 * failure of `source`.
 */
async function withFederatedToken(options, source, onToken, validate = _plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planTokenRequest */ .Gu, redact = (text) => text) {
    const audience = options.githubOidcAudience;
    if (!audience)
        return options;
    const slots = federatedSlots(options);
    if (slots.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('github-oidc-audience', 'is given but nothing uses it: subject-token, assertion and client-assertion are given or not needed');
    }
    await validate(filled(options, slots, 'placeholder.federated.token'));
    if (!process.env[ID_TOKEN_REQUEST_URL_VAR])
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('github-oidc-audience', MISSING_PERMISSION_PROBLEM);
    const idToken = await fetchIdToken(source, audience, redact);
    onToken(idToken);
    return filled(options, slots, idToken);
}
function filled(options, slots, token) {
    const result = { ...options };
    for (const slot of slots)
        result[slot] = token;
    return result;
}
/**
 * Asks `source`, turning any failure into one line that names the input: a
 * {@link TokenRequestError}, since the runner's endpoint refused or could not be reached.
 */
async function fetchIdToken(source, audience, redact) {
    const failure = (reason, status, code = 'HTTP_ERROR') => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`Could not get the job's OIDC ID token for input "github-oidc-audience": ${reason}`, { code, status });
    let token;
    try {
        token = await source(audience);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
            throw error;
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj)
            throw failure(error.message, error.status, error.code);
        throw failure((0,_neutralize_js__WEBPACK_IMPORTED_MODULE_3__/* .foreignText */ .qk)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error), redact) ?? 'failed');
    }
    if (typeof token !== 'string' || token.split('.').length !== 3)
        throw failure("the runner's answer holds no JWT", undefined, 'INVALID_RESPONSE');
    return token;
}


/***/ })

};
;