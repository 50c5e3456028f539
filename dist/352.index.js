export const id = 352;
export const ids = [352];
export const modules = {

/***/ 352:
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
// EXTERNAL MODULE: ./src/core/get-token.ts
var get_token = __webpack_require__(683);
// EXTERNAL MODULE: ./src/core/federation.ts
var federation = __webpack_require__(378);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(483);
// EXTERNAL MODULE: ./src/core/numeral.ts
var numeral = __webpack_require__(341);
;// CONCATENATED MODULE: ./src/core/renewal.ts
/**
 * When a held token is due for renewal: the one rule that the library's token source,
 * the CLI's cache and `exec`, and the action's renewer share. No I/O and nothing heavy
 * imported, so a cache hit can ask it without loading the request machinery.
 */


/** Renew when less than this many seconds remain (or half the lifetime, if smaller). */
const DEFAULT_REFRESH_MARGIN_SECONDS = 60;
/**
 * When a token obtained at `obtainedAt` (epoch ms) enters its refresh margin: `marginMs`
 * before expiry, or half its lifetime before if that is less, so that a short-lived token
 * is still used for a while; for a token of unknown expiry, `maxAgeMs` after it was
 * obtained, or never (undefined).
 */
function renewalDueAt(token, obtainedAt, marginMs, maxAgeMs) {
    const expiresAt = token.expiresAt === undefined ? NaN : Date.parse(token.expiresAt);
    if (Number.isNaN(expiresAt))
        return maxAgeMs === undefined ? undefined : obtainedAt + maxAgeMs;
    const lifetime = Math.max(0, expiresAt - obtainedAt);
    return expiresAt - Math.min(marginMs, lifetime / 2);
}
/**
 * A duration option in seconds (`refresh-margin-seconds`, `maxAgeSeconds`), checked, in
 * ms: a number or a decimal numeral ({@link numberOf}), 0 or more; `fallbackSeconds` when unset.
 *
 * @throws {@link InputError} naming `input`, before any request.
 */
function durationMsOf(input, value, fallbackSeconds) {
    if (value === undefined || value === '')
        return fallbackSeconds === undefined ? undefined : fallbackSeconds * 1000;
    const seconds = (0,numeral/* numberOf */.r)(value);
    if (!Number.isFinite(seconds) || seconds < 0)
        throw new errors/* InputError */.dz(input, `must be a number of seconds, 0 or more (got "${value}")`);
    return seconds * 1000;
}

// EXTERNAL MODULE: ./src/core/context.ts
var context = __webpack_require__(480);
// EXTERNAL MODULE: ./src/core/endpoints.ts
var endpoints = __webpack_require__(569);
// EXTERNAL MODULE: ./src/core/neutralize.ts
var neutralize = __webpack_require__(248);
// EXTERNAL MODULE: ./src/core/response.ts
var core_response = __webpack_require__(984);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(253);
// EXTERNAL MODULE: ./src/core/token-request.ts
var token_request = __webpack_require__(990);
// EXTERNAL MODULE: ./src/core/grants.ts
var grants = __webpack_require__(612);
// EXTERNAL MODULE: ./src/core/plan.ts + 2 modules
var plan = __webpack_require__(247);
// EXTERNAL MODULE: ./src/core/urls.ts
var urls = __webpack_require__(221);
;// CONCATENATED MODULE: ./src/core/revoke.ts
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
    return (0,context/* withRunContext */.F)(options, runtime, (planned, context) => revokeEach({ ...planned, clientAuth: target.clientAuth ?? planned.clientAuth }, context, target));
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
    return withRunContext(requestOptionsOf(options), runtime, async (planned, context) => {
        for (const token of [tokens.accessToken, tokens.refreshToken])
            context.secrets.add(token);
        const endpoints = await resolveEndpoints(planned, context.http.send, context.policy(planned), false, (text) => context.secrets.redact(text));
        const { tokenEndpoint, revocationEndpoint } = endpoints;
        if (!revocationEndpoint)
            throw noRevocationEndpoint('to revoke a token', planned.issuer);
        const plan = { ...planned, clientAuth: clientAuthAfterDiscovery(planned, endpoints.tokenEndpointAuthMethods, context.debug) };
        return revokeEach(plan, context, { ...tokens, tokenEndpoint, revocationEndpoint });
    });
}
/**
 * `options` as the token request took them: a refresh token being revoked is an input of
 * that request only when its grant was refresh_token (RFC 6749 §6).
 */
