"use strict";
exports.id = 127;
exports.ids = [127];
exports.modules = {

/***/ 975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ BASIC_ENCODERS),
/* harmony export */   HX: () => (/* binding */ checkClientAuthKey),
/* harmony export */   k: () => (/* binding */ parseAssertionAudience),
/* harmony export */   mo: () => (/* binding */ assertionAudienceFor),
/* harmony export */   p7: () => (/* binding */ authenticateClient)
/* harmony export */ });
/* unused harmony export JWT_BEARER_ASSERTION_TYPE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _form_encoding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(167);


/** RFC 7523 §2.2 `client_assertion_type` for a JWT. */
const JWT_BEARER_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const AUDIENCE_KEYWORDS = ['token-endpoint', 'endpoint', 'issuer'];
/** Reads `client-assertion-audience`; `issuer` is the `issuer` input. Throws {@link InputError}. */
function parseAssertionAudience(value, issuer) {
    if (value === undefined || value === 'token-endpoint')
        return { kind: 'token-endpoint' };
    if (value === 'endpoint')
        return { kind: 'endpoint' };
    if (value === 'issuer') {
        if (!issuer)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('client-assertion-audience', 'is "issuer" but no "issuer" is given; set "issuer" or use another audience');
        return { kind: 'issuer', issuer };
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s]+$/.test(value) && URL.canParse(value))
        return { kind: 'url', url: value };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('client-assertion-audience', `must be one of ${AUDIENCE_KEYWORDS.join(', ')} or an absolute URL (got "${value}")`);
}
/** The `aud` for a request to `requestUrl`, whose token endpoint is `tokenEndpoint`. */
function assertionAudienceFor(audience, requestUrl, tokenEndpoint) {
    switch (audience.kind) {
        case 'token-endpoint':
            return tokenEndpoint.href;
        case 'endpoint':
            return requestUrl.href;
        case 'issuer':
            return audience.issuer;
        case 'url':
            return audience.url;
    }
}
/** How `client_secret_basic` writes one credential: RFC 6749 §2.3.1's form-encoding, or as is. */
const BASIC_ENCODERS = {
    'form-urlencoded': _form_encoding_js__WEBPACK_IMPORTED_MODULE_1__/* .formEncode */ .p,
    raw: (value) => value
};
/** RFC 6749 §2.3.1: id and secret form-encoded (or raw), joined by `:`, base64 in a Basic header. */
function clientSecretBasic({ credentials, basicEncoding, secrets }) {
    const encode = BASIC_ENCODERS[basicEncoding];
    const encoded = Buffer.from(`${encode(credentials.clientId ?? '')}:${encode(credentials.clientSecret ?? '')}`).toString('base64');
    secrets.addExact(encoded);
    secrets.addExact(`Basic ${encoded}`);
    return { headers: [['Authorization', `Basic ${encoded}`]], params: [] };
}
/** RFC 6749 §2.3.1: id and secret as body parameters. */
function clientSecretPost({ credentials }) {
    return {
        headers: [],
        params: [
            ['client_id', credentials.clientId ?? ''],
            ['client_secret', credentials.clientSecret ?? '']
        ]
    };
}
/** A public client identifies itself with `client_id` (RFC 6749 §3.2.1), unless its provider documents otherwise. */
function noClientAuth({ credentials, omitClientId }) {
    const params = credentials.clientId && !omitClientId ? [['client_id', credentials.clientId]] : [];
    return { headers: [], params };
}
/** The key a client assertion is signed with: the private key, or the client secret (HS256). */
function signingKeyOf(credentials, method) {
    return method === 'client_secret_jwt'
        ? { key: { secret: credentials.clientSecret ?? '' }, algorithm: 'HS256' }
        : { key: { privateKeyPem: credentials.privateKey ?? '' }, algorithm: credentials.signingAlgorithm };
}
/**
 * Fails with an {@link InputError} when the key a JWT client authentication would sign
 * with cannot sign (RFC 7518 §3), so a bad key is reported before any network call.
 */
async function checkClientAuthKey(method, credentials) {
    if ((method !== 'private_key_jwt' && method !== 'client_secret_jwt') || credentials.clientAssertion)
        return;
    const { checkSigningKey } = await __webpack_require__.e(/* import() */ 622).then(__webpack_require__.bind(__webpack_require__, 622));
    checkSigningKey(signingKeyOf(credentials, method));
}
/** RFC 7523 §2.2: a JWT client assertion, ready-made or signed here. */
async function jwtClientAssertion(context, method) {
    const { credentials, assertionAudience, secrets } = context;
    let assertion = credentials.clientAssertion;
    if (!assertion) {
        // Loaded only for JWT flows: most runs never sign anything.
        const { signClientAssertion } = await __webpack_require__.e(/* import() */ 622).then(__webpack_require__.bind(__webpack_require__, 622));
        assertion = signClientAssertion({
            clientId: credentials.clientId ?? '',
            audience: assertionAudience,
            keyId: credentials.privateKeyId,
            ...signingKeyOf(credentials, method)
        });
    }
    secrets.add(assertion);
    const params = credentials.clientId ? [['client_id', credentials.clientId]] : [];
    params.push(['client_assertion_type', JWT_BEARER_ASSERTION_TYPE], ['client_assertion', assertion]);
    return { headers: [], params };
}
const strategies = {
    client_secret_basic: clientSecretBasic,
    client_secret_post: clientSecretPost,
    client_secret_jwt: (context) => jwtClientAssertion(context, 'client_secret_jwt'),
    private_key_jwt: (context) => jwtClientAssertion(context, 'private_key_jwt'),
    none: noClientAuth
};
/** The headers and parameters that authenticate the client with `method`. */
function authenticateClient(method, context) {
    return Promise.resolve(strategies[method](context));
}


/***/ }),

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ withRunContext)
/* harmony export */ });
/* unused harmony export withoutQuotedSecrets */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _client_auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(975);
/* harmony import */ var _grant_assertion_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(484);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(605);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(367);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(483);
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(248);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(247);
/* harmony import */ var _response_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(984);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(253);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(198);
/**
 * What one run of the core shares between its requests: the secret registry, the HTTP
 * session, the retry policy and debug output.
 *
 * Messages are never redacted whole: our own text holds no secret by construction, and
 * each piece a server (or an exception) supplied is redacted and neutralised where it is
 * put in (see `foreignText`). Redacting a whole line would garble it around a short
 * secret: with the client secret `secret`, `client_secret_basic` would read `client_***_basic`.
 */











/**
 * Runs `work` with a fresh context and a validated plan of `options`: every secret
 * option registered first, the federated ID token filled in, the values of
 * credential-like headers and body parameters registered, the HTTP session closed at
 * the end.
 */
async function withRunContext(options, runtime, work) {
    const secrets = new _secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .SecretRegistry */ .ks(runtime.onSecret);
    const given = compact(options);
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecretOptions */ .EC)(given, secrets);
    if (given.githubOidcAudience)
        secrets.add(process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    const http = runtime.http ?? (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .createHttpSession */ .T4)();
    // Each line is our own text with neutralised server parts; neutralising it whole is the last guard.
    const debug = (message) => runtime.debug?.((0,_neutralize_js__WEBPACK_IMPORTED_MODULE_9__/* .neutralize */ .YI)(message, _neutralize_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_LINE_LENGTH */ .l6));
    const now = runtime.now ?? Date.now;
    const context = {
        secrets,
        http,
        debug,
        now,
        policy: (plan) => ({
            retries: plan.retries,
            timeoutMs: plan.timeoutMs,
            sleep: runtime.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
            random: runtime.random ?? Math.random,
            now,
            debug
        })
    };
    try {
        // The runner's endpoint is held to the user's limits too: a hung endpoint must not outlast timeout-seconds.
        const limits = { retries: (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .retriesOf */ .Ko)(given.retries), timeoutMs: (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .timeoutSecondsOf */ .IX)(given.timeoutSeconds) * 1000 };
        const withIdToken = given.githubOidcAudience ? await withJobIdToken(given, runtime.getIdToken ?? runnerIdToken(http, context.policy(limits)), secrets) : given;
        const plan = await validPlan(withIdToken);
        registerCredentialLike(plan, secrets);
        const presented = await presentedTokenOf(withIdToken, given);
        return await work(plan, { ...context, presented });
    }
    catch (error) {
        throw error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? withoutQuotedSecrets(error, secrets) : error;
    }
    finally {
        if (!runtime.http)
            http.close();
    }
}
/** `options` with the job's OIDC ID token in the slots that need it: the federation code loads only for a run with `github-oidc-audience`. */
async function withJobIdToken(options, source, secrets) {
    const { withFederatedToken } = await __webpack_require__.e(/* import() */ 378).then(__webpack_require__.bind(__webpack_require__, 378));
    return withFederatedToken(options, source, (token) => secrets.add(token), validPlan, (text) => secrets.redact(text));
}
/** The CI token the request presents, if any: the JWT claims code loads only when an option carries one. */
async function presentedTokenOf(options, given) {
    if (!_names_js__WEBPACK_IMPORTED_MODULE_10__/* .CI_TOKEN_OPTIONS */ .O7.some((option) => options[option]))
        return undefined;
    return (await __webpack_require__.e(/* import() | claims */ 228).then(__webpack_require__.bind(__webpack_require__, 121))).presentedToken(options, given);
}
/** The plan of `options`, with its JWT signing keys checked too: every input fails before any request. */
async function validPlan(options) {
    const plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .planTokenRequest */ .Gu)(options);
    await (0,_client_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .checkClientAuthKey */ .HX)(plan.clientAuth, plan.credentials);
    await (0,_grant_assertion_js__WEBPACK_IMPORTED_MODULE_2__/* .checkGrantAssertionKey */ .m)(plan.grantAssertion);
    return plan;
}
/** Options without blank strings, so `''` from an unset input means "not given". */
function compact(options) {
    return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined && value !== ''));
}
/**
 * An input error may quote the value the user gave (`(got "...")`), and a secret may
 * have gone into the wrong input: a quoted value that is a secret is redacted, never the
 * words around it.
 */
