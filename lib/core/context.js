/**
 * What one run of the core shares between its requests: the secret registry, the HTTP
 * session, the retry policy and debug output.
 *
 * Messages are never redacted whole: our own text holds no secret by construction, and
 * each piece a server (or an exception) supplied is redacted and neutralised where it is
 * put in (see `foreignText`). Redacting a whole line would garble it around a short
 * secret: with the client secret `secret`, `client_secret_basic` would read `client_***_basic`.
 */
import { InputError, TokenRequestError } from './errors.js';
import { checkClientAuthKey } from './client-auth.js';
import { checkGrantAssertionKey } from './grant-assertion.js';
import { createHttpSession, isSuccessStatus } from './http.js';
import { isLibraryOption, libraryOptionNames, registerSecretOptions } from './inputs.js';
import { CI_TOKEN_OPTIONS, inputNameOf, typoDistance } from './names.js';
import { MAX_LINE_LENGTH, neutralize } from './neutralize.js';
import { planTokenRequest, requestLimitsOf } from './plan.js';
import { parseJsonObject } from './response.js';
import { sendWithRetries } from './retry.js';
import { isCredentialName, SecretRegistry } from './secrets.js';
/**
 * Runs `work` with a fresh context and a validated plan of `options`: every secret
 * option registered first, the federated ID token filled in, the values of
 * credential-like headers and body parameters registered, the HTTP session closed at
 * the end.
 */
export async function withRunContext(options, runtime, work) {
    const secrets = new SecretRegistry(runtime.onSecret);
    const given = compact(options);
    registerSecretOptions(given, secrets);
    if (given.githubOidcAudience)
        secrets.add(process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    const http = runtime.http ?? createHttpSession();
    // Each line is our own text with neutralised server parts; neutralising it whole is the last guard.
    const debug = (message) => runtime.debug?.(neutralize(message, MAX_LINE_LENGTH));
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
        const withIdToken = given.githubOidcAudience ? await withJobIdToken(given, runtime.getIdToken ?? runnerIdToken(http, context.policy(requestLimitsOf(given))), secrets) : given;
        const plan = await validPlan(withIdToken);
        registerCredentialLike(plan, secrets);
        const presented = await presentedTokenOf(withIdToken, given);
        return await work(plan, { ...context, presented });
    }
    catch (error) {
        throw error instanceof InputError ? withoutQuotedSecrets(error, secrets) : error;
    }
    finally {
        if (!runtime.http)
            http.close();
    }
}
/** `options` with the job's OIDC ID token in the slots that need it: the federation code loads only for a run with `github-oidc-audience`. */
async function withJobIdToken(options, source, secrets) {
    const { withFederatedToken } = await import('./federation.js');
    return withFederatedToken(options, source, (token) => secrets.add(token), validPlan, (text) => secrets.redact(text));
}
/** The CI token the request presents, if any: the JWT claims code loads only when an option carries one. */
async function presentedTokenOf(options, given) {
    if (!CI_TOKEN_OPTIONS.some((option) => options[option]))
        return undefined;
    return (await import(/* webpackChunkName: "claims" */ './federated-claims.js')).presentedToken(options, given);
}
/** The plan of `options`, with its JWT signing keys checked too: every input fails before any request. */
async function validPlan(options) {
    const plan = planTokenRequest(options);
    await checkClientAuthKey(plan.clientAuth, plan.credentials);
    await checkGrantAssertionKey(plan.grantAssertion);
    return plan;
}
/**
 * Options without blank values, so `''` from an unset input (or `null` from a config file)
 * means "not given", and strings trimmed; each other value of the type its option takes,
 * checked here before any of them is registered, encoded or sent (a library caller's config
 * may hold a number).
 */
function compact(options) {
    // Trimmed, as the action's and the CLI's inputs are: a secret read from a file ends with a newline.
    const trimmed = Object.entries(options).map(([option, value]) => [option, typeof value === 'string' ? value.trim() : value]);
    const given = trimmed.filter(([, value]) => value !== undefined && value !== null && value !== '');
    for (const [option, value] of given) {
        checkOptionName(option);
        checkOptionType(option, value);
    }
    return Object.fromEntries(given);
}
/** Names that can be an option's: a longer or odder key is not quoted back. */
const OPTION_NAME_SHAPE = /^[A-Za-z][\w-]{0,63}$/;
/**
 * Throws an {@link InputError} for a name that is no option (a config file's `scopes` or
 * `client_secret`), naming the option it is likely meant for: ignored, it would leave the
 * request without what the caller meant it to carry.
 */
