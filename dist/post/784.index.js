export const id = 784;
export const ids = [784];
export const modules = {

/***/ 784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(483);
// EXTERNAL MODULE: ./src/core/yaml-boolean.ts
var yaml_boolean = __webpack_require__(349);
;// CONCATENATED MODULE: ./src/core/inputs.ts
/**
 * The contract's inputs as one table, shared by the action (action.yml, `core.getInput`)
 * and the CLI (flags, `OAUTH_*` env vars, `--help`), and the reading of string inputs
 * into {@link TokenSourceOptions}.
 */



const INPUTS = [
    { name: 'provider', description: 'Preset: datacrunch, understory, crayon, bitquery or generic.', default: 'generic' },
    { name: 'token-url', description: "Token endpoint; overrides the preset's." },
    { name: 'issuer', description: 'Authorization server issuer; the token and revocation endpoints come from RFC 8414 / OpenID discovery.' },
    {
        name: 'grant-type',
        description: "client_credentials, password, refresh_token, token_exchange or jwt_bearer (full URNs accepted), or any other absolute URI or grant name, sent as is; default: the preset's."
    },
    { name: 'client-id', description: 'OAuth client id.' },
    { name: 'client-secret', description: 'OAuth client secret.', secret: true },
    {
        name: 'client-auth',
        description: "client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt or none; default: the preset's, or chosen from the credentials given (and the issuer's metadata)."
    },
    { name: 'basic-encoding', description: "How client_secret_basic encodes id and secret: form-urlencoded (RFC 6749 §2.3.1) or raw (base64(id:secret)); default: the preset's." },
    { name: 'client-assertion-audience', description: 'aud of a signed client assertion: token-endpoint (default), endpoint (the URL of the request), issuer, or an absolute URL.' },
    { name: 'body-format', description: "form or json; default: the preset's." },
    { name: 'username', description: 'Resource owner username (password grant).' },
    { name: 'password', description: 'Resource owner password (password grant).', secret: true },
    { name: 'refresh-token', description: 'Refresh token (refresh_token grant).', secret: true },
    { name: 'scope', description: 'Space-separated scopes.' },
    { name: 'audience', description: 'audience parameter (Auth0/Ory style; RFC 8693 for token exchange).' },
    { name: 'resource', description: 'RFC 8707 resource indicator(s), one per line.', kind: 'lines' },
    { name: 'subject-token', description: 'RFC 8693 subject token (token_exchange).', secret: true },
    { name: 'subject-token-type', description: 'RFC 8693 subject token type; default urn:ietf:params:oauth:token-type:jwt.' },
    { name: 'actor-token', description: 'RFC 8693 actor token (token_exchange).', secret: true },
    { name: 'actor-token-type', description: 'RFC 8693 actor token type; required with actor-token.' },
    { name: 'requested-token-type', description: 'RFC 8693 requested token type.' },
    { name: 'assertion', description: 'The JWT for the jwt_bearer grant (RFC 7523 §2.1).', secret: true },
    { name: 'assertion-issuer', description: 'jwt_bearer with private-key and no assertion: iss of the signed assertion; default client-id.' },
    { name: 'assertion-subject', description: 'jwt_bearer with private-key: sub of the signed assertion; default: its issuer.' },
    { name: 'assertion-audience', description: 'jwt_bearer with private-key: aud of the signed assertion; default: the token endpoint.' },
    { name: 'assertion-claims', description: 'jwt_bearer with private-key: more claims of the signed assertion, a JSON object (e.g. {"scope": "..."}).' },
    { name: 'client-assertion', description: 'A ready-made JWT for private_key_jwt client authentication.', secret: true },
    {
        name: 'private-key',
        description: 'PEM private key (RSA or EC P-256) that signs a private_key_jwt client assertion, or the jwt_bearer assertion when no assertion is given.',
        secret: true
    },
    { name: 'private-key-id', description: 'kid of the private key.' },
    { name: 'signing-algorithm', description: 'RS256, PS256 or ES256; default RS256 for RSA, ES256 for P-256.' },
    {
        name: 'github-oidc-audience',
        description: "Use the job's GitHub OIDC ID token, requested for this audience, wherever a subject token, assertion or client assertion is needed and not given (needs permissions: id-token: write)."
    },
    { name: 'extra-params', description: 'More body parameters, one key=value per line.', kind: 'lines' },
    { name: 'headers', description: 'More request headers, one "Name: value" per line.', kind: 'lines' },
    { name: 'timeout-seconds', description: 'Timeout of each attempt, in seconds.', kind: 'number', default: '30' },
    { name: 'retries', description: 'Extra attempts after a network error, 408, 429 or 5xx (Retry-After honoured up to 60 s).', kind: 'number', default: '3' },
    { name: 'export-env', description: 'Also export the access token to this environment variable for later steps.', actionOnly: true },
    {
        name: 'revoke',
        description: 'true: revoke the access token and any refresh token (RFC 7009) in the post step at job end, with the same client authentication; needs revocation-url or an issuer whose metadata has a revocation_endpoint, else the step fails before the token request.',
        kind: 'boolean',
        default: 'false',
        actionOnly: true
    },
    { name: 'revocation-url', description: 'Revocation endpoint (RFC 7009).' },
    {
        name: 'token-file',
        description: "true: also write the access token (alone, no newline) to a new file in RUNNER_TEMP that only the job's user can read; output token_file is its path; the post step deletes it.",
        kind: 'boolean',
        default: 'false',
        actionOnly: true
    },
    {
        name: 'keep-fresh',
        description: 'true (implies token-file): a background renewal keeps that file holding a valid token until the job ends; the post step stops it and deletes the file.',
        kind: 'boolean',
        default: 'false',
        actionOnly: true
    },
    {
        name: 'refresh-margin-seconds',
        description: 'A cached or kept-fresh token is renewed when less than this many seconds, or half its lifetime, whichever is smaller, remain.',
        kind: 'number',
        default: '60'
    }
];
/** The inputs whose values are secrets. */
const SECRET_INPUTS = INPUTS.filter((input) => input.secret).map((input) => input.name);
/** Registers the value of every secret input that `options` sets, before anything uses them. */
function registerSecretOptions(options, secrets) {
    for (const input of SECRET_INPUTS)
        secrets.add(options[(0,names/* optionNameOf */.s_)(input)]);
}
/**
 * Reads the token options from string inputs (action inputs, CLI flags, env vars).
 * Blank means unset.
 */
function optionsFromInputs(read) {
    const options = {};
    for (const spec of INPUTS) {
        if (spec.actionOnly)
            continue;
        const raw = read(spec.name);
        const value = raw?.trim();
        if (!value)
            continue;
        // Numbers stay strings here: the plan reads and checks them, as it does the library's.
        options[(0,names/* optionNameOf */.s_)(spec.name)] = value;
    }
    return options;
}
/** `true` / `false` (YAML 1.2 core schema, as `core.getBooleanInput`), blank = false. */
function booleanInput(input, value) {
    const normalized = (value ?? '').trim();
    if (normalized === '' || (0,yaml_boolean/* isFalse */.W)(normalized))
        return false;
    if ((0,yaml_boolean/* isTrue */.H)(normalized))
        return true;
    throw new errors/* InputError */.dz(input, `must be true or false (got "${normalized}")`);
}

// EXTERNAL MODULE: ./src/core/client-auth.ts
var client_auth = __webpack_require__(975);
// EXTERNAL MODULE: ./src/core/grant-assertion.ts
var grant_assertion = __webpack_require__(484);
// EXTERNAL MODULE: ./src/core/http.ts + 1 modules
var core_http = __webpack_require__(684);
// EXTERNAL MODULE: ./src/core/neutralize.ts
var core_neutralize = __webpack_require__(248);
// EXTERNAL MODULE: ./src/core/plan.ts + 3 modules
var core_plan = __webpack_require__(94);
// EXTERNAL MODULE: ./src/core/response.ts
var core_response = __webpack_require__(984);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(253);
// EXTERNAL MODULE: ./src/core/form-encoding.ts
var form_encoding = __webpack_require__(167);
;// CONCATENATED MODULE: ./src/core/secrets.ts
/**
 * Every secret the core handles is registered here first, together with the forms it
 * can take on the wire (URL-encoded, form-encoded, the Basic header's base64), so that a
 * front door can mask it before anything prints and every message can be redacted.
 */

/** What a secret is replaced with in messages. */
const REDACTED = '***';
class SecretRegistry {
    listener;
    values = new Set();
    constructor(listener) {
        this.listener = listener;
    }
    /** Registers a secret and its encoded forms. Empty values are ignored. */
    add(value) {
        if (!value)
            return;
        for (const form of encodedForms(value))
            this.addExact(form);
    }
    /** Registers one exact string (e.g. an Authorization header value) without variants. */
    addExact(value) {
        if (!value || this.values.has(value))
            return;
        this.values.add(value);
        this.listener?.(value);
    }
    /**
     * `value` itself, or {@link REDACTED} when it is a registered secret: for a value the
     * user gave for an input that is no secret, in case a secret went into the wrong input.
     * Unlike {@link redact}, it never garbles a value that merely contains a short secret.
     */
    redactValue(value) {
        return this.values.has(value) ? REDACTED : value;
    }
    /**
     * `text` with the secrets redacted inside each `(got "value")`, the user's value that an
     * input error quotes, and nowhere else: the words around it are ours and hold no secret.
     */
    redactQuoted(text) {
        return text.replace(/\(got "(.*?)"\)/g, (_, value) => `(got "${this.redact(value)}")`);
    }
    /** Replaces every registered secret in `text`, longest first so no fragment survives. */
    redact(text) {
        let result = text;
        for (const secret of [...this.values].sort((a, b) => b.length - a.length)) {
            result = result.split(secret).join(REDACTED);
        }
        return result;
    }
}
/**
 * Names of headers and body parameters whose values are credentials: `Authorization`
 * and its kin, and any name with key, token, secret, password, auth, session,
 * signature, cookie or credential in it, whatever the case. A name ending in `type` or
 * `hint` (`subject_token_type`, `token_type_hint`) names a kind of credential, not one.
 */
const CREDENTIAL_NAME = /key|token|secret|passw|auth|session|signature|cookie|credential/i;
const CREDENTIAL_KIND = /(type|hint)$/i;
/** Whether the value of a header or body parameter called `name` is a secret. */
function isCredentialName(name) {
    return CREDENTIAL_NAME.test(name) && !CREDENTIAL_KIND.test(name);
}
/** A line of a multi-line value shorter than this is no secret on its own (a PEM key's last `==` line). */
const MIN_SECRET_LINE_LENGTH = 8;
/**
 * The value itself, its percent-encoded, form-encoded and JSON-escaped forms, and for
 * multi-line values (PEM keys, also with literal `\n` or `\r\n` escapes) each line, since a log
 * line never holds more than one line of a value. A PEM key's `-----BEGIN ... KEY-----`
 * armor is public text: masking it would only garble messages and the job's log.
 */
function encodedForms(value) {
    const forms = [value, encodeURIComponent(value), (0,form_encoding/* formEncode */.p)(value), JSON.stringify(value).slice(1, -1)];
    const lines = value.split(/\r?\n|\\r\\n|\\n/);
    if (lines.length > 1) {
        const secretLines = lines.map((line) => line.trim()).filter((line) => line.length >= MIN_SECRET_LINE_LENGTH && !line.startsWith('-----'));
        forms.push(...secretLines);
    }
    return forms;
}

;// CONCATENATED MODULE: ./src/core/context.ts
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
async function context_withRunContext(options, runtime, work) {
    const secrets = new SecretRegistry(runtime.onSecret);
    const given = compact(options);
    registerSecretOptions(given, secrets);
    if (given.githubOidcAudience)
        secrets.add(process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    const http = runtime.http ?? (0,core_http/* createHttpSession */.T4)();
    // Each line is our own text with neutralised server parts; neutralising it whole is the last guard.
    const debug = (message) => runtime.debug?.((0,core_neutralize/* neutralize */.YI)(message, core_neutralize/* MAX_LINE_LENGTH */.l6));
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
        const limits = { retries: (0,core_plan/* retriesOf */.Ko)(given.retries), timeoutMs: (0,core_plan/* timeoutSecondsOf */.IX)(given.timeoutSeconds) * 1000 };
        const withIdToken = given.githubOidcAudience ? await withJobIdToken(given, runtime.getIdToken ?? runnerIdToken(http, context.policy(limits)), secrets) : given;
        const plan = await validPlan(withIdToken);
        registerCredentialLike(plan, secrets);
        const presented = await presentedTokenOf(withIdToken, given);
        return await work(plan, { ...context, presented });
    }
    catch (error) {
        throw error instanceof errors/* InputError */.dz ? withoutQuotedSecrets(error, secrets) : error;
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
    if (!names/* CI_TOKEN_OPTIONS */.O7.some((option) => options[option]))
        return undefined;
    return (await __webpack_require__.e(/* import() | claims */ 228).then(__webpack_require__.bind(__webpack_require__, 121))).presentedToken(options, given);
}
/** The plan of `options`, with its JWT signing keys checked too: every input fails before any request. */
async function validPlan(options) {
    const plan = (0,core_plan/* planTokenRequest */.Gu)(options);
    await (0,client_auth/* checkClientAuthKey */.HX)(plan.clientAuth, plan.credentials);
    await (0,grant_assertion/* checkGrantAssertionKey */.m)(plan.grantAssertion);
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
    return problem === error.problem ? error : new errors/* InputError */.dz(error.input, problem);
}
/**
 * A user header or body parameter named like a credential (`X-Api-Key`, `api_key`,
 * `Cookie`, `Proxy-Authorization`) carries a secret that no secret input declares: its
 * value is registered, and for an `Authorization`-style value also the credentials after
 * the scheme, which a server may echo alone.
 */
function registerCredentialLike(plan, secrets) {
    for (const [name, value] of [...plan.headers, ...plan.params]) {
        if (!isCredentialName(name))
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
        const { response } = await (0,retry/* sendWithRetries */.HI)(http.send, request, policy);
        const value = (0,core_response/* parseJsonObject */.dw)(response)?.value;
        if (response.status !== 200 || typeof value !== 'string' || !value) {
            const what = response.status === 200 ? 'without a "value"' : 'instead of 200';
            throw new errors/* TokenRequestError */.Nj(`the runner's OIDC endpoint answered HTTP ${response.status} ${what}`, { code: 'HTTP_ERROR', status: response.status });
        }
        return value;
    };
}

;// CONCATENATED MODULE: ./src/core/endpoints.ts
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
async function endpoints_resolveEndpoints(plan, send, policy, requireRevocationEndpoint = false, redact = (text) => text) {
    const { tokenUrl, issuer, revocationUrl } = plan;
    // Discovery (its own chunk in the bundles) is loaded only by a run that discovers.
    const discovered = issuer && !(tokenUrl && revocationUrl) ? await (await __webpack_require__.e(/* import() */ 120).then(__webpack_require__.bind(__webpack_require__, 120))).discoverEndpoints(issuer, send, policy, redact) : {};
    const tokenEndpoint = tokenUrl ?? discovered.tokenEndpoint;
    if (!tokenEndpoint) {
        throw new TokenRequestError(`The metadata of issuer ${issuer?.href ?? '(none)'} has no token_endpoint; set "token-url"`, { code: 'DISCOVERY_ERROR' });
    }
    const revocationEndpoint = revocationUrl ?? discovered.revocationEndpoint;
    if (requireRevocationEndpoint && !revocationEndpoint)
        throw endpoints_noRevocationEndpoint('with revoke: true', issuer);
    return { tokenEndpoint, revocationEndpoint, tokenEndpointAuthMethods: discovered.tokenEndpointAuthMethods };
}
/** The input error for a revocation (RFC 7009 §2) that has no endpoint: `revocation-url` is required `when`, and why discovery did not help. */
function endpoints_noRevocationEndpoint(when, issuer) {
    const why = issuer ? `the metadata of issuer ${issuer.href} has no revocation_endpoint` : 'no "issuer" is given to discover it from';
    return new InputError('revocation-url', `is required ${when} (${why})`);
}
/**
 * The client authentication of `plan` once the server's metadata is known: a method
 * `generic` chose from a client secret becomes `client_secret_post` when the server lists
 * that and not `client_secret_basic` (RFC 8414 §2; RFC 6749 §2.3.1 lets a server support
 * Basic only, and some support post only). An explicit `client-auth`, a preset's method
 * or a `basic-encoding` (which asks for Basic) is kept. `debug` says which and why.
 */
function endpoints_clientAuthAfterDiscovery(plan, methods, debug) {
    if (plan.clientAuth !== 'client_secret_basic' || plan.clientAuthSource !== 'credentials' || !methods)
        return plan.clientAuth;
    const why = `token_endpoint_auth_methods_supported is [${methods.map((method) => neutralize(method, 60)).join(', ')}]`;
    if (methods.includes('client_secret_post') && !methods.includes('client_secret_basic') && !plan.basicEncodingGiven) {
        debug(`Client authentication client_secret_post: the server's ${why}, which lists post and not basic`);
        return 'client_secret_post';
    }
    debug(`Client authentication client_secret_basic: the server's ${why}${plan.basicEncodingGiven ? ' and basic-encoding is given' : ''}`);
    return 'client_secret_basic';
}

;// CONCATENATED MODULE: ./src/core/token-request.ts
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
    const auth = await (0,client_auth/* authenticateClient */.p7)(plan.clientAuth, {
        credentials: plan.credentials,
        assertionAudience: (0,client_auth/* assertionAudienceFor */.mo)(plan.clientAssertionAudience, url, tokenEndpoint),
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

// EXTERNAL MODULE: ./src/core/grants.ts
var grants = __webpack_require__(612);
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
    return context_withRunContext(options, runtime, (planned, context) => revokeEach({ ...planned, clientAuth: target.clientAuth ?? planned.clientAuth }, context, target));
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
        const request = await buildAuthenticatedPost(plan, target.revocationEndpoint, params, 'form', secrets, target.tokenEndpoint);
        debug(`POST ${(0,urls/* shownUrl */.z)(target.revocationEndpoint, redact)}: revoke the ${revokedTokenName(tokenTypeHint)}, client auth ${plan.clientAuth}`);
        try {
            const { response } = await (0,retry/* sendWithRetries */.HI)(http.send, request, policy(plan));
            debug(`Revocation endpoint answered HTTP ${response.status}`);
            const revoked = response.status >= 200 && response.status < 300;
            outcomes.push({ tokenTypeHint, revoked, detail: revoked ? 'revoked' : refusal(response, redact) });
        }
        catch (error) {
            // A TokenRequestError's server parts are already redacted; any other error's text is not ours.
            const detail = error instanceof errors/* TokenRequestError */.Nj ? error.message : ((0,core_neutralize/* foreignText */.qk)(String(error), redact) ?? 'failed');
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

;// CONCATENATED MODULE: ./src/action/actions-core.ts


/**
 * One line a user can act on; never a stack trace for an expected failure. Its server
 * parts are neutralised already; neutralising it whole is the last guard. The runner
 * masks every secret registered with `setSecret`, in an unexpected error's text too.
 */
function failureMessage(error) {
    return (0,core_neutralize/* neutralize */.YI)((0,errors/* messageOf */.bD)(error), core_neutralize/* MAX_LINE_LENGTH */.l6);
}

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
        (state.clientAuth === undefined || core_plan/* CLIENT_AUTH_METHODS */.wJ.includes(state.clientAuth)));
}
function isUrl(value) {
    return typeof value === 'string' && URL.canParse(value);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
;// CONCATENATED MODULE: ./src/action/token-file.ts
/**
 * `token-file` and `keep-fresh`: the token in a file of the job's user in `RUNNER_TEMP`,
 * and a detached renewer process (dist/renewer/index.js) that keeps it valid until the post
 * step stops it. The renewer gets its orders through a pipe, never a file: nothing on
 * disk holds a secret but the token in its own file. Its failures go to a log (0600,
 * redacted) that the post step prints as warnings.
 */







/** State names (`STATE_token-file`, `STATE_renewer` in the post step). */
const TOKEN_FILE_STATE = 'token-file';
const RENEWER_STATE = 'renewer';
/** The renewer's entry, relative to dist/. */
const RENEWER_SCRIPT = (0,external_node_path_.join)('renewer', 'index.js');
/** The names of the token file and the renewer's log, each followed by 16 random hex digits. */
const TOKEN_FILE_PREFIX = 'oauth-token';
const RENEWER_LOG_PREFIX = 'oauth-token-renewer';
/** Where the job's own temporary files go. */
function runnerTemp() {
    return process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
}
function uniqueName(prefix, suffix = '') {
    return join(runnerTemp(), `${prefix}-${randomBytes(8).toString('hex')}${suffix}`);
}
/**
 * Whether `path` is a name {@link uniqueName} gives in `RUNNER_TEMP`: the post step reads
 * and deletes no other file, whatever a saved state names.
 */
function isOwnTempFile(path, prefix, suffix = '') {
    const name = (0,external_node_path_.basename)(path);
    const random = name.slice(prefix.length + 1, name.length - suffix.length);
    return (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path)) === (0,external_node_path_.resolve)(runnerTemp()) && name === `${prefix}-${random}${suffix}` && /^[0-9a-f]{16}$/.test(random);
}
/** Writes the token (alone, no newline) to a new 0600 file in `RUNNER_TEMP`; returns its path. */
function createTokenFile(accessToken) {
    const file = uniqueName(TOKEN_FILE_PREFIX);
    writeFileSync(file, accessToken, { mode: 0o600, flag: 'wx' });
    return file;
}
/**
 * Starts the renewer, detached so it outlives the main step, and hands it its orders on
 * stdin; its stdout and stderr go to a new 0600 log.
 */
function startRenewer(orders) {
    const log = uniqueName(RENEWER_LOG_PREFIX, '.log');
    const logFd = openSync(log, 'wx', 0o600);
    try {
        // The runner starts `node <action>/dist/index.js`; the renewer is built beside it, in a folder of its own
        // (dist/renewer/), since its chunks would clash by name with the main step's.
        const script = join(dirname(process.argv[1] ?? '.'), RENEWER_SCRIPT);
        const child = spawn(process.execPath, [script], { detached: true, windowsHide: true, stdio: ['pipe', logFd, logFd] });
        // A renewer that dies at once is reported by the post step; the main step must not crash on the broken pipe.
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(JSON.stringify(orders));
        child.unref();
        if (child.pid === undefined)
            throw new Error('the renewer process could not be started');
        return { pid: child.pid, log };
    }
    finally {
        closeSync(logFd);
    }
}
/** The renewer's orders for `result`, obtained at `obtainedAt`. */
function renewerOrders(options, file, revoke, result, obtainedAt) {
    const { raw: _raw, ...token } = result.token;
    return { options, file, revoke, held: { token, tokenEndpoint: result.tokenEndpoint.href, revocationEndpoint: result.revocationEndpoint?.href, obtainedAt } };
}
function readRenewerState(core) {
    return readSavedState(core, RENEWER_STATE, isRenewerState);
}
function isRenewerState(value) {
    const state = value;
    return typeof state === 'object' && state !== null && Number.isInteger(state.pid) && typeof state.log === 'string' && isOwnTempFile(state.log, RENEWER_LOG_PREFIX, '.log');
}
/** How long the renewer may take to stop (a renewal under way, a revocation). */
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 50;
/**
 * Stops the renewer (SIGTERM: it finishes, revokes if asked, deletes the file), waits for
 * it, then prints its log: `info:` lines as notices, all others as warnings.
 */
async function stopRenewer(core, state) {
    if (isRenewer(state.pid)) {
        process.kill(state.pid, 'SIGTERM');
        const deadline = Date.now() + STOP_TIMEOUT_MS;
        while (isRenewer(state.pid) && Date.now() < deadline)
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (isRenewer(state.pid)) {
            core.warning('The token renewer did not stop in time; killed it');
            process.kill(state.pid, 'SIGKILL');
        }
    }
    else {
        core.warning('The token renewer had stopped before the end of the job; the token file may have expired');
    }
    printLog(core, state.log);
}
function printLog(core, log) {
    if (!(0,external_node_fs_.existsSync)(log))
        return;
    // The log also holds whatever Node wrote to the renewer's stderr: each line is neutralised after its
    // prefix is cut, since the runner reads a line that starts with `::` as a workflow command.
    for (const line of (0,external_node_fs_.readFileSync)(log, 'utf8')
        .split('\n')
        .filter((text) => text.trim())) {
        if (line.startsWith('info: '))
            core.info((0,core_neutralize/* neutralize */.YI)(line.slice('info: '.length), core_neutralize/* MAX_LINE_LENGTH */.l6));
        else
            core.warning(`Token renewer: ${(0,core_neutralize/* neutralize */.YI)(line.replace(/^warning: /, ''), core_neutralize/* MAX_LINE_LENGTH */.l6)}`);
    }
    (0,external_node_fs_.rmSync)(log, { force: true });
}
/**
 * Whether `pid` is still our renewer: alive (a zombie no longer counts) and, where
 * /proc tells, running the renewer's script, so a reused pid is never signalled.
 */
function isRenewer(pid) {
    try {
        process.kill(pid, 0);
    }
    catch {
        return false;
    }
    const proc = `/proc/${pid}`;
    if (!(0,external_node_fs_.existsSync)(proc))
        return true;
    try {
        const stat = (0,external_node_fs_.readFileSync)(`${proc}/stat`, 'utf8');
        const zombie = stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
        return !zombie && (0,external_node_fs_.readFileSync)(`${proc}/cmdline`, 'utf8').includes(RENEWER_SCRIPT);
    }
    catch {
        return false;
    }
}
/** Deletes the token file the main step saved, if any (the renewer normally has already). */
function removeTokenFile(core) {
    const file = core.getState(TOKEN_FILE_STATE);
    if (file && isOwnTempFile(file, TOKEN_FILE_PREFIX))
        (0,external_node_fs_.rmSync)(file, { force: true });
}

;// CONCATENATED MODULE: ./src/action/post.ts
/**
 * The action's post step: stop the keep-fresh renewer, delete the token file and, with
 * `revoke: true`, revoke the tokens at job end (RFC 7009). Nothing here fails the job:
 * every problem is a warning.
 */








async function post(core, now = Date.now) {
    // The renewer revokes the last token itself when it is stopped.
    const renewerStopped = await stopKeepFresh(core);
    if (!renewerStopped)
        await revokeSavedTokens(core, now);
}
/** Stops the renewer (if the main step started one) and deletes the token file; true when there was a renewer. */
async function stopKeepFresh(core) {
    try {
        const renewer = readRenewerState(core);
        if (renewer)
            await stopRenewer(core, renewer);
        return renewer !== undefined;
    }
    catch (error) {
        core.warning(`Could not stop the token renewer: ${failureMessage(error)}`);
        return true;
    }
    finally {
        removeTokenFile(core);
    }
}
async function revokeSavedTokens(core, now) {
    try {
        if (!booleanInput('revoke', core.getInput('revoke')))
            return;
        const state = readRevocationState(core);
        if (!state) {
            core.warning('Token revocation skipped: the main step saved no token (it failed before getting one, or did not run)');
            return;
        }
        // Masked before anything else can print, as in the main step.
        for (const token of [state.accessToken, state.refreshToken])
            if (token)
                core.setSecret(token);
        const target = revocationTarget(core, state, now());
        if (!target.accessToken && !target.refreshToken)
            return;
        const outcomes = await revokeTokens(optionsFromInputs((name) => core.getInput(name)), target, {
            onSecret: (value) => core.setSecret(value),
            // As in the main step, the core asks the runner for the ID token itself, within timeout-seconds.
            debug: (message) => core.debug(message)
        });
        for (const outcome of outcomes) {
            const what = revokedTokenName(outcome.tokenTypeHint);
            if (outcome.revoked)
                core.info(`Revoked the ${what} at ${target.revocationEndpoint.host}`);
            else
                core.warning(`Could not revoke the ${what}: ${outcome.detail}`);
        }
    }
    catch (error) {
        core.warning(`Token revocation skipped: ${failureMessage(error)}`);
    }
}
/** What to revoke: an access token that has already expired is left out, with a warning. */
function revocationTarget(core, state, nowMs) {
    const expiresAtMs = state.expiresAt === undefined ? undefined : Date.parse(state.expiresAt);
    const expired = expiresAtMs !== undefined && expiresAtMs <= nowMs;
    if (expired) {
        // Written by us, not quoted from the state file.
        core.warning(`The access token expired at ${(0,core_response/* isoInstant */.j2)(expiresAtMs)}; not revoking it${state.refreshToken ? ' (the refresh token still is)' : ''}`);
    }
    return {
        revocationEndpoint: savedEndpoint('revocation endpoint', state.revocationEndpoint),
        tokenEndpoint: savedEndpoint('token endpoint', state.tokenEndpoint),
        accessToken: expired ? undefined : state.accessToken,
        refreshToken: state.refreshToken,
        clientAuth: state.clientAuth
    };
}
/**
 * An endpoint read from the saved state, held to the rules of an endpoint input (https://,
 * or http:// on a loopback host): the credentials and tokens sent to it must not travel
 * in plain text because a state file said so.
 */
function savedEndpoint(what, value) {
    try {
        return (0,urls/* parseEndpointUrl */.y)(what, value);
    }
    catch (error) {
        throw error instanceof errors/* InputError */.dz ? new Error(`the ${what} saved by the main step ${error.problem}`) : error;
    }
}


/***/ }),

/***/ 975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ checkClientAuthKey),
/* harmony export */   k: () => (/* binding */ parseAssertionAudience),
/* harmony export */   mo: () => (/* binding */ assertionAudienceFor),
/* harmony export */   p7: () => (/* binding */ authenticateClient)
/* harmony export */ });
/* unused harmony exports JWT_BEARER_ASSERTION_TYPE, BASIC_ENCODERS */
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

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nj: () => (/* binding */ TokenRequestError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony exports followUpLines, errorText */
/**
 * Errors as data: every expected failure is one of these two classes, with a code a
 * program can branch on and a one-line message a person can act on. Neither ever
 * carries a secret: messages are built from input names, HTTP statuses and the
 * server's `error` / `error_description`, redacted and neutralised where they are put in.
 */

/**
 * A missing, malformed or contradictory option, detected before any network call.
 * `input` is the kebab-case input name of the contract (`client-id`), which each front
 * door can render its own way (`--client-id`, `OAUTH_CLIENT_ID`).
 */
class InputError extends Error {
    code = 'INVALID_INPUT';
    input;
    /** The sentence after the input's name, e.g. `is required with grant "password"`. */
    problem;
    constructor(input, problem) {
        super(`Input "${input}" ${problem}`);
        this.name = 'InputError';
        this.input = input;
        this.problem = problem;
    }
}
/**
 * A token request that failed at the server or on the way there
 * (RFC 6749 §5.2 error, HTTP error, unusable answer, network failure, timeout).
 */
class TokenRequestError extends Error {
    code;
    status;
    error;
    errorDescription;
    contentType;
    attempts;
    hint;
    federatedClaims;
    constructor(message, details) {
        super(message);
        this.name = 'TokenRequestError';
        this.code = details.code;
        this.status = details.status;
        this.error = details.error;
        this.errorDescription = details.errorDescription;
        this.contentType = details.contentType;
        this.attempts = details.attempts;
        this.hint = details.hint;
        this.federatedClaims = details.federatedClaims;
    }
}
/**
 * The lines a front door prints after an error's own line: the hint (`Hint: ...`), then
 * the claims of the CI token the refused request presented. None for other errors.
 */
function followUpLines(error) {
    if (!(error instanceof TokenRequestError))
        return [];
    return [...(error.hint ? [`Hint: ${error.hint}`] : []), ...(error.federatedClaims ? [error.federatedClaims] : [])];
}
/** The text of anything thrown: an error's message, else the value as a string. Not yet redacted or neutralised. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * The text of `error` for a log line: the message of one of ours as it is (its server parts
 * are redacted already, and redacting our own words would garble them around a short
 * secret), any other error's text as foreign text, redacted and neutralised.
 */
function errorText(error, redact) {
    if (error instanceof TokenRequestError || error instanceof InputError)
        return error.message;
    return foreignText(messageOf(error), redact) ?? 'failed';
}


/***/ }),

