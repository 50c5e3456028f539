"use strict";
exports.id = 228;
exports.ids = [228];
exports.modules = {

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


/***/ }),

/***/ 73:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainRefusal: () => (/* binding */ explainRefusal)
/* harmony export */ });
/* unused harmony export HINTS */
/* harmony import */ var _client_auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(975);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(296);
/* harmony import */ var _federated_claims_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(121);
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(248);
/**
 * Hints for well-known refusals: a table that maps a server's answer (RFC 6749 §5.2
 * `error`, Entra ID's `AADSTS` codes in `error_description`, a bare 401/403) to one line
 * saying what to fix and where. The first row that matches gives the hint; none is given
 * when no row matches. Loaded only when a request is refused.
 */




const entraCode = (refusal, codes) => codes.test(refusal.errorDescription ?? '');
const sentParam = (refusal, name) => refusal.plan.params.find(([param]) => param === name)?.[1];
const shown = (refusal, value) => (refusal.shown ?? _neutralize_js__WEBPACK_IMPORTED_MODULE_3__/* .neutralize */ .YI)(value);
/** The Basic encodings that would send these credentials differently. */
function encodingsDiffer({ credentials }) {
    const values = [credentials.clientId ?? '', credentials.clientSecret ?? ''];
    return values.some((value) => _client_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .BASIC_ENCODERS */ .Fp['form-urlencoded'](value) !== _client_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .BASIC_ENCODERS */ .Fp.raw(value));
}
/** The token's `sub` and `aud`, when the request presented one. */
function subjectAndAudience(presented) {
    if (!presented)
        return "the token's sub and aud";
    return `sub "${(0,_federated_claims_js__WEBPACK_IMPORTED_MODULE_2__.claimText)(presented.claims, 'sub') ?? ''}" and aud "${(0,_federated_claims_js__WEBPACK_IMPORTED_MODULE_2__.claimText)(presented.claims, 'aud') ?? ''}"`;
}
const HINTS = [
    {
        name: 'Entra ID AADSTS700213 / AADSTS70021: no federated credential matches',
        matches: (refusal) => entraCode(refusal, /\bAADSTS(700213|70021)\b/),
        hint: (refusal) => `no federated credential of the Entra ID app matches ${subjectAndAudience(refusal.presented)}; add one with exactly these values in the Azure portal: App registrations > the app > Certificates & secrets > Federated credentials`
    },
    {
        name: 'Entra ID AADSTS700024: assertion outside its valid time range',
        matches: (refusal) => entraCode(refusal, /\bAADSTS700024\b/),
        hint: () => 'the assertion has expired or is not valid yet: mint it right before this step (a client-assertion or assertion stored in a secret goes stale), and check the clock of the machine that signs it'
    },
    {
        name: 'Entra ID AADSTS7000215: invalid client secret',
        matches: (refusal) => entraCode(refusal, /\bAADSTS7000215\b/),
        hint: () => "Entra ID refused the client secret: it has expired, or the secret's ID was stored instead of its Value; create a new one under App registrations > the app > Certificates & secrets and store its Value in the secret behind client-secret"
    },
    {
        name: 'client_secret_basic refused, with credentials the two Basic encodings send differently',
        matches: (refusal) => refusal.plan.clientAuth === 'client_secret_basic' &&
            (refusal.error === 'invalid_client' || (refusal.error === undefined && (refusal.status === 401 || refusal.status === 403))) &&
            encodingsDiffer(refusal.plan),
        hint: ({ plan }) => {
            const other = plan.basicEncoding === 'raw' ? 'form-urlencoded' : 'raw';
            return `the client id or secret holds a character (such as : + % / or a space) that the two Basic encodings send differently, and servers disagree on which to expect; try basic-encoding: ${other} (now ${plan.basicEncoding}), or client-auth: client_secret_post`;
        }
    },
    {
        name: 'unsupported_grant_type',
        matches: (refusal) => refusal.error === 'unsupported_grant_type',
        hint: (refusal) => `the server does not support grant_type "${shown(refusal, refusal.plan.grant.wire)}": check grant-type, and that the server (its admin console or configuration) has this grant enabled`
    },
    {
        name: 'unauthorized_client: the client may not use this grant',
        matches: (refusal) => refusal.error === 'unauthorized_client',
        hint: (refusal) => `the client is not allowed grant_type "${shown(refusal, refusal.plan.grant.wire)}": allow this grant type in the client's (application's) settings on the authorization server, or use a grant it allows`
    },
    {
        name: 'invalid_scope',
        matches: (refusal) => refusal.error === 'invalid_scope',
        hint: (refusal) => {
            const scope = sentParam(refusal, 'scope');
            return scope
                ? `the server refused scope "${shown(refusal, scope)}": ask only for scopes the client is granted (input scope), or grant them to the client on the server`
                : 'no scope was asked and the server has no default scope for this client: set input scope, or give the client a default scope on the server';
        }
    },
    {
        name: 'Auth0 access_denied for a missing audience',
        matches: (refusal) => refusal.error === 'access_denied' && /audience/i.test(refusal.errorDescription ?? '') && !sentParam(refusal, 'audience'),
        hint: () => "Auth0 issues a token for an API only: set input audience to the API's Identifier (Auth0 dashboard > Applications > APIs), or set a Default Audience in the tenant settings"
    }
];
/** The hint of the first row that matches `refusal`, if any. */
function hintFor(refusal) {
    return HINTS.find((row) => row.matches(refusal))?.hint(refusal);
}
/**
 * `error` (a refusal of the token request) with its hint and, when the request presented
 * a CI OIDC token, that token's claims line.
 */
function explainRefusal(error, refusal, nowMs) {
    const hint = hintFor({ ...refusal, status: error.status, error: error.error, errorDescription: error.errorDescription });
    const federatedClaims = refusal.presented ? (0,_federated_claims_js__WEBPACK_IMPORTED_MODULE_2__.describePresentedToken)(refusal.presented, nowMs) : undefined;
    if (!hint && !federatedClaims)
        return error;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TokenRequestError */ .Nj(error.message, { ...error, code: error.code, hint, federatedClaims });
}


/***/ })

};
;