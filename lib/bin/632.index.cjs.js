"use strict";
exports.id = 632;
exports.ids = [632];
exports.modules = {

/***/ 632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkRenewable: () => (/* binding */ checkRenewable),
  createRenewingSource: () => (/* binding */ createRenewingSource),
  createTokenSource: () => (/* binding */ createTokenSource),
  obtainToken: () => (/* binding */ obtainToken)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: ./src/core/context.ts
var context = __webpack_require__(480);
// EXTERNAL MODULE: ./src/core/endpoints.ts
var core_endpoints = __webpack_require__(569);
// EXTERNAL MODULE: ./src/core/neutralize.ts
var neutralize = __webpack_require__(248);
// EXTERNAL MODULE: ./src/core/response.ts
var core_response = __webpack_require__(984);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(253);
// EXTERNAL MODULE: ./src/core/token-request.ts
var token_request = __webpack_require__(990);
// EXTERNAL MODULE: ./src/core/urls.ts
var urls = __webpack_require__(221);
;// CONCATENATED MODULE: ./src/core/get-token.ts
/**
 * The token request end to end: discover, build, send with retries, parse.
 */








/**
 * Gets an access token as `options` describe (RFC 6749 §4.3, §4.4, §6; RFC 8693 §2;
 * RFC 7523 §2), with the endpoints that were used.
 *
 * @throws `InputError` for bad options (and a missing revocation endpoint), before any request.
 * @throws {@link TokenRequestError} when the server refuses or cannot be reached; a
 *   refusal (HTTP 4xx) carries a `hint` when it is a well-known one, and the claims of
 *   the CI OIDC token the request presented as `federatedClaims` (also given to
 *   `runtime.debug` on success).
 */
function requestToken(options, runtime = {}, settings = {}) {
    return (0,context/* withRunContext */.F)(options, runtime, async (planned, { secrets, http, debug, now, policy, presented }) => {
        const retryPolicy = policy(planned);
        const redact = (text) => secrets.redact(text);
        const endpoints = await (0,core_endpoints/* resolveEndpoints */.$K)(planned, http.send, retryPolicy, settings.requireRevocationEndpoint, redact);
        const { tokenEndpoint, revocationEndpoint } = endpoints;
        const plan = { ...planned, clientAuth: (0,core_endpoints/* clientAuthAfterDiscovery */._2)(planned, endpoints.tokenEndpointAuthMethods, debug) };
        const request = await (0,token_request/* buildTokenRequest */.Xl)(plan, tokenEndpoint, secrets);
        debug(`POST ${(0,urls/* shownUrl */.z)(tokenEndpoint, redact)}: grant ${secrets.redactValue(plan.grant.name)}, client auth ${plan.clientAuth}, ${plan.bodyFormat} body`);
        const { response, attempts } = await (0,retry/* sendWithRetries */.HI)(http.send, request, retryPolicy);
        const contentType = (0,neutralize/* foreignText */.qk)(response.headers['content-type'], redact) ?? 'no content type';
        debug(`Token endpoint answered HTTP ${response.status} (${contentType}) after ${attempts} attempt(s)`);
        let token;
        try {
            token = (0,core_response/* parseTokenResponse */.Ac)(response, now(), redact, plan.preset.responseAliases);
        }
        catch (error) {
            const shown = (value) => (0,neutralize/* neutralize */.YI)(secrets.redactValue(value));
            throw error instanceof errors/* TokenRequestError */.Nj ? await explained((0,retry/* withAttempts */.dP)(error, attempts), { plan, presented, shown }, now()) : error;
        }
        for (const secret of [token.accessToken, token.refreshToken, token.idToken])
            secrets.add(secret);
        if (presented)
            debug((await __webpack_require__.e(/* import() | claims */ 228).then(__webpack_require__.bind(__webpack_require__, 121))).describePresentedToken(presented, now()));
        return { token, plan, tokenEndpoint, revocationEndpoint };
    });
}
/** A refusal (HTTP 4xx) with its hint and the claims of the CI token presented; other errors as they are. */
async function explained(error, request, nowMs) {
    if (error.status === undefined || error.status < 400 || error.status >= 500)
        return error;
    // Loaded only when a request is refused.
    // One chunk with the claims code (webpackChunkName), which the hints use too: each bundle holds it once.
    const { explainRefusal } = await __webpack_require__.e(/* import() | claims */ 228).then(__webpack_require__.bind(__webpack_require__, 73));
    return explainRefusal(error, request, nowMs);
}
/**
 * Gets an access token (CONTRACT.md, "Library").
 *
 * @example
 * const token = await getToken({ provider: 'crayon', clientId, clientSecret, username, password });
 */
async function getToken(options, runtime = {}) {
    return (await requestToken(options, runtime)).token;
}

// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(483);
// EXTERNAL MODULE: ./src/core/renewal.ts
var renewal = __webpack_require__(239);
;// CONCATENATED MODULE: ./src/core/token-source.ts
/**
 * A token kept valid for a long-running program (CONTRACT.md, "Library"): held while it
 * is outside the refresh margin, renewed with the refresh token (RFC 6749 §6) when there
 * is one, else (or when the server refuses it) with the original grant, one request at a
 * time however many callers wait.
 */




/**
 * Creates a {@link TokenSource} for `options` (RFC 6749 §6 refresh; RFC 8693 / RFC 7523
 * grants are repeated, asking the runner for a fresh OIDC ID token each time
 * `githubOidcAudience` is used). Concurrent {@link TokenSource.token} calls share one
 * request; a failed renewal rejects the callers waiting on it and the next call tries again.
 *
 * @example
 * const source = createTokenSource({ tokenUrl, clientId, clientSecret, refreshMarginSeconds: 120 });
 * const { accessToken } = await source.token(); // before every API call: cheap while it is valid
 *
 * @throws `InputError` (from `token()`) for bad options, before any request.
 */
function createTokenSource(options, runtime = {}) {
    return createRenewingSource(options, runtime);
}
/** {@link createTokenSource}, optionally starting from a token obtained elsewhere (the action's first token). */
function createRenewingSource(options, runtime = {}, initial) {
    const { refreshMarginSeconds, maxAgeSeconds, ...tokenOptions } = options;
    const marginMs = (0,renewal/* durationMsOf */.aw)('refresh-margin-seconds', refreshMarginSeconds, renewal/* DEFAULT_REFRESH_MARGIN_SECONDS */.ji);
    const maxAgeMs = (0,renewal/* durationMsOf */.aw)('max-age-seconds', maxAgeSeconds);
    const now = runtime.now ?? Date.now;
    let current = initial;
    let pending;
    const renew = async () => {
        const { token, tokenEndpoint, revocationEndpoint } = await obtainToken(tokenOptions, current?.token.refreshToken, runtime);
        current = { token, tokenEndpoint, revocationEndpoint, obtainedAt: now() };
        return token;
    };
    const dueAt = () => (current ? (0,renewal/* renewalDueAt */.ge)(current.token, current.obtainedAt, marginMs, maxAgeMs) : undefined);
    return {
        token() {
            const due = dueAt();
            if (current && (due === undefined || now() < due))
                return Promise.resolve(current.token);
            pending ??= renew().finally(() => (pending = undefined));
            return pending;
        },
        async revoke() {
            const held = current;
            if (!held)
                return [];
            const { revocationEndpoint, tokenEndpoint, token } = held;
            if (!revocationEndpoint)
                throw new errors/* InputError */.dz('revocation-url', 'is required to revoke: the server published no revocation endpoint');
            current = undefined;
            // The revocation code loads only for a source that revokes.
            const { revokeTokens } = await Promise.all(/* import() | revoke */[__webpack_require__.e(127), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 733));
            return revokeTokens(tokenOptions, { revocationEndpoint, tokenEndpoint, accessToken: token.accessToken, refreshToken: token.refreshToken }, runtime);
        },
        renewalDueAt: dueAt,
        held: () => current
    };
}
/**
 * A new token: with `refreshToken` first (RFC 6749 §6), falling back to the original grant
 * of `options` when the server refuses it (`invalid_grant`, RFC 6749 §5.2) or there is none.
 * A refresh answer without a new refresh token keeps the old one (RFC 6749 §6 lets the
 * server keep it valid).
 */
async function obtainToken(options, refreshToken, runtime) {
    if (refreshToken) {
        try {
            const result = await requestToken(await refreshOptions(options, refreshToken), runtime);
            if (!result.token.refreshToken)
                result.token.refreshToken = refreshToken;
            return result;
        }
        catch (error) {
            if (!(error instanceof errors/* TokenRequestError */.Nj && error.error === 'invalid_grant'))
                throw error;
            runtime.debug?.('The refresh token was refused (invalid_grant): renewing with the original grant');
        }
    }
    return requestToken(options, runtime);
}
/** Options of the original grant that a refresh request (RFC 6749 §6) does not send. */
const GRANT_ONLY_OPTIONS = ['username', 'password', 'subjectToken', 'subjectTokenType', 'actorToken', 'actorTokenType', 'requestedTokenType', 'assertion'];
/**
 * The refresh request of `options`: the same client, endpoint and scope, the grant's own
 * inputs left out, and the job's OIDC token asked for only if the client still needs it.
 */
async function refreshOptions(options, refreshToken) {
    const refresh = { ...options, grantType: 'refresh_token', refreshToken };
    for (const option of GRANT_ONLY_OPTIONS)
        delete refresh[option];
    if (refresh.githubOidcAudience && (await __webpack_require__.e(/* import() */ 378).then(__webpack_require__.bind(__webpack_require__, 378))).federatedSlots(refresh).length === 0)
        delete refresh.githubOidcAudience;
    return refresh;
}
/**
 * Fails, naming the input, when `options` cannot be renewed without a person: a
 * one-shot token given by value (a subject token, an assertion, a client assertion),
 * which expires and may not be replayed, and no refresh token to use instead; or a
 * `refresh-margin-seconds` that is not a duration (checked here, before any request,
 * rather than first in a renewer that runs apart).
 */
function checkRenewable(options, feature) {
    (0,renewal/* durationMsOf */.aw)('refresh-margin-seconds', options.refreshMarginSeconds);
    if (options.refreshToken)
        return;
    const oneShot = ['subjectToken', 'assertion', 'clientAssertion'].find((option) => options[option]);
    if (!oneShot)
        return;
    throw new errors/* InputError */.dz((0,names/* inputNameOf */.rB)(oneShot), `is a one-shot token given by value, which ${feature} cannot use again to renew; use github-oidc-audience (a fresh OIDC token each time), a private-key or a refresh-token instead`);
}


/***/ })

};
;