function withoutQuotedSecrets(error, secrets) {
    const problem = secrets.redactQuoted(error.problem);
    return problem === error.problem ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(error.input, problem);
}
/**
 * A user header or body parameter named like a credential (`X-Api-Key`, `api_key`,
 * `Cookie`, `Proxy-Authorization`) carries a secret that no secret input declares: its
 * value is registered, and for an `Authorization`-style value also the credentials after
 * the scheme, which a server may echo alone.
 */
function registerCredentialLike(plan, secrets) {
    for (const [name, value] of [...plan.headers, ...plan.params]) {
        if (!(0,_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .isCredentialName */ .hN)(name))
            continue;
        secrets.add(value);
        const credentials = /authorization/i.test(name) ? /^[A-Za-z][\w.+-]*\s+(\S.*)$/.exec(value)?.[1] : undefined;
        secrets.add(credentials);
    }
}
/**
 * The runner's OIDC endpoint, asked directly as `@actions/core`'s `getIDToken` does
 * (the CLI and library have no `@actions/core`): `GET $ACTIONS_ID_TOKEN_REQUEST_URL`
 * with `audience`, authorized by `$ACTIONS_ID_TOKEN_REQUEST_TOKEN`, answering
 * `{"value": "<JWT>"}`. Network errors and 5xx are retried like a token request.
 */
function runnerIdToken(http, policy) {
    return async (audience) => {
        const url = new URL(process.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
        url.searchParams.set('audience', audience);
        const bearer = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
        const request = {
            method: 'GET',
            url,
            headers: [
                ['Authorization', `Bearer ${bearer}`],
                ['Accept', 'application/json']
            ]
        };
        const { response } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_7__/* .sendWithRetries */ .HI)(http.send, request, policy);
        const value = (0,_response_js__WEBPACK_IMPORTED_MODULE_6__/* .parseJsonObject */ .dw)(response)?.value;
        if (response.status !== 200 || typeof value !== 'string' || !value) {
            const what = response.status === 200 ? 'without a "value"' : 'instead of 200';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`the runner's OIDC endpoint answered HTTP ${response.status} ${what}`, { code: 'HTTP_ERROR', status: response.status });
        }
        return value;
    };
}


/***/ }),

/***/ 569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ resolveEndpoints),
/* harmony export */   XS: () => (/* binding */ noRevocationEndpoint),
/* harmony export */   _2: () => (/* binding */ clientAuthAfterDiscovery)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(248);
/**
 * The endpoints a run uses: `token-url` and `revocation-url` as given, and RFC 8414 /
 * OpenID discovery (./discovery.ts, loaded only by a run that discovers) for the rest;
 * and what the metadata says about client authentication.
 */


/**
 * The endpoints of `plan`: `token-url` and `revocation-url` win over discovery, which
 * runs only when an issuer is given and one of them is not (RFC 8414 §3).
 *
 * @param requireRevocationEndpoint fail (before any token request) when no revocation
 *   endpoint is known, as `revoke: true` needs one (RFC 7009 §2).
 * @param redact removes secrets from what the metadata says, before it is printed.
 */
async function resolveEndpoints(plan, send, policy, requireRevocationEndpoint = false, redact = (text) => text) {
    const { tokenUrl, issuer, revocationUrl } = plan;
    // Discovery (its own chunk in the bundles) is loaded only by a run that discovers.
    const discovered = issuer && !(tokenUrl && revocationUrl) ? await (await __webpack_require__.e(/* import() */ 521).then(__webpack_require__.bind(__webpack_require__, 521))).discoverEndpoints(issuer, send, policy, redact) : {};
    const tokenEndpoint = tokenUrl ?? discovered.tokenEndpoint;
    if (!tokenEndpoint) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`The metadata of issuer ${issuer?.href ?? '(none)'} has no token_endpoint; set "token-url"`, { code: 'DISCOVERY_ERROR' });
    }
    const revocationEndpoint = revocationUrl ?? discovered.revocationEndpoint;
    if (requireRevocationEndpoint && !revocationEndpoint)
        throw noRevocationEndpoint('with revoke: true', issuer);
    return { tokenEndpoint, revocationEndpoint, tokenEndpointAuthMethods: discovered.tokenEndpointAuthMethods };
}
/** The input error for a revocation (RFC 7009 §2) that has no endpoint: `revocation-url` is required `when`, and why discovery did not help. */
function noRevocationEndpoint(when, issuer) {
    const why = issuer ? `the metadata of issuer ${issuer.href} has no revocation_endpoint` : 'no "issuer" is given to discover it from';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('revocation-url', `is required ${when} (${why})`);
}
/**
 * The client authentication of `plan` once the server's metadata is known: a method
 * `generic` chose from a client secret becomes `client_secret_post` when the server lists
 * that and not `client_secret_basic` (RFC 8414 §2; RFC 6749 §2.3.1 lets a server support
 * Basic only, and some support post only). An explicit `client-auth`, a preset's method
 * or a `basic-encoding` (which asks for Basic) is kept. `debug` says which and why.
 */
function clientAuthAfterDiscovery(plan, methods, debug) {
    if (plan.clientAuth !== 'client_secret_basic' || plan.clientAuthSource !== 'credentials' || !methods)
        return plan.clientAuth;
    const why = `token_endpoint_auth_methods_supported is [${methods.map((method) => (0,_neutralize_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralize */ .YI)(method, 60)).join(', ')}]`;
    if (methods.includes('client_secret_post') && !methods.includes('client_secret_basic') && !plan.basicEncodingGiven) {
        debug(`Client authentication client_secret_post: the server's ${why}, which lists post and not basic`);
        return 'client_secret_post';
    }
    debug(`Client authentication client_secret_basic: the server's ${why}${plan.basicEncodingGiven ? ' and basic-encoding is given' : ''}`);
    return 'client_secret_basic';
}


/***/ }),

/***/ 484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ planGrantAssertion),
/* harmony export */   m: () => (/* binding */ checkGrantAssertionKey)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(483);
/**
 * The JWT bearer grant with an assertion signed here (RFC 7523 §2.1, §3): Salesforce's
 * JWT bearer flow, a Google service account. Only the plan lives here (which claims,
 * which key); the signing is in ./jwt.js, loaded when a request is built.
 */


/** The inputs of a signed grant assertion, and the registered claim each one sets. */
const ASSERTION_INPUTS = [
    ['assertionIssuer', 'iss'],
    ['assertionSubject', 'sub'],
    ['assertionAudience', 'aud'],
    ['assertionClaims', undefined]
];
/**
 * The plan of the signed assertion when `signs` (grant `jwt_bearer`, a `private-key`,
 * no `assertion`): `iss` = `assertion-issuer`, else an `iss` in `assertion-claims`, else
 * `client-id`; `sub` likewise, defaulting to the issuer. Otherwise the assertion inputs
 * would be ignored, so they fail instead. Throws {@link InputError}.
 */