/***/ 167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ formEncode)
/* harmony export */ });
/**
 * `application/x-www-form-urlencoded` (RFC 6749 Appendix B) of one value: how a secret
 * looks in a form body and, per RFC 6749 §2.3.1, inside a Basic header.
 */
function formEncode(value) {
    return new URLSearchParams({ v: value }).toString().slice(2);
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

/***/ 684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rk: () => (/* binding */ TUNNEL_FAILED),
  wX: () => (/* binding */ TUNNEL_TIMED_OUT),
  T4: () => (/* binding */ createHttpSession)
});

// UNUSED EXPORTS: proxyFor

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(783);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(995);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
;// CONCATENATED MODULE: ./src/core/version.ts
/** The package version, sent in the User-Agent; a test keeps it equal to package.json's. */
const VERSION = '1.0.0';
const USER_AGENT = `oauth-token-action/${VERSION}`;

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
const builtin = (0,external_node_module_.createRequire)(import.meta.url);
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
    if ((0,proxy/* checkBypass */.H)(target))
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
        const headers = { 'User-Agent': USER_AGENT, 'Accept-Encoding': 'gzip, deflate, br' };
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

/***/ 483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ CI_TOKEN_OPTIONS),
/* harmony export */   rB: () => (/* binding */ inputNameOf),
/* harmony export */   s_: () => (/* binding */ optionNameOf)
/* harmony export */ });
/** `client-secret` -> `clientSecret`. */
function optionNameOf(input) {
    return input.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}
