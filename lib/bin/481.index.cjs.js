"use strict";
exports.id = 481;
exports.ids = [481];
exports.modules = {

/***/ 638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   revoke: () => (/* binding */ revoke)
/* harmony export */ });
/* harmony import */ var _core_revoke_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(733);
/**
 * `oauth-token revoke`: revokes the tokens a job used (RFC 7009), for GitLab's
 * `after_script` and Jenkins' `post`. Loaded only when that subcommand runs.
 */

/**
 * Revokes the command's tokens and reports each outcome as one stderr line; resolves to
 * whether the endpoint accepted every token (exit 0) or not (exit 1).
 */
async function revoke(command, runtime, report) {
    const outcomes = await (0,_core_revoke_js__WEBPACK_IMPORTED_MODULE_0__/* .revokeAtEndpoints */ .w)(command.options, { accessToken: command.accessToken, refreshToken: command.options.refreshToken }, runtime);
    for (const outcome of outcomes) {
        const what = (0,_core_revoke_js__WEBPACK_IMPORTED_MODULE_0__/* .revokedTokenName */ .l)(outcome.tokenTypeHint);
        report(outcome.revoked ? `revoked the ${what}` : `could not revoke the ${what}: ${outcome.detail}`);
    }
    return outcomes.every((outcome) => outcome.revoked);
}


/***/ }),

/***/ 733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ revokedTokenName),
/* harmony export */   revokeTokens: () => (/* binding */ revokeTokens),
/* harmony export */   w: () => (/* binding */ revokeAtEndpoints)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(480);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(569);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(296);
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(248);
/* harmony import */ var _response_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(984);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(253);
/* harmony import */ var _token_request_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(990);
/* harmony import */ var _grants_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(612);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(247);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(221);
/**
 * Token revocation (RFC 7009), authenticating the client the same way as the token
 * request did.
 */










/** `access token` or `refresh token`: how a message names the token of an outcome. */
function revokedTokenName(tokenTypeHint) {
    return tokenTypeHint.replace('_', ' ');
}
/**
 * Revokes the refresh token first (RFC 7009 §2.1: that may invalidate the access token
 * too) and then the access token, each with a `token_type_hint` (RFC 7009 §2.1) and the
 * client authentication of `options`. Any 2xx answer counts as revoked: RFC 7009 §2.2
 * answers 200 for an unknown or expired token too.
 *
 * Never throws for a server's refusal or a network failure: each outcome says what
 * happened, for a warning. Bad `options` still throw an `InputError`.
 */
function revokeTokens(options, target, runtime = {}) {
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withRunContext */ .F)(options, runtime, (planned, context) => revokeEach({ ...planned, clientAuth: target.clientAuth ?? planned.clientAuth }, context, target));
}
/**
 * {@link revokeTokens} at the endpoints `options` name (`revocation-url`, `token-url`)
 * or the issuer's metadata gives (RFC 8414 §2 `revocation_endpoint`), with the client
 * authentication a token request would choose: what the CLI's `revoke` does, with
 * nothing saved from the token request.
 *
 * @throws `InputError` for bad options or no revocation endpoint, before any revocation request.
 * @throws `TokenRequestError` when discovery fails.
 */
async function revokeAtEndpoints(options, tokens, runtime = {}) {
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withRunContext */ .F)(requestOptionsOf(options), runtime, async (planned, context) => {
        for (const token of [tokens.accessToken, tokens.refreshToken])
            context.secrets.add(token);
        const endpoints = await (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveEndpoints */ .$K)(planned, context.http.send, context.policy(planned), false, (text) => context.secrets.redact(text));
        const { tokenEndpoint, revocationEndpoint } = endpoints;
        if (!revocationEndpoint)
            throw (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .noRevocationEndpoint */ .XS)('to revoke a token', planned.issuer);
        const plan = { ...planned, clientAuth: (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .clientAuthAfterDiscovery */ ._2)(planned, endpoints.tokenEndpointAuthMethods, context.debug) };
        return revokeEach(plan, context, { ...tokens, tokenEndpoint, revocationEndpoint });
    });
}
/**
 * `options` as the token request took them: a refresh token being revoked is an input of
 * that request only when its grant was refresh_token (RFC 6749 §6).
 */
function requestOptionsOf(options) {
    const grant = (0,_grants_js__WEBPACK_IMPORTED_MODULE_6__/* .parseGrantType */ .oS)(options.grantType ?? (0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .presetOf */ .jE)(options.provider).grantType);
    return grant.known === 'refresh_token' ? options : { ...options, refreshToken: undefined };
}
async function revokeEach(plan, { secrets, http, debug, policy }, target) {
    const tokens = [
        ['refresh_token', target.refreshToken],
        ['access_token', target.accessToken]
    ];
    for (const [, token] of tokens)
        secrets.add(token);
    const redact = (text) => secrets.redact(text);
    const outcomes = [];
    for (const [tokenTypeHint, token] of tokens) {
        if (!token)
            continue;
        const params = [
            ['token', token],
            ['token_type_hint', tokenTypeHint]
        ];
        // RFC 7009 §2.1 defines a form body, whatever the token request's format.
        const request = await (0,_token_request_js__WEBPACK_IMPORTED_MODULE_5__/* .buildAuthenticatedPost */ .wP)(plan, target.revocationEndpoint, params, 'form', secrets, target.tokenEndpoint);
        debug(`POST ${(0,_urls_js__WEBPACK_IMPORTED_MODULE_8__/* .shownUrl */ .z)(target.revocationEndpoint, redact)}: revoke the ${revokedTokenName(tokenTypeHint)}, client auth ${plan.clientAuth}`);
        try {
            const { response } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .sendWithRetries */ .HI)(http.send, request, policy(plan));
            debug(`Revocation endpoint answered HTTP ${response.status}`);
            const revoked = response.status >= 200 && response.status < 300;
            outcomes.push({ tokenTypeHint, revoked, detail: revoked ? 'revoked' : refusal(response, redact) });
        }
        catch (error) {
            // A TokenRequestError's server parts are already redacted; any other error's text is not ours.
            const detail = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TokenRequestError */ .Nj ? error.message : ((0,_neutralize_js__WEBPACK_IMPORTED_MODULE_9__/* .foreignText */ .qk)(String(error), redact) ?? 'failed');
            outcomes.push({ tokenTypeHint, revoked: false, detail });
        }
    }
    return outcomes;
}
/** One line for a refused revocation: status, then the RFC 7009 §2.2.1 error or the content type. */
function refusal(response, redact) {
    const { detail } = (0,_response_js__WEBPACK_IMPORTED_MODULE_3__/* .oauthErrorOf */ .zi)((0,_response_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonObject */ .dw)(response), redact);
    if (detail)
        return `revocation endpoint answered HTTP ${response.status}: ${detail}`;
    const contentType = (0,_response_js__WEBPACK_IMPORTED_MODULE_3__/* .mediaTypeOf */ .c0)(response, redact);
    return `revocation endpoint answered HTTP ${response.status}${contentType ? ` (${contentType})` : ''}`;
}


/***/ })

};
;