function planGrantAssertion(options, signs, signingAlgorithm) {
    if (!signs) {
        const given = ASSERTION_INPUTS.find(([option]) => options[option]);
        if (given) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .inputNameOf */ .rB)(given[0]), 'is only used with grant-type "jwt_bearer", a "private-key" and no "assertion" (the assertion is then signed here)');
        }
        return undefined;
    }
    const claims = claimsOf(options.assertionClaims);
    for (const [option, claim] of ASSERTION_INPUTS) {
        if (claim && options[option] && Object.hasOwn(claims, claim)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('assertion-claims', `sets "${claim}", which input "${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .inputNameOf */ .rB)(option)}" sets too; set it in one place`);
        }
    }
    const issuer = options.assertionIssuer ?? stringClaim(claims, 'iss') ?? options.clientId;
    if (!issuer) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('assertion-issuer', 'is required to sign the jwt_bearer assertion (its default, "client-id", is not given either)');
    }
    return {
        issuer,
        subject: options.assertionSubject ?? stringClaim(claims, 'sub') ?? issuer,
        audience: options.assertionAudience,
        claims,
        privateKey: options.privateKey,
        privateKeyId: options.privateKeyId,
        signingAlgorithm
    };
}
/** `assertion-claims` as a JSON object; never quoted in a message. */
function claimsOf(text) {
    if (text === undefined)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('assertion-claims', 'must be a JSON object, e.g. {"scope": "https://www.googleapis.com/auth/cloud-platform"} (it is not valid JSON)');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('assertion-claims', `must be a JSON object, e.g. {"scope": "https://www.googleapis.com/auth/cloud-platform"} (got ${Array.isArray(parsed) ? 'an array' : `a ${parsed === null ? 'null' : typeof parsed}`})`);
    }
    return parsed;
}
function stringClaim(claims, name) {
    const value = claims[name];
    return typeof value === 'string' && value ? value : undefined;
}
/** Fails with an {@link InputError} when the planned assertion's key cannot sign, before any network call. */
async function checkGrantAssertionKey(plan) {
    if (!plan)
        return;
    const { checkSigningKey } = await __webpack_require__.e(/* import() */ 622).then(__webpack_require__.bind(__webpack_require__, 622));
    checkSigningKey({ key: { privateKeyPem: plan.privateKey }, algorithm: plan.signingAlgorithm });
}


/***/ }),

/***/ 612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ signsGrantAssertion),
/* harmony export */   V7: () => (/* binding */ grantParams),
/* harmony export */   oS: () => (/* binding */ parseGrantType)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(483);
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(248);
/**
 * Grant types: the table of grants the core knows (their wire names and the body
 * parameters each one sends), and the path of any other grant, which is sent as is
 * (RFC 6749 §4.5).
 */



/** RFC 8693 §3: the token type assumed for a subject token when none is given. */
const DEFAULT_SUBJECT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
/** The grants the core knows, with the inputs each one needs. */
const KNOWN_GRANTS = {
    client_credentials: { wire: 'client_credentials', params: [] },
    password: {
        wire: 'password',
        params: [
            { param: 'username', option: 'username', input: 'username', required: true },
            { param: 'password', option: 'password', input: 'password', required: true }
        ]
    },
    refresh_token: { wire: 'refresh_token', params: [{ param: 'refresh_token', option: 'refreshToken', input: 'refresh-token', required: true }] },
    token_exchange: {
        wire: 'urn:ietf:params:oauth:grant-type:token-exchange',
        params: [
            { param: 'subject_token', option: 'subjectToken', input: 'subject-token', required: true },
            { param: 'subject_token_type', option: 'subjectTokenType', input: 'subject-token-type', fallback: DEFAULT_SUBJECT_TOKEN_TYPE },
            { param: 'actor_token', option: 'actorToken', input: 'actor-token' },
            { param: 'actor_token_type', option: 'actorTokenType', input: 'actor-token-type', with: 'actorToken' },
            { param: 'requested_token_type', option: 'requestedTokenType', input: 'requested-token-type' }
        ]
    },
    jwt_bearer: {
        wire: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        params: [{ param: 'assertion', option: 'assertion', input: 'assertion', required: true, signedWithKey: true }]
    }
};
/** The known grants' short names, in the order messages list them. */
const KNOWN_GRANT_TYPES = Object.keys(KNOWN_GRANTS);
/** Grants that have no token request this tool could make, and why. */
const NOT_TOKEN_REQUESTS = {
    implicit: 'is a browser flow with no token request (RFC 6749 §4.2)',
    authorization_code: 'needs a browser redirect (RFC 6749 §4.1), which a CI job cannot follow',
    'urn:ietf:params:oauth:grant-type:device_code': 'needs a person to approve the device (RFC 8628)'
};
/** RFC 6749 §A.10: `grant-name = 1*name-char`, `name-char = "-" / "." / "_" / DIGIT / ALPHA`. */
const GRANT_NAME = /^[-._A-Za-z0-9]+$/;
/**
 * Reads `grant-type`: a known grant by its short name (or with `-` for `_`) or its full
 * URI; else any absolute URI or RFC 6749 §A.10 grant name, sent as is (RFC 6749 §4.5).
 */
function parseGrantType(value) {
    const known = KNOWN_GRANT_TYPES.find((name) => value === name || value === KNOWN_GRANTS[name].wire || value === name.replace('_', '-'));
    if (known)
        return { name: known, wire: KNOWN_GRANTS[known].wire, known };
    const refusal = Object.hasOwn(NOT_TOKEN_REQUESTS, value) ? NOT_TOKEN_REQUESTS[value] : undefined;
    if (refusal)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('grant-type', `must be a grant with a token request this step can make: "${value}" ${refusal}`);
    if (!GRANT_NAME.test(value) && !isAbsoluteUri(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('grant-type', `must be one of ${KNOWN_GRANT_TYPES.join(', ')}, an absolute URI or a grant name of letters, digits, "-", "." and "_" (RFC 6749 §4.5) (got "${(0,_neutralize_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeToAscii */ .wW)(value)}")`);
    }
    return { name: value, wire: value };
}
/** An absolute URI (RFC 3986 §4.3) with no white space or control characters in it. */
function isAbsoluteUri(value) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s\x00-\x1f\x7f]+$/.test(value) && URL.canParse(value);
}
/** Whether `options` ask for a JWT bearer grant whose assertion the `private-key` signs (RFC 7523 §2.1, §3). */
function signsGrantAssertion(grant, options) {
    if (!grant.known || !options.privateKey)
        return false;
    return KNOWN_GRANTS[grant.known].params.some((spec) => spec.signedWithKey && !options[spec.option]);
}
/**
 * The grant-specific body parameters, in order, checking that each required one is
 * given (RFC 8693 §2.1: `actor_token_type` is required when `actor_token` is present).
 * A custom grant has none: its parameters come from `extra-params`.
 */
function grantParams(grant, options) {
    rejectOtherGrantsInputs(grant, options);
    const params = [];
    for (const spec of grant.known ? KNOWN_GRANTS[grant.known].params : []) {
        const value = options[spec.option] ?? spec.fallback;
        const companion = spec.with ? options[spec.with] : undefined;
        if (spec.with && companion && !value) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(spec.input, `is required when "${(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .inputNameOf */ .rB)(spec.with)}" is given`);
        }
        if (spec.with && !companion && value) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(spec.input, `is only used together with "${(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .inputNameOf */ .rB)(spec.with)}"`);
        }
        if (spec.signedWithKey && !value && options.privateKey)
            continue;
        if (spec.required && !value) {
            const signable = spec.signedWithKey ? ' (or give "private-key" to sign one)' : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(spec.input, `is required with grant-type "${grant.name}"${signable}`);
        }
        if (value)
            params.push([spec.param, value]);
    }
    return params;
}
/** An input that belongs to another grant would be silently ignored: the user hears of it instead. */
function rejectOtherGrantsInputs(grant, options) {
    const own = new Set((grant.known ? KNOWN_GRANTS[grant.known].params : []).map((spec) => spec.option));
    for (const [otherGrant, { params }] of Object.entries(KNOWN_GRANTS)) {
        const foreign = params.find((spec) => !own.has(spec.option) && options[spec.option]);
        if (foreign) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(foreign.input, `is only used with grant-type "${otherGrant}", but grant-type is "${grant.name}"`);
        }
    }
}


/***/ }),

/***/ 605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rk: () => (/* binding */ TUNNEL_FAILED),
  wX: () => (/* binding */ TUNNEL_TIMED_OUT),
  T4: () => (/* binding */ createHttpSession)
});

// UNUSED EXPORTS: proxyFor

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(995);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(323);
;// CONCATENATED MODULE: ./src/core/http.ts
/**
 * One HTTP exchange, with the limits a token request needs: a deadline per attempt,
 * a cap on the answer's size, decompression, and no redirects (credentials must never
 * be resent to another URL). Proxies are read as curl reads them (see {@link proxyFor}),
 * as self-hosted runners need.
 */