/**
 * The options that carry a CI token (a JWT the job presents): `github-oidc-audience` fills
 * the empty ones a grant needs, and a refusal shows the claims of the one presented.
 */
const CI_TOKEN_OPTIONS = ['clientAssertion', 'subjectToken', 'assertion'];
/** `clientSecret` -> `client-secret`. */
function inputNameOf(option) {
    return option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}


/***/ }),

/***/ 248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YI: () => (/* binding */ neutralize),
/* harmony export */   l6: () => (/* binding */ MAX_LINE_LENGTH),
/* harmony export */   qk: () => (/* binding */ foreignText),
/* harmony export */   wW: () => (/* binding */ escapeToAscii)
/* harmony export */ });
/* unused harmony export MAX_SERVER_TEXT_LENGTH */
/**
 * The one neutraliser of server-supplied text (`token_type`, `scope`, `error`,
 * `error_description`, field names, content types, `Location`s, ...). Whatever a server
 * sends is printed, put in an error message or in the job summary only after passing
 * through here: it may try to print GitHub workflow commands (`::stop-commands::`,
 * `##[add-mask]`), terminal escapes (OSC 8 links, OSC 52 clipboard writes) or markup.
 */
/** Longest rendering of one server-supplied value in a message. */
const MAX_SERVER_TEXT_LENGTH = 300;
/**
 * Longest line of our own text (an error, a debug line) passed whole through
 * {@link neutralize} as a last guard: its server-supplied parts are already neutralised
 * and capped, so this cap only stops a runaway, never cuts a message a user needs.
 */