function checkOptionName(option) {
    if (isLibraryOption(option))
        return;
    if (!OPTION_NAME_SHAPE.test(option))
        throw new InputError('(an option name)', 'is not an option of the library (docs/library.md lists them)');
    const loose = (name) => name.replace(/[-_]/g, '').toLowerCase();
    const names = libraryOptionNames();
    const meant = names.find((name) => loose(name) === loose(option)) ?? names.find((name) => typoDistance(option, name) <= 2);
    throw new InputError(option, `is not an option${meant ? `; did you mean "${meant}"?` : ' of the library (docs/library.md lists them)'}`);
}
/** The options that take a number as well as a numeral. */
const NUMERIC_OPTIONS = new Set(['timeoutSeconds', 'retries', 'refreshMarginSeconds', 'maxAgeSeconds']);
/** The options that take a list of strings as well as lines. */
const LIST_OPTIONS = new Set(['resource', 'audience']);
/** The multi-line options, which the library may give as a record of strings. */
const RECORD_OPTIONS = new Set(['extraParams', 'headers']);
/** Throws an {@link InputError} naming the option and the kind of value it got, never the value (it may be a secret). */
function checkOptionType(option, value) {
    // Named only on the way out: the check runs for every option of every run.
    const refused = (problem) => new InputError(inputNameOf(option), problem);
    if (NUMERIC_OPTIONS.has(option)) {
        if (typeof value !== 'number' && typeof value !== 'string')
            throw refused(`must be a number or a numeral (got ${kindOf(value)})`);
    }
    else if (LIST_OPTIONS.has(option)) {
        if (typeof value !== 'string' && !(Array.isArray(value) && value.every((entry) => typeof entry === 'string'))) {
            throw refused(`must be a string or a list of strings (got ${kindOf(value)})`);
        }
    }
    else if (RECORD_OPTIONS.has(option) && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, entry] of Object.entries(value)) {
            if (typeof entry !== 'string')
                throw refused(`must map each name to a string, but "${name}" holds ${kindOf(entry)}`);
        }
    }
    else if (typeof value !== 'string') {
        throw refused(`must be a string${RECORD_OPTIONS.has(option) ? ' of lines or a record of strings' : ''} (got ${kindOf(value)})`);
    }
    // A lone surrogate cannot be sent as UTF-8: a form body would carry U+FFFD instead, a secret's forms would not encode.
    if (textsOf(value).some((text) => LONE_SURROGATE.test(text)))
        throw refused('must be well-formed Unicode text (it holds half of a surrogate pair)');
}
// In a `u` expression, a surrogate range matches only half pairs. Not `\p{Cs}`: a property escape costs every run about 1.3 M instructions to compile.
const LONE_SURROGATE = /[\ud800-\udfff]/u;
/** The strings in an option's value: itself, a list's entries, or a record's names and values. */
function textsOf(value) {
    if (typeof value === 'string')
        return [value];
    const parts = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.entries(value).flat() : [];
    return parts.filter((part) => typeof part === 'string');
}
function kindOf(value) {
    if (value === null || value === undefined)
        return String(value);
    return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
/**
 * An input error may quote the value the user gave (`(got "...")`), and a secret may
 * have gone into the wrong input: a quoted value that is a secret is redacted, never the
 * words around it.
 */
export function withoutQuotedSecrets(error, secrets) {
    const problem = secrets.redactQuoted(error.problem);
    return problem === error.problem ? error : new InputError(error.input, problem);
}
/**
 * A user header, body parameter or endpoint query parameter named like a credential
 * (`X-Api-Key`, `api_key`, `Cookie`, `Proxy-Authorization`, `?key=`) carries a secret
 * that no secret input declares: its value is registered, and for an
 * `Authorization`-style value also the credentials after the scheme, which a server may
 * echo alone.
 */
function registerCredentialLike(plan, secrets) {
    const queryParams = [plan.tokenUrl, plan.revocationUrl].flatMap((url) => (url ? [...url.searchParams] : []));
    for (const [name, value] of [...plan.headers, ...plan.params, ...queryParams]) {
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
        const { response } = await sendWithRetries(http.send, request, policy);
        const value = parseJsonObject(response)?.value;
        if (response.status !== 200 || typeof value !== 'string' || !value) {
            const what = response.status === 200 ? 'without a "value"' : 'instead of 200';
            throw new TokenRequestError(`the runner's OIDC endpoint answered HTTP ${response.status} ${what}`, {
                code: isSuccessStatus(response.status) ? 'INVALID_RESPONSE' : 'HTTP_ERROR',
                status: response.status
            });
        }
        // The runner's own credential is never sent on to another server as if it were the ID token.
        if (value === bearer)
            throw new TokenRequestError("the runner's OIDC endpoint answered with the request token itself, not an ID token", { code: 'INVALID_RESPONSE', status: 200 });
        return value;
    };
}