/**
 * Node's built-in modules as their CommonJS objects, each loaded when a run first needs
 * it. `request` is read from them at each call: interceptors such as nock patch these
 * objects, and an ESM namespace would keep the unpatched functions. An ESM `import` of
 * node:http would also run its `WebSocket` getters on Node 22+, loading Node's own undici
 * (about 13 MB and 20 ms at start-up); node:https (TLS) is dead weight for an http://
 * endpoint, and node:zlib for an uncompressed answer.
 */
const builtin = (0,external_node_module_.createRequire)(require("url").pathToFileURL(__filename).href);
const httpModule = () => builtin('node:http');
const httpsModule = () => builtin('node:https');
const zlibModule = () => builtin('node:zlib');
/** A token response is a few KiB; anything near this is not one. */
const MAX_RESPONSE_BYTES = 1024 * 1024;
/**
 * The proxy for `target`, read as curl reads it: `https_proxy` for an https:// URL,
 * `http_proxy` for an http:// one (lower case first, then upper case), none when
 * `no_proxy` names the host or the host is loopback (the test `@actions/http-client`
 * makes). A value without a scheme (`proxy.corp:3128`) is an http:// proxy: `new URL`
 * alone would read `proxy.corp:` as a scheme and the proxy would be silently skipped.
 *
 * @throws {@link TokenRequestError} for a value that is not an http:// or https:// proxy.
 */
function proxyFor(target) {
    if (checkBypass(target))
        return undefined;
    const variable = target.protocol === 'https:' ? 'https_proxy' : 'http_proxy';
    const value = (process.env[variable] || process.env[variable.toUpperCase()])?.trim();
    if (!value)
        return undefined;
    const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    const url = URL.canParse(withScheme) ? new URL(withScheme) : undefined;
    if (!url?.hostname || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        throw new errors/* TokenRequestError */.Nj(`The proxy in ${variable} is not a proxy URL this step can use (host:port, http://host:port or https://host:port); fix or unset it`, {
            code: 'NETWORK_ERROR'
        });
    }
    return { url, variable };
}
/**
 * A session whose requests share one kept-alive connection per host (discovery, then
 * token). A URL that {@link proxyFor} sends through a proxy gets a tunnelling agent,
 * loaded only then (./tunnel.js: TLS and more code a direct run never uses); any other
 * the plain keep-alive agent of its protocol. Closing the session destroys every agent.
 */
function createHttpSession() {
    const agents = new Map();
    const agentFor = (url) => {
        const proxy = proxyFor(url);
        const key = proxy ? `${url.protocol} via ${proxy.url.href}` : url.protocol;
        let agent = agents.get(key);
        if (!agent) {
            agent = proxy
                ? __webpack_require__.e(/* import() */ 625).then(__webpack_require__.bind(__webpack_require__, 625)).then(({ createTunnelAgent }) => createTunnelAgent(url.protocol === 'https:' ? 'https:' : 'http:', proxy))
                : Promise.resolve(new (url.protocol === 'https:' ? httpsModule() : httpModule()).Agent({ keepAlive: true }));
            agents.set(key, agent);
        }
        return agent;
    };
    return {
        send: async (request, timeoutMs) => exchange(request, timeoutMs, await agentFor(request.url)),
        close: () => {
            // A failed import already failed the request that asked for it.
            for (const agent of agents.values())
                void agent.then((open) => open.destroy(), () => undefined);
        }
    };
}
function exchange(request, timeoutMs, agent) {
    const where = `${request.url.host}`;
    return new Promise((resolve, reject) => {
        const headers = { 'User-Agent': version/* USER_AGENT */._, 'Accept-Encoding': 'gzip, deflate, br' };
        for (const [name, value] of request.headers)
            headers[name] = value;
        if (request.body !== undefined)
            headers['Content-Length'] = Buffer.byteLength(request.body);
        const send = request.url.protocol === 'https:' ? httpsModule().request : httpModule().request;
        // A tunnelling agent gives the proxy's CONNECT the same deadline (./tunnel.js).
        const options = { method: request.method, headers, agent, tunnelTimeoutMs: timeoutMs };
        const req = send(request.url, options);
        const fail = (error) => {
            clearTimeout(deadline);
            req.destroy();
            reject(error);
        };
        const timedOut = (detail = '') => new errors/* TokenRequestError */.Nj(`No complete answer from ${where} within ${timeoutMs / 1000} s (timeout-seconds)${detail}`, { code: 'TIMEOUT' });
        const deadline = setTimeout(() => fail(timedOut()), timeoutMs);
        req.on('error', (error) => fail(error.code === TUNNEL_TIMED_OUT ? timedOut(`: ${error.message}`) : networkError(where, error)));
        req.on('response', (res) => {
            readBody(res, where).then((body) => {
                clearTimeout(deadline);
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body, url: request.url });
            }, (error) => fail(error));
        });
        req.end(request.body);
    });
}
/** Reads the whole body, decompressed, failing once it passes {@link MAX_RESPONSE_BYTES}. */
function readBody(res, where) {
    return new Promise((resolve, reject) => {
        const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
        const decoder = decoderFor(encoding);
        const stream = decoder ? res.pipe(decoder) : res;
        const chunks = [];
        let size = 0;
        stream.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_RESPONSE_BYTES) {
                stream.destroy();
                res.destroy();
                reject(new errors/* TokenRequestError */.Nj(`The answer from ${where} (HTTP ${res.statusCode}) is larger than ${MAX_RESPONSE_BYTES} bytes; not a token response`, {
                    code: 'RESPONSE_TOO_LARGE',
                    status: res.statusCode
                }));
                return;
            }
            chunks.push(chunk);
        });
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        // A connection cut mid-body is an error of `res` that `pipe` does not pass on to the
        // decoder: listened to apart, it fails the attempt at once instead of at the deadline.
        res.on('error', (error) => reject(networkError(where, error, res.statusCode)));
        decoder?.on('error', () => reject(new errors/* TokenRequestError */.Nj(`The answer from ${where} (HTTP ${res.statusCode}) could not be decoded (content-encoding ${encoding})`, {
            code: 'INVALID_RESPONSE',
            status: res.statusCode
        })));
    });
}
/** The decompressor for a `Content-Encoding` (RFC 9110 §8.4), or none for identity and unknown codings. */
function decoderFor(encoding) {
    switch (encoding) {
        case 'gzip':
        case 'x-gzip':
            return zlibModule().createGunzip();
        case 'deflate':
            return zlibModule().createInflate();
        case 'br':
            return zlibModule().createBrotliDecompress();
        default:
            return undefined;
    }
}
/** Node's codes for a server certificate that does not chain to a trusted CA. */
const UNTRUSTED_CERTIFICATE = /^(UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT)$/;
function networkError(where, error, status) {
    // A tunnel's failure says in words what the proxy did (./tunnel.js).
    const reason = error.code === TUNNEL_FAILED ? error.message : (error.code ?? error.message);
    const certificateCode = error.code === TUNNEL_FAILED ? error.cause?.code : error.code;
    const hint = UNTRUSTED_CERTIFICATE.test(certificateCode ?? '') ? ' (for a private CA, set NODE_EXTRA_CA_CERTS to its PEM file)' : '';
    const message = status === undefined ? `Could not reach ${where}: ${reason}${hint}` : `The answer from ${where} (HTTP ${status}) broke off: ${reason}`;
    return new errors/* TokenRequestError */.Nj(message, { code: 'NETWORK_ERROR', status });
}
/** The codes of a proxy tunnel's failures (./tunnel.js; kept here so that a direct run need not load it). */
const TUNNEL_FAILED = 'ERR_PROXY_TUNNEL';
const TUNNEL_TIMED_OUT = 'ERR_PROXY_TUNNEL_TIMEOUT';


/***/ }),

/***/ 247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZS: () => (/* binding */ chooseClientAuth),
  Gu: () => (/* binding */ planTokenRequest),
  jE: () => (/* binding */ presetOf),
  Ko: () => (/* binding */ retriesOf),
  IX: () => (/* binding */ timeoutSecondsOf)
});

// UNUSED EXPORTS: CLIENT_AUTH_METHODS

