/**
 * Token revocation (RFC 7009), authenticating the client the same way as the token
 * request did.
 */
import { withRunContext } from './context.js';
import { noRevocationEndpoint, resolveEndpoints } from './endpoints.js';
import { isSuccessStatus } from './http.js';
import { errorText } from './errors.js';
import { mediaTypeOf, oauthErrorOf, parseJsonObject } from './response.js';
import { sendWithRetries } from './retry.js';
import { buildAuthenticatedPost } from './token-request.js';
import { CLIENT_AUTH_METHODS, enumOption, presetAndGrantOf } from './plan.js';
import { parseEndpointUrl, shownUrl } from './urls.js';
/** `access token` or `refresh token`: how a message names the token of an outcome. */
export function revokedTokenName(tokenTypeHint) {
    return tokenTypeHint.replace('_', ' ');
}
/**
 * Revokes the refresh token first (RFC 7009 §2.1: that may invalidate the access token
 * too) and then the access token, each with a `token_type_hint` (RFC 7009 §2.1) and the
 * client authentication of `options`. Any 2xx answer counts as revoked: RFC 7009 §2.2
 * answers 200 for an unknown or expired token too.
 *
 * Never throws for a server's refusal or a network failure: each outcome says what
 * happened, for a warning. Bad `options`, and a `revocationEndpoint` that is `http://` off
 * loopback, still throw an `InputError`, before any request.
 */
export function revokeTokens(options, target, runtime = {}) {
    return withRunContext(options, runtime, (planned, context) => {
        // The caller's endpoint gets the credentials and tokens: held to the rule of the input (https://, or http:// on loopback).
        // String() too: a TokenResult saved as JSON and read back holds its URLs as strings.
        const revocationEndpoint = parseEndpointUrl('revocation-url', String(target.revocationEndpoint));
        const tokenEndpoint = parseEndpointUrl('token-url', String(target.tokenEndpoint));
        const clientAuth = enumOption('client-auth', target.clientAuth, CLIENT_AUTH_METHODS) ?? planned.clientAuth;
        return revokeEach({ ...planned, clientAuth }, context, { ...target, revocationEndpoint, tokenEndpoint });
    });
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
export async function revokeAtEndpoints(options, tokens, runtime = {}) {
    return withRunContext(requestOptionsOf(options), runtime, async (planned, context) => {
        for (const token of [tokens.accessToken, tokens.refreshToken])
            context.secrets.add(token);
        const io = { send: context.http.send, policy: context.policy(planned), redact: (text) => context.secrets.redact(text) };
        const { tokenEndpoint, revocationEndpoint, plan } = await resolveEndpoints(planned, io);
        if (!revocationEndpoint)
            throw noRevocationEndpoint('to revoke a token', planned.issuer);
        return revokeEach(plan, context, { ...tokens, tokenEndpoint, revocationEndpoint });
    });
}
/**
 * `options` as the token request took them: a refresh token being revoked is an input of
 * that request only when its grant was refresh_token (RFC 6749 §6).
 */
function requestOptionsOf(options) {
    const { grant } = presetAndGrantOf(options);
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
        const build = () => buildAuthenticatedPost(plan, target.revocationEndpoint, params, 'form', secrets, target.tokenEndpoint);
        const request = await build();
        debug(`POST ${shownUrl(target.revocationEndpoint, redact)}: revoke the ${revokedTokenName(tokenTypeHint)}, client auth ${plan.clientAuth}`);
        try {
            const { response } = await sendWithRetries(http.send, request, policy(plan), build);
            debug(`Revocation endpoint answered HTTP ${response.status}`);
            const revoked = isSuccessStatus(response.status);
            outcomes.push({ tokenTypeHint, revoked, detail: revoked ? 'revoked' : refusal(response, redact) });
        }
        catch (error) {
            outcomes.push({ tokenTypeHint, revoked: false, detail: errorText(error, redact) });
        }
    }
    return outcomes;
}
/** One line for a refused revocation: status, then the RFC 7009 §2.2.1 error or the content type. */
function refusal(response, redact) {
    const { detail } = oauthErrorOf(parseJsonObject(response), redact);
    if (detail)
        return `revocation endpoint answered HTTP ${response.status}: ${detail}`;
    const contentType = mediaTypeOf(response, redact);
    return `revocation endpoint answered HTTP ${response.status}${contentType ? ` (${contentType})` : ''}`;
}
