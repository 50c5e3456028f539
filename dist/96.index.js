export const id = 96;
export const ids = [96];
export const modules = {

/***/ 96:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REVOCATION_STATE: () => (/* binding */ REVOCATION_STATE),
/* harmony export */   readRevocationState: () => (/* binding */ readRevocationState),
/* harmony export */   saveRevocationState: () => (/* binding */ saveRevocationState)
/* harmony export */ });
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(247);

/** The name under which the state is saved (`STATE_revocation` in the post step). */
const REVOCATION_STATE = 'revocation';
/** Saves what revocation needs; called as soon as the token is obtained. */
function saveRevocationState(core, { token, tokenEndpoint, revocationEndpoint, plan }) {
    const state = {
        revocationEndpoint: revocationEndpoint.href,
        tokenEndpoint: tokenEndpoint.href,
        accessToken: token.accessToken,
        expiresAt: token.expiresAt,
        refreshToken: token.refreshToken,
        clientAuth: plan.clientAuth
    };
    core.saveState(REVOCATION_STATE, JSON.stringify(state));
}
/**
 * The saved state, or undefined when the main step saved none. Throws an error whose
 * message never quotes the state (it holds tokens) when the state is not ours.
 */
function readRevocationState(core) {
    const saved = core.getState(REVOCATION_STATE);
    if (!saved)
        return undefined;
    let value;
    try {
        value = JSON.parse(saved);
    }
    catch {
        // JSON.parse quotes the text it fails on: never show it.
    }
    if (!isRevocationState(value))
        throw new Error(`the saved state "${REVOCATION_STATE}" is not what the main step writes`);
    return value;
}
function isRevocationState(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const state = value;
    const optionalString = (field) => field === undefined || typeof field === 'string';
    return (isUrl(state.revocationEndpoint) &&
        isUrl(state.tokenEndpoint) &&
        typeof state.accessToken === 'string' &&
        optionalString(state.expiresAt) &&
        optionalString(state.refreshToken) &&
        (state.clientAuth === undefined || _core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .CLIENT_AUTH_METHODS */ .wJ.includes(state.clientAuth)));
}
function isUrl(value) {
    return typeof value === 'string' && URL.canParse(value);
}


/***/ })

};