const MAX_LINE_LENGTH = 4000;
/**
 * ANSI/ECMA-48 escape sequences: CSI (`ESC [` ... final byte), OSC / DCS / SOS / PM /
 * APC strings (up to BEL or `ESC \`, or the end of the text), and two-byte `ESC x`
 * sequences; also their 8-bit C1 forms (CSI U+009B, OSC U+009D, ...).
 */
const ESCAPE_SEQUENCES = /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[\x20-\x7e]?/g;
/**
 * Characters that are never shown as such: C0 and C1 controls, DEL, and the Unicode
 * format characters that reorder or hide text (bidi overrides and isolates, zero-width
 * characters, the BOM, line and paragraph separators).
 */
const INVISIBLE = /[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
/**
 * `text` as one inert line: escape sequences and invisible characters removed (white
 * space among them becomes a space), workflow-command markers broken up so the runner
 * does not read them (`::` at the start of the line, `##[` anywhere), and the length
 * capped at `maxLength` characters.
 */
function neutralize(text, maxLength = MAX_SERVER_TEXT_LENGTH) {
    const oneLine = text
        .replace(ESCAPE_SEQUENCES, '')
        .replace(/[\t\n\v\f\r\x85\u2028\u2029]+/g, ' ')
        .replace(INVISIBLE, '')
        .replace(/ {2,}/g, ' ')
        .trim();
    return defuseWorkflowCommands(capped(oneLine, maxLength));
}
/**
 * `text` as printable ASCII: every other character shown as a JSON-style `\uXXXX`
 * escape, never raw, then neutralised. For values that RFC 6749 defines as ASCII
 * (`token_type`, `scope`: NQCHAR, §A.4 and §A.5), where anything else is a sign of
 * tampering that the reader should see.
 */
function escapeToAscii(text, maxLength = MAX_SERVER_TEXT_LENGTH) {
    const escaped = text.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return neutralize(escaped, maxLength);
}
/**
 * Text we did not write (a server's answer, an exception's message, a URL) as it may
 * appear in a message: secrets it holds redacted first (cutting or folding the text could break a secret up so that it no
 * longer matches), then neutralised, then redacted again (removing invisible characters
 * could join a secret that the server had split), and capped last. Non-string values
 * (an `error` that is an object) are shown as JSON. Undefined for a missing or empty value.
 */
function foreignText(value, redact, maxLength = MAX_SERVER_TEXT_LENGTH) {
    if (value === undefined || value === null || value === '')
        return undefined;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return neutralize(redact(neutralize(redact(text), Infinity)), maxLength) || undefined;
}
/** The runner reads `::command::` at a line start and `##[command]` anywhere in a line. */
function defuseWorkflowCommands(text) {
    return text.replace(/^::/, ': :').replace(/##\[/g, '# #[');
}
function capped(text, maxLength) {
    return text.length > maxLength ? `${text.slice(0, maxLength)}...` : text;
}


/***/ }),

