"use strict";
exports.id = 638;
exports.ids = [638];
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
    const outcomes = await (0,_core_revoke_js__WEBPACK_IMPORTED_MODULE_0__/* .revokeAtEndpoints */ .wl)(command.options, { accessToken: command.accessToken, refreshToken: command.options.refreshToken }, runtime);
    for (const outcome of outcomes) {
        const what = (0,_core_revoke_js__WEBPACK_IMPORTED_MODULE_0__/* .revokedTokenName */ .l4)(outcome.tokenTypeHint);
        report(outcome.revoked ? `revoked the ${what}` : `could not revoke the ${what}: ${outcome.detail}`);
    }
    return outcomes.every((outcome) => outcome.revoked);
}


/***/ })

};
;