;// CONCATENATED MODULE: ./src/providers/presets.ts
/** Freezes a preset all the way down: the table is read-only for every caller. */
function deepFreeze(value) {
    if (value !== null && typeof value === 'object') {
        for (const nested of Object.values(value))
            deepFreeze(nested);
        Object.freeze(value);
    }
    return value;
}
function preset(fields) {
    return deepFreeze({
        grantType: 'client_credentials',
        bodyFormat: 'form',
        basicEncoding: 'form-urlencoded',
        defaultParams: {},
        requiredInputs: [],
        grantOverrides: {},
        responseAliases: {},
        ...fields
    });
}
/** The preset table (CONTRACT.md, "Provider presets"), read-only. */
const providers = Object.freeze({
    /** Any RFC 6749 server: Keycloak, Auth0, Okta, Entra ID, Ory Hydra, ... */
    generic: preset({ name: 'generic' }),
    /** JSON body with the credentials in it; a refresh sends only grant_type and refresh_token. */
    datacrunch: preset({
        name: 'datacrunch',
        tokenUrl: 'https://api.datacrunch.io/v1/oauth2/token',
        clientAuth: 'client_secret_post',
        bodyFormat: 'json',
        grantOverrides: { refresh_token: { clientAuth: 'none', omitClientId: true } }
    }),
    /** Ory-based: form body with `audience`, and scopes the user must choose. */
    understory: preset({
        name: 'understory',
        tokenUrl: 'https://api.auth.understory.io/oauth2/token',
        clientAuth: 'client_secret_post',
        defaultParams: { audience: 'https://api.understory.io' },
        requiredInputs: ['scope']
    }),
    /** Password grant for an API user; client id and secret in a plain Basic header; a PascalCase answer. */
    crayon: preset({
        name: 'crayon',
        tokenUrl: 'https://api.crayon.com/api/v1/connect/token/',
        grantType: 'password',
        clientAuth: 'client_secret_basic',
        basicEncoding: 'raw',
        defaultParams: { scope: 'CustomerApi' },
        responseAliases: { idToken: ['IdentityToken'] }
    }),
    /** Ory-based: form body with the credentials and `scope=api`. */
    bitquery: preset({
        name: 'bitquery',
        tokenUrl: 'https://oauth2.bitquery.io/oauth2/token',
        clientAuth: 'client_secret_post',
        defaultParams: { scope: 'api' }
    })
});

