/**
 * A token kept valid for a long-running program (CONTRACT.md, "Library"): held while it
 * is outside the refresh margin, renewed with the refresh token (RFC 6749 §6) when there
 * is one, else (or when the server refuses it) with the original grant, one request at a
 * time however many callers wait.
 */
import { withoutQuotedSecrets } from './context.js';
import { noRevocationEndpoint } from './endpoints.js';
import { InputError, TokenRequestError } from './errors.js';
import { requestToken } from './get-token.js';
import { registerSecretOptions } from './inputs.js';
import { signsGrantAssertion } from './grants.js';
import { CI_TOKEN_OPTIONS, inputNameOf } from './names.js';
import { chooseClientAuth, presetAndGrantOf, REQUEST_PARAM_OPTIONS } from './plan.js';
import { DEFAULT_REFRESH_MARGIN_SECONDS, durationMsOf, renewalDueAt } from './renewal.js';
import { SecretRegistry } from './secrets.js';
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
 * @throws `InputError` at once for a bad `refreshMarginSeconds` or `maxAgeSeconds`, and from
 *   `token()` for other bad options, before any request.
 */
export function createTokenSource(options, runtime = {}) {
    return createRenewingSource(options, runtime);
}
/** {@link createTokenSource}, optionally starting from a token obtained elsewhere (the action's first token). */
export function createRenewingSource(options, runtime = {}, initial) {
    const { refreshMarginSeconds: _margin, maxAgeSeconds: _maxAge, ...tokenOptions } = options;
    const { marginMs, maxAgeMs } = renewalLimits(options);
    const now = runtime.now ?? Date.now;
    let current = initial;
    let pending;
    // A refused refresh token is not sent again when the original grant fails too: the next renewal starts with that grant.
    const forgetRefreshToken = () => {
        if (current)
            current = { ...current, token: withoutRefreshToken(current.token) };
    };
    const renew = async () => {
        const { token, tokenEndpoint, revocationEndpoint, clientAuth } = await obtainToken(tokenOptions, current?.token.refreshToken, runtime, forgetRefreshToken);
        current = { token, tokenEndpoint, revocationEndpoint, obtainedAt: now(), clientAuth };
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
            const before = current;
            // A renewal in flight would hand its callers a token after this revocation: its token is what the source holds.
            await pending?.catch(() => undefined);
            const held = current;
            if (!held)
                return [];
            const { revocationEndpoint, tokenEndpoint, token, clientAuth } = held;
            if (!revocationEndpoint)
                throw noRevocationEndpoint('to revoke a token', tokenOptions.issuer ? new URL(tokenOptions.issuer) : undefined);
            current = undefined;
            // The revocation code loads only for a source that revokes.
            const { revokeTokens } = await import(/* webpackChunkName: "revoke" */ './revoke.js');
            const outcomes = await revokeTokens(tokenOptions, { revocationEndpoint, tokenEndpoint, clientAuth, accessToken: token.accessToken, refreshToken: token.refreshToken }, runtime);
            // The token that renewal replaced was handed out too, and the server honours it until it expires.
            if (before && before.token.accessToken !== token.accessToken) {
                outcomes.push(...(await revokeTokens(tokenOptions, { revocationEndpoint, tokenEndpoint, clientAuth, accessToken: before.token.accessToken }, runtime)));
            }
            return outcomes;
        },
        renewalDueAt: dueAt,
        held: () => current
    };
}
/**
 * `refreshMarginSeconds` and `maxAgeSeconds` in ms, read when the source is made. A value
 * the error quotes has any secret in it redacted, as in every other `InputError`.
 */
export function renewalLimits(options) {
    try {
        return {
            marginMs: durationMsOf('refresh-margin-seconds', options.refreshMarginSeconds, DEFAULT_REFRESH_MARGIN_SECONDS),
            maxAgeMs: durationMsOf('max-age-seconds', options.maxAgeSeconds)
        };
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        const secrets = new SecretRegistry();
        registerSecretOptions(options, secrets);
        throw withoutQuotedSecrets(error, secrets);
    }
}
/**
 * A new token: with `refreshToken` first (RFC 6749 §6), falling back to the original grant
 * of `options` when the server refuses it ({@link isRefusal}) or there is none;
 * `onRefused` hears of the refusal before that grant is tried, so that a caller holding
 * the refresh token drops it even if the grant fails too. A refresh answer without a new
 * refresh token keeps the old one (RFC 6749 §6 lets the server keep it valid).
 */