function requestOptionsOf(options) {
    const grant = parseGrantType(options.grantType ?? presetOf(options.provider).grantType);
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
        const request = await (0,token_request/* buildAuthenticatedPost */.wP)(plan, target.revocationEndpoint, params, 'form', secrets, target.tokenEndpoint);
        debug(`POST ${(0,urls/* shownUrl */.z)(target.revocationEndpoint, redact)}: revoke the ${revokedTokenName(tokenTypeHint)}, client auth ${plan.clientAuth}`);
        try {
            const { response } = await (0,retry/* sendWithRetries */.HI)(http.send, request, policy(plan));
            debug(`Revocation endpoint answered HTTP ${response.status}`);
            const revoked = response.status >= 200 && response.status < 300;
            outcomes.push({ tokenTypeHint, revoked, detail: revoked ? 'revoked' : refusal(response, redact) });
        }
        catch (error) {
            // A TokenRequestError's server parts are already redacted; any other error's text is not ours.
            const detail = error instanceof errors/* TokenRequestError */.Nj ? error.message : ((0,neutralize/* foreignText */.qk)(String(error), redact) ?? 'failed');
            outcomes.push({ tokenTypeHint, revoked: false, detail });
        }
    }
    return outcomes;
}
/** One line for a refused revocation: status, then the RFC 7009 §2.2.1 error or the content type. */
function refusal(response, redact) {
    const { detail } = (0,core_response/* oauthErrorOf */.zi)((0,core_response/* parseJsonObject */.dw)(response), redact);
    if (detail)
        return `revocation endpoint answered HTTP ${response.status}: ${detail}`;
    const contentType = (0,core_response/* mediaTypeOf */.c0)(response, redact);
    return `revocation endpoint answered HTTP ${response.status}${contentType ? ` (${contentType})` : ''}`;
}

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
    const marginMs = durationMsOf('refresh-margin-seconds', refreshMarginSeconds, DEFAULT_REFRESH_MARGIN_SECONDS);
    const maxAgeMs = durationMsOf('max-age-seconds', maxAgeSeconds);
    const now = runtime.now ?? Date.now;
    let current = initial;
    let pending;
    const renew = async () => {
        const { token, tokenEndpoint, revocationEndpoint } = await obtainToken(tokenOptions, current?.token.refreshToken, runtime);
        current = { token, tokenEndpoint, revocationEndpoint, obtainedAt: now() };
        return token;
    };
    const dueAt = () => (current ? renewalDueAt(current.token, current.obtainedAt, marginMs, maxAgeMs) : undefined);
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
            const result = await (0,get_token/* requestToken */.F)(refreshOptions(options, refreshToken), runtime);
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
    return (0,get_token/* requestToken */.F)(options, runtime);
}
/** Options of the original grant that a refresh request (RFC 6749 §6) does not send. */
const GRANT_ONLY_OPTIONS = ['username', 'password', 'subjectToken', 'subjectTokenType', 'actorToken', 'actorTokenType', 'requestedTokenType', 'assertion'];
/**
 * The refresh request of `options`: the same client, endpoint and scope, the grant's own
 * inputs left out, and the job's OIDC token asked for only if the client still needs it.
 */
function refreshOptions(options, refreshToken) {
    const refresh = { ...options, grantType: 'refresh_token', refreshToken };
    for (const option of GRANT_ONLY_OPTIONS)
        delete refresh[option];
    if (refresh.githubOidcAudience && (0,federation/* federatedSlots */.q)(refresh).length === 0)
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
    durationMsOf('refresh-margin-seconds', options.refreshMarginSeconds);
    if (options.refreshToken)
        return;
    const oneShot = ['subjectToken', 'assertion', 'clientAssertion'].find((option) => options[option]);
    if (!oneShot)
        return;
    throw new errors/* InputError */.dz((0,names/* inputNameOf */.r)(oneShot), `is a one-shot token given by value, which ${feature} cannot use again to renew; use github-oidc-audience (a fresh OIDC token each time), a private-key or a refresh-token instead`);
}


/***/ })

};