// EXTERNAL MODULE: ./src/core/client-auth.ts
var client_auth = __webpack_require__(975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: ./src/core/grant-assertion.ts
var grant_assertion = __webpack_require__(484);
// EXTERNAL MODULE: ./src/core/grants.ts
var grants = __webpack_require__(612);
;// CONCATENATED MODULE: ./src/core/lines.ts
/**
 * The multi-line inputs: `key=value` body parameters and `Name: value` headers.
 */

/** Splits `text` into trimmed non-empty lines. */
function nonEmptyLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
}
/** RFC 9110 §5.1 field-name token. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** RFC 9110 §5.5 field-value characters: visible ASCII, space, tab and obs-text (what Node sends). */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** `extra-params`: one `key=value` a line, or a record from the library. */
function parseParamLines(input, value) {
    return typeof value === 'string' ? splitLines(input, value, '=', 'key=value') : Object.entries(value);
}
/** Each non-empty line split at the first `separator` into a trimmed name and value; the line is never quoted, as it may hold a secret. */
function splitLines(input, text, separator, shape) {
    return nonEmptyLines(text).map((line, index) => {
        const at = line.indexOf(separator);
        if (at <= 0)
            throw new errors/* InputError */.dz(input, `line ${index + 1} is not ${shape}`);
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
}
/** `headers`: one `Name: value` a line, or a record from the library. */
function parseHeaderLines(input, value) {
    const entries = typeof value === 'string' ? splitLines(input, value, ':', '"Name: value"') : Object.entries(value);
    for (const [name, headerValue] of entries) {
        if (!HEADER_NAME.test(name)) {
            throw new errors/* InputError */.dz(input, `has an invalid header name "${name}" (letters, digits and !#$%&'*+-.^_\`|~ only)`);
        }
        if (/[\r\n\0]/.test(headerValue))
            throw new errors/* InputError */.dz(input, `header "${name}" has a line break in its value`);
        if (!HEADER_VALUE.test(headerValue)) {
            throw new errors/* InputError */.dz(input, `header "${name}" has a character outside Latin-1 or a control character in its value; percent-encode it`);
        }
    }
    return entries;
}

// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(483);
// EXTERNAL MODULE: ./src/core/numeral.ts
var numeral = __webpack_require__(341);
// EXTERNAL MODULE: ./src/core/urls.ts
var urls = __webpack_require__(221);
;// CONCATENATED MODULE: ./src/core/plan.ts
/**
 * Turns options into a validated plan of the token request: which endpoint, grant,
 * client authentication and body parameters. Pure: no I/O, and every missing or
 * contradictory option fails here, before any network call, naming the input.
 */









const DEFAULT_TIMEOUT_SECONDS = 30;
const DEFAULT_RETRIES = 3;
/** More retries than this only delays the failure of a broken pipeline. */
const MAX_RETRIES = 10;
const MAX_TIMEOUT_SECONDS = 600;
/** What each number input accepts, as its messages say it. */
const NUMBER_INPUT_RULES = {
    'timeout-seconds': `a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}`,
    retries: `a whole number from 0 to ${MAX_RETRIES}`
};
const CLIENT_AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt', 'none'];
const SIGNING_ALGORITHMS = ['RS256', 'PS256', 'ES256'];
const BASIC_ENCODINGS = ['form-urlencoded', 'raw'];
/** Validates `options` and plans the token request. Throws {@link InputError}. */
function planTokenRequest(options) {
    const preset = presetOf(options.provider);
    const grant = (0,grants/* parseGrantType */.oS)(options.grantType ?? preset.grantType);
    const override = options.clientAuth || !grant.known ? undefined : preset.grantOverrides[grant.known];
    const { method: clientAuth, source: clientAuthSource } = clientAuthChoice(options, preset, grant);
    // A key-signed jwt_bearer grant authenticates no client by design: its client-id is the assertion's issuer.
    const implicitNone = clientAuthSource === 'credentials' && clientAuth === 'none' && !(0,grants/* signsGrantAssertion */.FH)(grant, options);
    requireClientIdentity(options, grant, implicitNone);
    const credentials = clientCredentials(options, clientAuth, grant);
    const grantAssertion = (0,grant_assertion/* planGrantAssertion */.Q)(options, (0,grants/* signsGrantAssertion */.FH)(grant, options), credentials.signingAlgorithm);
    const basicEncoding = enumOption('basic-encoding', options.basicEncoding, BASIC_ENCODINGS);
    if (basicEncoding && clientAuth !== 'client_secret_basic') {
        throw new errors/* InputError */.dz('basic-encoding', `is only used with client-auth "client_secret_basic", but client-auth is "${clientAuth}"`);
    }
    const plan = {
        preset,
        ...endpoints(options, preset),
        grant,
        clientAuth,
        clientAuthSource,
        // RFC 7523 §3: a signed grant assertion names the client in `iss`.
        omitClientId: override?.omitClientId ?? (clientAuth === 'none' && grantAssertion !== undefined),
        basicEncoding: basicEncoding ?? preset.basicEncoding,
        basicEncodingGiven: basicEncoding !== undefined,
        clientAssertionAudience: clientAssertionAudienceOf(options, clientAuth),
        grantAssertion,
        bodyFormat: enumOption('body-format', options.bodyFormat, ['form', 'json']) ?? preset.bodyFormat,
        credentials,
        params: [],
        headers: [],
        timeoutMs: timeoutSecondsOf(options.timeoutSeconds) * 1000,
        retries: retriesOf(options.retries)
    };
    for (const input of preset.requiredInputs) {
        if (!options[(0,names/* optionNameOf */.s_)(input)]) {
            throw new errors/* InputError */.dz(input, `is required by provider "${preset.name}"`);
        }
    }
    // A signed grant assertion is added at request time: no other input may set it.
    plan.params = bodyParams(options, preset, grant, grantAssertion ? new Set([...RESERVED_PARAMS, 'assertion']) : RESERVED_PARAMS);
    plan.headers = userHeaders(options, clientAuth);
    return plan;
}
/** The preset called `name` (`generic` when none is given). */
function presetOf(name) {
    // Own keys only: "constructor" or "__proto__" is not a preset.
    const preset = Object.hasOwn(providers, name ?? 'generic') ? providers[name ?? 'generic'] : undefined;
    if (!preset) {
        throw new errors/* InputError */.dz('provider', `must be one of ${Object.keys(providers).join(', ')} (got "${name}")`);
    }
    return preset;
}
function endpoints(options, preset) {
    const explicitTokenUrl = options.tokenUrl ? (0,urls/* parseEndpointUrl */.y)('token-url', options.tokenUrl) : undefined;
    const issuer = options.issuer ? (0,urls/* parseEndpointUrl */.y)('issuer', options.issuer) : undefined;
    const revocationUrl = options.revocationUrl ? (0,urls/* parseEndpointUrl */.y)('revocation-url', options.revocationUrl) : undefined;
    // An issuer asks for discovery, so it takes precedence over the preset's endpoint.
    const tokenUrl = explicitTokenUrl ?? (issuer || !preset.tokenUrl ? undefined : new URL(preset.tokenUrl));
    if (!tokenUrl && !issuer) {
        throw new errors/* InputError */.dz('token-url', `is required with provider "${preset.name}" (or give "issuer" for discovery)`);
    }
    return { tokenUrl, issuer, revocationUrl };
}
/**
 * The explicit `client-auth`, else the preset's (per grant), else for `generic` what
 * the credentials given imply (CONTRACT.md, `client-auth`): a secret, then a key that
 * signs no grant assertion (RFC 7523 §3) or an assertion, or the job's OIDC token as the
 * assertion of a client credentials grant.
 */
function chooseClientAuth(options, preset, grant) {
    return clientAuthChoice(options, preset, grant).method;
}
function clientAuthChoice(options, preset, grant) {
    const explicit = enumOption('client-auth', options.clientAuth, CLIENT_AUTH_METHODS);
    if (explicit)
        return { method: explicit, source: 'input' };
    const preferred = (grant.known && preset.grantOverrides[grant.known]?.clientAuth) || preset.clientAuth;
    if (preferred)
        return { method: preferred, source: 'preset' };
    return { method: impliedClientAuth(options, grant), source: 'credentials' };
}
function impliedClientAuth(options, grant) {
    if (options.clientSecret)
        return 'client_secret_basic';
    if ((0,grants/* signsGrantAssertion */.FH)(grant, options))
        return 'none';
    if (options.privateKey || options.clientAssertion)
        return 'private_key_jwt';
    if (options.githubOidcAudience && grant.known === 'client_credentials')
        return 'private_key_jwt';
    return 'none';
}
/** `client-assertion-audience`, which only a client assertion signed here has. */
function clientAssertionAudienceOf(options, clientAuth) {
    const signsClientAssertion = (clientAuth === 'private_key_jwt' || clientAuth === 'client_secret_jwt') && !options.clientAssertion;
    if (options.clientAssertionAudience && !signsClientAssertion) {
        throw new errors/* InputError */.dz('client-assertion-audience', `is only used when a client assertion is signed here (client-auth "private_key_jwt" with "private-key", or "client_secret_jwt"), not for a client-assertion or the job's OIDC token`);
    }
    return (0,client_auth/* parseAssertionAudience */.k)(options.clientAssertionAudience, options.issuer);
}
/**
 * A client credentials grant, which only a confidential client may use (RFC 6749 §4.4),
 * fails naming `client-id` when it has no client at all. And `generic` falls back to
 * `none` only for want of a credential, which must not hide a mistake (CONTRACT.md,
 * `client-auth`): a client id without its secret (a misnamed secret, a fork's pull
 * request) fails naming `client-secret` unless `client-auth: none` is asked for.
 */
function requireClientIdentity(options, grant, implicitNone) {
    const credential = options.clientSecret || options.privateKey || options.clientAssertion || options.githubOidcAudience;
    if (grant.known === 'client_credentials' && !options.clientId && !credential) {
        throw new errors/* InputError */.dz('client-id', 'is required with grant-type "client_credentials", with "client-secret", "private-key", "client-assertion" or "github-oidc-audience"');
    }
    if (implicitNone && options.clientId) {
        throw new errors/* InputError */.dz('client-secret', 'is required when "client-id" is given (or give "private-key" or "client-assertion"), or set client-auth: none for a public client');
    }
}
function clientCredentials(options, clientAuth, grant) {
    const credentials = {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        clientAssertion: options.clientAssertion,
        privateKey: options.privateKey,
        privateKeyId: options.privateKeyId,
        signingAlgorithm: enumOption('signing-algorithm', options.signingAlgorithm, SIGNING_ALGORITHMS)
    };
    rejectUnusedCredentials(options, clientAuth, grant);
    const requirement = `is required with client-auth "${clientAuth}"`;
    switch (clientAuth) {
        case 'client_secret_basic':
        case 'client_secret_post':
        case 'client_secret_jwt':
            if (!options.clientId)
                throw new errors/* InputError */.dz('client-id', requirement);
            if (!options.clientSecret)
                throw new errors/* InputError */.dz('client-secret', requirement);
            break;
        case 'private_key_jwt':
            if (!options.clientId)
                throw new errors/* InputError */.dz('client-id', requirement);
            if (options.privateKey && options.clientAssertion) {
                throw new errors/* InputError */.dz('client-assertion', 'and input "private-key" are both given; give one of them');
            }
            if (!options.privateKey && !options.clientAssertion) {
                throw new errors/* InputError */.dz('private-key', `(or "client-assertion", or "github-oidc-audience") ${requirement}`);
            }
            break;
        case 'none':
            break;
    }
    return credentials;
}
/**
 * Credentials the chosen method would ignore are a contradiction the user should hear
 * about. A secret is still allowed with a preset's own per-grant `none` (a DataCrunch
 * refresh), where the same step's credentials are simply not needed.
 */
function rejectUnusedCredentials(options, clientAuth, grant) {
    const clientKey = (0,grants/* signsGrantAssertion */.FH)(grant, options) ? undefined : options.privateKey && 'private-key';
    const keyInput = clientKey || (options.clientAssertion ? 'client-assertion' : undefined);
    if (keyInput && clientAuth !== 'private_key_jwt') {
        throw new errors/* InputError */.dz(keyInput, `is only used with client-auth "private_key_jwt", but client-auth is "${clientAuth}"`);
    }
    const secretIgnored = clientAuth === 'private_key_jwt' || (clientAuth === 'none' && options.clientAuth === 'none');
    if (options.clientSecret && secretIgnored) {
        throw new errors/* InputError */.dz('client-secret', `is not used with client-auth "${clientAuth}"; remove it or choose a client_secret_* method`);
    }
}
/** `grant_type`, the grant's own parameters, then scope, audience, resource and extras. */
function bodyParams(options, preset, grant, reserved) {
    const params = [['grant_type', grant.wire]];
    params.push(...(0,grants/* grantParams */.V7)(grant, options));
    // The inputs named like body parameters replace the preset's values of the same name.
    const named = { scope: options.scope, audience: options.audience };
    for (const name of new Set([...Object.keys(named), ...Object.keys(preset.defaultParams)])) {
        const value = named[name] ?? preset.defaultParams[name];
        if (value)
            params.push([name, value]);
    }
    for (const resource of resourcesOf(options.resource)) {
        params.push(['resource', parseResource(resource).href]);
    }
    if (options.extraParams) {
        for (const [name, value] of parseParamLines('extra-params', options.extraParams)) {
            if (params.some(([existing]) => existing === name) || reserved.has(name)) {
                throw new errors/* InputError */.dz('extra-params', `sets "${name}", which another input controls; use that input`);
            }
            params.push([name, value]);
        }
    }
    return params;
}
/** Parameters set by client authentication, never by `extra-params`. */
const RESERVED_PARAMS = new Set(['grant_type', 'client_id', 'client_secret', 'client_assertion', 'client_assertion_type']);
function resourcesOf(resource) {
    if (!resource)
        return [];
    return Array.isArray(resource) ? resource : nonEmptyLines(resource);
}
/** RFC 8707 §2: an absolute URI without a fragment. */
function parseResource(value) {
    try {
        const url = new URL(value);
        if (!url.hash)
            return url;
    }
    catch {
        // reported below
    }
    throw new errors/* InputError */.dz('resource', `must be absolute URIs without a #fragment, one per line (got "${value}")`);
}
/** Headers the request sets itself; a user header may not silently replace them. */
function userHeaders(options, clientAuth) {
    if (!options.headers)
        return [];
    const headers = parseHeaderLines('headers', options.headers);
    for (const [name] of headers) {
        const lower = name.toLowerCase();
        if (lower === 'content-type' || lower === 'content-length' || lower === 'host') {
            throw new errors/* InputError */.dz('headers', `must not set ${name}: it follows from "body-format" and the URL`);
        }
        if (lower === 'authorization' && clientAuth === 'client_secret_basic') {
            throw new errors/* InputError */.dz('headers', 'must not set Authorization with client-auth "client_secret_basic", which sets it');
        }
    }
    return headers;
}
function enumOption(input, value, allowed) {
    if (value === undefined)
        return undefined;
    if (!allowed.includes(value)) {
        throw new errors/* InputError */.dz(input, `must be one of ${allowed.join(', ')} (got "${value}")`);
    }
    return value;
}
/** `timeout-seconds`, checked; the default when unset. Throws {@link InputError}. */
function timeoutSecondsOf(value) {
    if (value === undefined)
        return DEFAULT_TIMEOUT_SECONDS;
    const seconds = (0,numeral/* numberOf */.r)(value);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
        throw new errors/* InputError */.dz('timeout-seconds', `must be ${NUMBER_INPUT_RULES['timeout-seconds']} (got "${value}")`);
    }
    return seconds;
}
/** `retries`, checked; the default when unset. Throws {@link InputError}. */
function retriesOf(value) {
    if (value === undefined)
        return DEFAULT_RETRIES;
    const retries = (0,numeral/* numberOf */.r)(value);
    if (!Number.isInteger(retries) || retries < 0 || retries > MAX_RETRIES) {
        throw new errors/* InputError */.dz('retries', `must be ${NUMBER_INPUT_RULES.retries} (got "${value}")`);
    }
    return retries;
}


/***/ }),