export async function obtainToken(options, refreshToken, runtime, onRefused) {
    if (refreshToken) {
        try {
            const result = await requestToken(await refreshOptions(options, refreshToken), runtime);
            if (!result.token.refreshToken)
                result.token.refreshToken = refreshToken;
            return result;
        }
        catch (error) {
            // With a refresh_token grant the original grant is a refresh too, with the token given at the start,
            // which rotation has spent: replaying it is what a server's reuse detection punishes (RFC 9700 §4.14.2).
            if (!isRefusal(error) || presetAndGrantOf(options).grant.known === 'refresh_token')
                throw error;
            runtime.debug?.(`The refresh token was refused (${error.error ?? `HTTP ${error.status}`}): renewing with the original grant`);
            onRefused?.();
        }
    }
    return requestToken(options, runtime);
}
/** `token` without its refresh token, which the server refused. */
export function withoutRefreshToken(token) {
    const { refreshToken: _refused, ...rest } = token;
    return rest;
}
/**
 * A refresh the server refused, so that the refresh token is no good but the original
 * grant may be: `invalid_grant` (RFC 6749 §5.2, also on a 200 as Crayon answers) or any
 * other 4xx but 408 and 429, which say "later", not "no".
 */
function isRefusal(error) {
    if (!(error instanceof TokenRequestError))
        return false;
    const { status } = error;
    return error.error === 'invalid_grant' || (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429);
}
/** Options of the original grant that a refresh request (RFC 6749 §6) does not send. */
const GRANT_ONLY_OPTIONS = [
    'username',
    'password',
    'subjectToken',
    'subjectTokenType',
    'actorToken',
    'actorTokenType',
    'requestedTokenType',
    'assertion',
    'assertionIssuer',
    'assertionSubject',
    'assertionAudience',
    'assertionClaims'
];
/** The options of a key that signed the grant's assertion (RFC 7523 §2.1), not a client assertion. */
const GRANT_KEY_OPTIONS = ['privateKey', 'privateKeyId', 'signingAlgorithm'];
/**
 * The refresh request of `options`: the same client, endpoint and scope, the grant's own
 * inputs left out (and the scope and other parameters too for a preset whose refresh
 * sends only its own), and the job's OIDC token asked for only if the client still needs it.
 */
async function refreshOptions(options, refreshToken) {
    const { preset, grant } = presetAndGrantOf(options);
    const refresh = { ...options, grantType: 'refresh_token', refreshToken };
    for (const option of GRANT_ONLY_OPTIONS)
        delete refresh[option];
    if (preset.grantOverrides.refresh_token?.grantParamsOnly)
        for (const option of REQUEST_PARAM_OPTIONS)
            delete refresh[option];
    // The client authenticates as it did for the token it renews (RFC 6749 §6): a client assertion stays one,
    // the job's OIDC token included, which the default choice gives to client_credentials only; a key that
    // signed the grant's assertion signs nothing in a refresh.
    const original = options.clientAuth ?? chooseClientAuth(options, preset, grant);
    if (signsGrantAssertion(grant, options)) {
        for (const option of GRANT_KEY_OPTIONS)
            delete refresh[option];
        refresh.clientAuth = original;
    }
    else if (original === 'private_key_jwt') {
        refresh.clientAuth = 'private_key_jwt';
    }
    if (refresh.githubOidcAudience && (await import('./federation.js')).federatedSlots(refresh).length === 0)
        delete refresh.githubOidcAudience;
    return refresh;
}
/**
 * Fails, naming the input, when `options` cannot be renewed without a person: a
 * one-shot token given by value (a subject token, an assertion, a client assertion),
 * which expires and may not be replayed; or a `refresh-margin-seconds` that is not a
 * duration (checked here, before any request, rather than first in a renewer that runs
 * apart). A refresh token the server sends does not stand in: a refused refresh falls
 * back to the original grant, and a client assertion authenticates every refresh.
 */
export function checkRenewable(options, feature) {
    renewalLimits(options);
    const oneShot = CI_TOKEN_OPTIONS.find((option) => options[option]);
    if (!oneShot)
        return;
    // A key signs a fresh assertion each time; no key stands in for another party's subject token.
    // Neither stands in for a custom assertion grant's assertion (SAML 2.0 bearer): only jwt_bearer's.
    const alternatives = {
        subjectToken: 'github-oidc-audience (a fresh OIDC token each time)',
        assertion: 'github-oidc-audience (a fresh OIDC token each time) or a private-key, with grant-type jwt_bearer,',
        clientAssertion: 'github-oidc-audience (a fresh OIDC token each time) or a private-key'
    };
    const instead = alternatives[oneShot];
    throw new InputError(inputNameOf(oneShot), `is a one-shot token given by value, which ${feature} cannot use again to renew; use ${instead} instead`);
}