/***/ 94:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wJ: () => (/* binding */ CLIENT_AUTH_METHODS),
  ZS: () => (/* binding */ chooseClientAuth),
  Gu: () => (/* binding */ planTokenRequest),
  jE: () => (/* binding */ presetOf),
  Ko: () => (/* binding */ retriesOf),
  IX: () => (/* binding */ timeoutSecondsOf)
});

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
;// CONCATENATED MODULE: ./src/core/numeral.ts
/**
 * Number options as given: every input is a string, and the library takes `'3'` as the
 * action does. No imports: the CLI's cache hit reads a duration with it before loading
 * anything else.
 */
/**
 * `value` as a number: a number as it is, or a decimal numeral such as `'3'`, `'0.5'`,
 * `'.5'` or `'1e1'` (blanks around it allowed); NaN for anything else, so that the check
 * that follows reports the value as it was given.
 */
function numberOf(value) {
    if (typeof value === 'number')
        return value;
    return /^\s*(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(value) ? Number(value) : Number.NaN;
}

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
    const seconds = numberOf(value);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
        throw new errors/* InputError */.dz('timeout-seconds', `must be ${NUMBER_INPUT_RULES['timeout-seconds']} (got "${value}")`);
    }
    return seconds;
}
/** `retries`, checked; the default when unset. Throws {@link InputError}. */
function retriesOf(value) {
    if (value === undefined)
        return DEFAULT_RETRIES;
    const retries = numberOf(value);
    if (!Number.isInteger(retries) || retries < 0 || retries > MAX_RETRIES) {
        throw new errors/* InputError */.dz('retries', `must be ${NUMBER_INPUT_RULES.retries} (got "${value}")`);
    }
    return retries;
}