/***/ 939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redirectTarget)
/* harmony export */ });
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(248);

/**
 * The `Location` of a redirect (RFC 9110 §15.4), resolved against the URL that answered
 * (RFC 9110 §10.2.2 allows a relative reference: Django OAuth Toolkit answers `/o/token/`),
 * as origin and path only: a query may hold what the server echoed. Redacted before and
 * after parsing (parsing re-encodes) and neutralised, as any server text; undefined when
 * there is no http(s) `Location` to name.
 */
function redirectTarget(response, redact) {
    const location = response.headers.location;
    if (!location)
        return undefined;
    let url;
    try {
        url = new URL(redact(location), response.url);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    return (0,_neutralize_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralize */ .YI)(redact(`${url.origin}${url.pathname}`));
}


/***/ }),

/***/ 984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseTokenResponse),
/* harmony export */   c0: () => (/* binding */ mediaTypeOf),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   j2: () => (/* binding */ isoInstant),
/* harmony export */   vE: () => (/* binding */ jwtClaims),
/* harmony export */   zi: () => (/* binding */ oauthErrorOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(248);
/* harmony import */ var _redirect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(939);
/**
 * Turns the token endpoint's answer into a {@link Token} (RFC 6749 §5.1) or a
 * {@link TokenRequestError} (RFC 6749 §5.2). Field names are matched whatever their
 * casing (`access_token`, `AccessToken`, `accessToken`), so PascalCase providers need
 * no special code.
 */



/** A field name without case or separators: `access_token`, `AccessToken` -> `accesstoken`. */
function fieldKey(name) {
    return name.toLowerCase().replace(/[_-]/g, '');
}
function fieldsOf(body) {
    const fields = new Map();
    for (const [key, value] of Object.entries(body)) {
        if (value !== null && value !== undefined && value !== '')
            fields.set(fieldKey(key), value);
    }
    return fields;
}
function text(fields, ...names) {
    for (const name of names) {
        const value = fields.get(name);
        if (typeof value === 'string' && value !== '')
            return value;
    }
    return undefined;
}
/**
 * An access token is RFC 6749 §A.12 VSCHAR: printable ASCII, one character or more.
 * Anything else (a line break, an escape sequence) is refused: it would print as more
 * than the token, or write a second line where a shell puts it (`echo "T=$(...)" >> f`).
 */
const VSCHAR = /^[\x20-\x7e]+$/;
/**
 * Parses an answer of the token endpoint (or of any endpoint answering in its
 * format). `nowMs` anchors `expiresAt`. Every piece of the answer that goes into an
 * error passes through {@link foreignText}: `redact` removes the secrets the server
 * echoed, and workflow commands, escapes and control characters are neutralised.
 */
function parseTokenResponse(response, nowMs, redact = (text) => text, aliases = {}) {
    const { status } = response;
    if (status >= 300 && status < 400)
        throw redirectError(response, redact);
    const body = parseJsonObject(response);
    if (status < 200 || status >= 300)
        throw errorResponse(response, body, redact);
    if (!body)
        throw notJson(response, 'is not a JSON object', redact);
    const fields = fieldsOf(body);
    if (fields.has('error'))
        throw errorResponse(response, body, redact);
    const accessToken = fields.get('accesstoken');
    if (typeof accessToken !== 'string' || accessToken === '') {
        const why = accessToken === undefined ? 'has no access_token' : 'has an access_token that is not a non-empty string';
        const names = (0,_neutralize_js__WEBPACK_IMPORTED_MODULE_1__/* .foreignText */ .qk)(Object.keys(body).join(', '), redact) ?? 'none';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`Token endpoint answered HTTP ${status} but the response ${why} (fields: ${names})`, {
            code: 'INVALID_RESPONSE',
            status
        });
    }
    if (!VSCHAR.test(accessToken)) {
        // Never shown, not even escaped: it is still a token.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`Token endpoint answered HTTP ${status} with an access_token that is not printable ASCII (RFC 6749 §A.12 VSCHAR); refusing it`, {
            code: 'INVALID_RESPONSE',
            status
        });
    }
    const expiresIn = representable(secondsOf(fields.get('expiresin')) ?? secondsUntilJwtExpiry(accessToken, nowMs), nowMs);
    return {
        accessToken,
        expiresIn,
        expiresAt: expiresIn === undefined ? undefined : isoInstant(nowMs + expiresIn * 1000),
        tokenType: text(fields, 'tokentype') ?? 'Bearer',
        scope: scopeOf(fields.get('scope')),
        refreshToken: text(fields, 'refreshtoken'),
        idToken: text(fields, 'idtoken', ...(aliases.idToken ?? []).map(fieldKey)),
        issuedTokenType: text(fields, 'issuedtokentype'),
        raw: body
    };
}
/** The answer's media type without parameters (`text/html`), neutralised; undefined when it has none. */
function mediaTypeOf(response, redact) {
    return (0,_neutralize_js__WEBPACK_IMPORTED_MODULE_1__/* .foreignText */ .qk)(String(response.headers['content-type'] ?? '').split(';')[0], redact);
}
/** The body as a JSON object, or undefined when it is not one. */
function parseJsonObject(response) {
    try {
        const parsed = JSON.parse(response.body);
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** Reads an RFC 6749 §5.2 / RFC 7009 §2.2.1 error (or a provider's `Error` field) from a JSON body. */
function oauthErrorOf(body, redact) {
    const fields = body ? fieldsOf(body) : new Map();
    const error = (0,_neutralize_js__WEBPACK_IMPORTED_MODULE_1__/* .foreignText */ .qk)(fields.get('error'), redact);
    const errorDescription = (0,_neutralize_js__WEBPACK_IMPORTED_MODULE_1__/* .foreignText */ .qk)(fields.get('errordescription'), redact);
    const detail = [error, errorDescription].filter(Boolean).join(': ') || undefined;
    return { error, errorDescription, detail };
}
/** An RFC 6749 §5.2 error (or a provider's `Error` field), or a plain HTTP failure. */
function errorResponse(response, body, redact) {
    const { status } = response;
    const { error, errorDescription, detail } = oauthErrorOf(body, redact);
    if (detail) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`Token endpoint answered HTTP ${status}: ${detail}`, { code: 'OAUTH_ERROR', status, error, errorDescription });
    }
    if (!body)
        return notJson(response, 'is not a JSON error response', redact);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`Token endpoint answered HTTP ${status} without an OAuth error code`, { code: 'HTTP_ERROR', status });
}
function notJson(response, what, redact) {
    const contentType = mediaTypeOf(response, redact) ?? 'no content type';
    const ok = response.status >= 200 && response.status < 300;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`Token endpoint answered HTTP ${response.status} with ${contentType} that ${what}`, {
        code: ok ? 'INVALID_RESPONSE' : 'HTTP_ERROR',
        status: response.status,
        contentType
    });
}
function redirectError(response, redact) {
    const target = (0,_redirect_js__WEBPACK_IMPORTED_MODULE_2__/* .redirectTarget */ .E)(response, redact);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`Token endpoint answered HTTP ${response.status} redirecting ${target ? `to ${target}` : 'elsewhere'}; redirects are not followed so credentials are not resent, set "token-url" to the final URL`, { code: 'REDIRECT', status: response.status });
}
/** The latest instant a `Date` holds (ECMA-262 §21.4.1.22), in ms since the epoch. */
const LAST_INSTANT_MS = 8.64e15;
/** A lifetime whose end is an instant a `Date` can hold; a larger one (`1e308`) is unknown. */
function representable(seconds, nowMs) {
    return seconds !== undefined && nowMs + seconds * 1000 <= LAST_INSTANT_MS ? seconds : undefined;
}
/** `expires_in` as a number or numeric string (RFC 6749 §5.1), in whole seconds. */
function secondsOf(value) {
    const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
    return Number.isFinite(seconds) && seconds >= 0 ? Math.floor(seconds) : undefined;
}
/** For a JWT access token without `expires_in`: seconds until its `exp` (RFC 7519 §4.1.4). */
function secondsUntilJwtExpiry(token, nowMs) {
    const exp = jwtClaims(token)?.exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? Math.max(0, Math.floor(exp - nowMs / 1000)) : undefined;
}
/**
 * The claims of a JWT (RFC 7519 §7.2 steps 1 to 3 only: the signature is not checked, so
 * they serve only to show a token or to learn when it expires); undefined when `token`
 * is not a JWT with a JSON object as its payload.
 */
