export const id = 898;
export const ids = [898];
export const modules = {

/***/ 898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REVOCATION_STATE: () => (/* binding */ REVOCATION_STATE),
  readRevocationState: () => (/* binding */ readRevocationState),
  saveRevocationState: () => (/* binding */ saveRevocationState)
});

// EXTERNAL MODULE: ./src/core/plan.ts + 2 modules
var plan = __webpack_require__(247);
;// CONCATENATED MODULE: ./src/action/saved-state.ts
/**
 * The state saved as `name`, or undefined when the main step saved none. Throws an error
 * whose message never quotes the state (it may hold tokens, and `JSON.parse` quotes the
 * text it fails on) when the state is not what `isValid` expects.
 */
function readSavedState(core, name, isValid) {
    const saved = core.getState(name);
    if (!saved)
        return undefined;
    let value;
    try {
        value = JSON.parse(saved);
    }
    catch {
        // reported below, without the text
    }
    if (!isValid(value))
        throw new Error(`the saved state "${name}" is not what the main step writes`);
    return value;
}

;// CONCATENATED MODULE: ./src/action/revocation-state.ts


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
    return readSavedState(core, REVOCATION_STATE, isRevocationState);
}
function isRevocationState(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const state = value;
    const optionalString = (field) => field === undefined || typeof field === 'string';
    return (isUrl(state.revocationEndpoint) &&
        isUrl(state.tokenEndpoint) &&
        typeof state.accessToken === 'string' &&
        (state.expiresAt === undefined || (typeof state.expiresAt === 'string' && !Number.isNaN(Date.parse(state.expiresAt)))) &&
        optionalString(state.refreshToken) &&
        (state.clientAuth === undefined || plan/* CLIENT_AUTH_METHODS */.wJ.includes(state.clientAuth)));
}
function isUrl(value) {
    return typeof value === 'string' && URL.canParse(value);
}


/***/ })

};