/***/ }),

/***/ 984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c0: () => (/* binding */ mediaTypeOf),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   j2: () => (/* binding */ isoInstant),
/* harmony export */   vE: () => (/* binding */ jwtClaims),
/* harmony export */   zi: () => (/* binding */ oauthErrorOf)
/* harmony export */ });
/* unused harmony export parseTokenResponse */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(248);
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
        const names = foreignText(Object.keys(body).join(', '), redact) ?? 'none';
        throw new TokenRequestError(`Token endpoint answered HTTP ${status} but the response ${why} (fields: ${names})`, {
            code: 'INVALID_RESPONSE',
            status
        });
    }
    if (!VSCHAR.test(accessToken)) {
        // Never shown, not even escaped: it is still a token.
        throw new TokenRequestError(`Token endpoint answered HTTP ${status} with an access_token that is not printable ASCII (RFC 6749 §A.12 VSCHAR); refusing it`, {
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
        return new TokenRequestError(`Token endpoint answered HTTP ${status}: ${detail}`, { code: 'OAUTH_ERROR', status, error, errorDescription });
    }
    if (!body)
        return notJson(response, 'is not a JSON error response', redact);
    return new TokenRequestError(`Token endpoint answered HTTP ${status} without an OAuth error code`, { code: 'HTTP_ERROR', status });
}
function notJson(response, what, redact) {
    const contentType = mediaTypeOf(response, redact) ?? 'no content type';
    const ok = response.status >= 200 && response.status < 300;
    return new TokenRequestError(`Token endpoint answered HTTP ${response.status} with ${contentType} that ${what}`, {
        code: ok ? 'INVALID_RESPONSE' : 'HTTP_ERROR',
        status: response.status,
        contentType
    });
}
function redirectError(response, redact) {
    const target = redirectTarget(response, redact);
    return new TokenRequestError(`Token endpoint answered HTTP ${response.status} redirecting ${target ? `to ${target}` : 'elsewhere'}; redirects are not followed so credentials are not resent, set "token-url" to the final URL`, { code: 'REDIRECT', status: response.status });
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
/* harmony export */   HI: () => (/* binding */ sendWithRetries)
/* harmony export */ });
/* unused harmony exports retryAfterMs, withAttempts */
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


/***/ }),

/***/ 783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ checkBypass),
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
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

/***/ })

};
