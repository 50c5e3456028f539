export const id = 228;
export const ids = [228];
export const modules = {

/***/ 121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   claimText: () => (/* binding */ claimText),
/* harmony export */   describePresentedToken: () => (/* binding */ describePresentedToken),
/* harmony export */   presentedToken: () => (/* binding */ presentedToken)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(483);
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(248);
/* harmony import */ var _response_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(984);
/**
 * What a trust policy is matched against: the non-secret claims of the CI OIDC token a
 * request presents (the job's GitHub token via `github-oidc-audience`, or a token given
 * as `client-assertion`, `subject-token` or `assertion`), as one line for a refused
 * request (and for debug output). Never the token or its signature: only claims decoded
 * from its payload, each neutralised, since whoever minted the token chose them.
 */



/** Claims shown for every token, then those GitHub adds that trust policies match on. */
const SHOWN_CLAIMS = ['iss', 'sub', 'aud'];
const GITHUB_CLAIMS = ['repository', 'ref', 'environment', 'job_workflow_ref'];
/** Longest rendering of one claim. */
const MAX_CLAIM_LENGTH = 200;
/**
 * The CI token `options` present, decoded without checking its signature (only to show
 * it): the job's token when `github-oidc-audience` filled a slot the user left empty
 * (`given` are the options before that), else the first given JWT. Undefined when the
 * request presents none, or only tokens that are not JWTs.
 */
function presentedToken(options, given) {
    for (const option of _names_js__WEBPACK_IMPORTED_MODULE_1__/* .CI_TOKEN_OPTIONS */ .O7) {
        const claims = (0,_response_js__WEBPACK_IMPORTED_MODULE_0__/* .jwtClaims */ .vE)(options[option]);
        if (claims)
            return { source: given.githubOidcAudience && !given[option] ? 'github-oidc-audience' : (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .inputNameOf */ .rB)(option), claims };
    }
    return undefined;
}
/** One claim, neutralised; an array (`aud`) as its items joined with ", ". */
function claimText(claims, name) {
    const value = claims[name];
    if (value === undefined || value === null || value === '')
        return undefined;
    const text = Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' ? value : JSON.stringify(value);
    return (0,_neutralize_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralize */ .YI)(text, MAX_CLAIM_LENGTH);
}
/**
 * `Federated token (github-oidc-audience): iss "...", sub "...", aud "...", exp
 * 2026-01-01T00:00:00Z (expired 75 s ago), repository "...", ref "...", ...`: the
 * claims that are there, in that order.
 */
function describePresentedToken(token, nowMs) {
    const parts = [];
    for (const name of SHOWN_CLAIMS) {
        const text = claimText(token.claims, name);
        if (text !== undefined)
            parts.push(`${name} "${text}"`);
    }
    parts.push(expiryOf(token.claims.exp, nowMs));
    for (const name of GITHUB_CLAIMS) {
        const text = claimText(token.claims, name);
        if (text !== undefined)
            parts.push(`${name} "${text}"`);
    }
    return `Federated token (${token.source}): ${parts.join(', ')}`;
}
/** RFC 7519 §4.1.4 `exp`, and whether it has passed. */
function expiryOf(exp, nowMs) {
    if (typeof exp !== 'number' || !Number.isFinite(exp) || Math.abs(exp) > 8.64e12)
        return 'exp (none)';
    const at = (0,_response_js__WEBPACK_IMPORTED_MODULE_0__/* .isoInstant */ .j2)(exp * 1000);
    const seconds = Math.round(exp - nowMs / 1000);
    return seconds <= 0 ? `exp ${at} (expired ${-seconds} s ago)` : `exp ${at} (not expired: ${seconds} s left)`;
}


/***/ })

};