function jwtClaims(token) {
    const parts = token?.split('.');
    if (parts?.length !== 3)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
function scopeOf(value) {
    if (typeof value === 'string' && value !== '')
        return value;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
        return value.join(' ');
    return undefined;
}
/**
 * ISO-8601 UTC to the second. Written out field by field: the first `toISOString()` of a
 * process costs about 0.25 ms (npm run bench), a few percent of a token step's own work.
 * A year outside 0000-9999 takes `toISOString()`'s extended form.
 */
function isoInstant(ms) {
    const date = new Date(ms);
    const year = date.getUTCFullYear();
    if (year < 0 || year > 9999)
        return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const two = (value) => String(value).padStart(2, '0');
    const day = `${String(year).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
    return `${day}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}Z`;
}


/***/ }),

/***/ 253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ sendWithRetries),
/* harmony export */   dP: () => (/* binding */ withAttempts)
/* harmony export */ });
/* unused harmony export retryAfterMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/**
 * Retries for hostile networks: network errors, timeouts, 408, 429 and 5xx are tried
 * again with exponential backoff and jitter, honouring `Retry-After`
 * (RFC 9110 §10.2.3) up to a cap; any other answer is returned at once, so an
 * `invalid_client` fails fast.
 */

/** The longest `Retry-After` we wait for; a longer one fails and says so. */
const MAX_RETRY_AFTER_MS = 60_000;
const BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 10_000;
/** Whether an answer with this status is worth another attempt. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
/**
 * Sends `request` up to `retries + 1` times. Resolves with the first answer that is
 * not retryable, or the last one; rejects with the last network error.
 */
async function sendWithRetries(send, request, policy) {
    const attemptsAllowed = policy.retries + 1;
    for (let attempt = 1;; attempt++) {
        let outcome;
        try {
            outcome = await send(request, policy.timeoutMs);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj))
                throw error;
            outcome = error;
        }
        const retryable = outcome instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj ? outcome.code === 'NETWORK_ERROR' || outcome.code === 'TIMEOUT' : isRetryableStatus(outcome.status);
        if (!retryable || attempt >= attemptsAllowed) {
            if (outcome instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj)
                throw withAttempts(outcome, attempt);
            return { response: outcome, attempts: attempt };
        }
        const delay = delayBeforeRetry(outcome, attempt, policy);
        policy.debug(`Attempt ${attempt} of ${attemptsAllowed}: ${describe(outcome)}; retrying in ${delay} ms`);
        await policy.sleep(delay);
    }
}
function delayBeforeRetry(outcome, attempt, policy) {
    const retryAfter = outcome instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj ? undefined : retryAfterMs(outcome.headers['retry-after'], policy.now());
    if (retryAfter !== undefined) {
        if (retryAfter > MAX_RETRY_AFTER_MS) {
            const status = outcome.status;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`Token endpoint answered HTTP ${status} with Retry-After ${Math.ceil(retryAfter / 1000)} s, longer than the ${MAX_RETRY_AFTER_MS / 1000} s this step waits; try again later`, { code: 'RETRY_AFTER_TOO_LONG', status, attempts: attempt });
        }
        return retryAfter;
    }
    const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}
/** `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), in ms; undefined if absent or unreadable. */
function retryAfterMs(header, nowMs) {
    const value = (Array.isArray(header) ? header[0] : header)?.trim();
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
function describe(outcome) {
    return outcome instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj ? outcome.message : `HTTP ${outcome.status}`;
}
/** The error, saying how many attempts were made when there was more than one. */
function withAttempts(error, attempts) {
    if (attempts === 1)
        return error;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`${error.message} (after ${attempts} attempts)`, { ...error, code: error.code, attempts });
}


/***/ }),

/***/ 990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xl: () => (/* binding */ buildTokenRequest),
/* harmony export */   wP: () => (/* binding */ buildAuthenticatedPost)
/* harmony export */ });
/* unused harmony export encodeBody */
/* harmony import */ var _client_auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(975);
/**
 * Builds the HTTP request of a token (or revocation) request from a plan: the body in
 * the plan's format with client authentication applied (RFC 6749 §4, §2.3).
 */

const CONTENT_TYPES = {
    form: 'application/x-www-form-urlencoded',
    json: 'application/json'
};
/**
 * The POST to `url` carrying `params` plus the plan's client authentication; a client
 * assertion signed here gets the audience `client-assertion-audience` names for `url`.
 */
async function buildAuthenticatedPost(plan, url, params, bodyFormat, secrets, tokenEndpoint) {
    const auth = await (0,_client_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .authenticateClient */ .p7)(plan.clientAuth, {
        credentials: plan.credentials,
        assertionAudience: (0,_client_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .assertionAudienceFor */ .mo)(plan.clientAssertionAudience, url, tokenEndpoint),
        basicEncoding: plan.basicEncoding,
        omitClientId: plan.omitClientId,
        secrets
    });
    const allParams = [...params, ...auth.params];
    const body = encodeBody(allParams, bodyFormat);
    return {
        method: 'POST',
        url,
        headers: [['Content-Type', CONTENT_TYPES[bodyFormat]], ['Accept', 'application/json'], ...auth.headers, ...plan.headers],
        body
    };
}
/** The token request of `plan`, sent to `tokenEndpoint`, with its grant assertion signed now when it has one to sign. */
async function buildTokenRequest(plan, tokenEndpoint, secrets) {
    const params = plan.grantAssertion ? await withSignedGrantAssertion(plan.params, plan.grantAssertion, tokenEndpoint, secrets) : plan.params;
    return buildAuthenticatedPost(plan, tokenEndpoint, params, plan.bodyFormat, secrets, tokenEndpoint);
}
/** RFC 7523 §2.1: `assertion` right after `grant_type`, signed (and registered as a secret) for this request. */
async function withSignedGrantAssertion(params, plan, tokenEndpoint, secrets) {
    // Loaded only for JWT flows: most runs never sign anything.
    const { signGrantAssertion } = await __webpack_require__.e(/* import() */ 622).then(__webpack_require__.bind(__webpack_require__, 622));
    const assertion = signGrantAssertion(plan, tokenEndpoint.href);
    secrets.add(assertion);
    const [grantType, ...rest] = params;
    return [grantType, ['assertion', assertion], ...rest];
}
/**
 * Form body (repeated names repeat) or JSON object (repeated names become an array).
 * The names are gathered in a `Map`: a plain object would find inherited properties
 * (`constructor`, `toString`) and treat `__proto__` as its prototype, while
 * `Object.fromEntries` makes every name an own key that `JSON.stringify` writes as sent.
 */
function encodeBody(params, format) {
    if (format === 'form')
        return new URLSearchParams(params).toString();
    const values = new Map();
    for (const [name, value] of params)
        values.set(name, [...(values.get(name) ?? []), value]);
    return JSON.stringify(Object.fromEntries([...values].map(([name, list]) => [name, list.length === 1 ? list[0] : list])));
}


/***/ }),

/***/ 221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ parseEndpointUrl),
/* harmony export */   z: () => (/* binding */ shownUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(248);
/**
 * Endpoint URL checks shared by every endpoint input.
 */


/** Hosts where plain `http://` is acceptable: the traffic never leaves the machine. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/**
 * Parses an endpoint input: absolute `https://` URL, or `http://` on a loopback host
 * (RFC 6749 §3.2 requires TLS for the token endpoint). Credentials in the URL and
 * fragments are refused, as neither belongs in an endpoint.
 */
function parseEndpointUrl(input, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'is not an absolute URL (expected https://host/path)');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `must be an https:// URL (got ${url.protocol}//)`);
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]; got host ${url.hostname})`);
    }
    if (url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must not contain credentials; use "client-id" and "client-secret"');
    }
    if (url.hash) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must not contain a #fragment');
    }
    return url;
}
/**
 * An endpoint as a message shows it: the origin and path as they are, the query (where
 * a user may have put an API key, `?key=...`) redacted and neutralised, so that a short
 * secret never garbles the host or the path.
 */
function shownUrl(url, redact) {
    return `${url.origin}${url.pathname}${(0,_neutralize_js__WEBPACK_IMPORTED_MODULE_1__/* .foreignText */ .qk)(url.search, redact) ?? ''}`;
}


/***/ })

};
;