/**
 * The token request end to end: discover, build, send with retries, parse.
 */
import { withRunContext } from './context.js';
import { resolveEndpoints } from './endpoints.js';
import { TokenRequestError } from './errors.js';
import { foreignText, neutralize } from './neutralize.js';
import { parseTokenResponse } from './response.js';
import { sendWithRetries, withAttempts } from './retry.js';
import { buildTokenRequest } from './token-request.js';
import { shownUrl } from './urls.js';
/**
 * Gets an access token as `options` describe (RFC 6749 §4.3, §4.4, §6; RFC 8693 §2;
 * RFC 7523 §2), with the endpoints that were used.
 *
 * @throws `InputError` for bad options (and a missing revocation endpoint), before any request.
 * @throws {@link TokenRequestError} when the server refuses or cannot be reached; a
 *   refusal (HTTP 4xx) or an answer that is no token (a web page) carries a `hint` when it
 *   is a well-known one, and a refusal the claims of the CI OIDC token the request
 *   presented as `federatedClaims` (also given to `runtime.debug` on success).
 */
export function requestToken(options, runtime = {}, settings = {}) {
    return withRunContext(options, runtime, async (planned, { secrets, http, debug, now, policy, presented }) => {
        const retryPolicy = policy(planned);
        const redact = (text) => secrets.redact(text);
        const { tokenEndpoint, revocationEndpoint, plan } = await resolveEndpoints(planned, { send: http.send, policy: retryPolicy, redact }, settings.requireRevocationEndpoint);
        const build = () => buildTokenRequest(plan, tokenEndpoint, secrets);
        const request = await build();
        debug(`POST ${shownUrl(tokenEndpoint, redact)}: grant ${secrets.redactValue(plan.grant.name)}, client auth ${plan.clientAuth}, ${plan.bodyFormat} body`);
        const { response, attempts } = await sendWithRetries(http.send, request, retryPolicy, build);
        const contentType = foreignText(response.headers['content-type'], redact) ?? 'no content type';
        debug(`Token endpoint answered HTTP ${response.status} (${contentType}) after ${attempts} attempt(s)`);
        let token;
        try {
            token = parseTokenResponse(response, now(), redact, plan.preset.responseAliases);
        }
        catch (error) {
            const shown = (value) => neutralize(secrets.redactValue(value));
            throw error instanceof TokenRequestError ? await explained(withAttempts(error, attempts), { plan, presented, shown, redact }, now()) : error;
        }
        for (const secret of [token.accessToken, token.refreshToken, token.idToken])
            secrets.add(secret);
        if (presented)
            debug((await import(/* webpackChunkName: "claims" */ './federated-claims.js')).describePresentedToken(presented, now(), redact));
        return { token, tokenEndpoint, revocationEndpoint, clientAuth: plan.clientAuth, provider: plan.preset.name, grant: plan.grant.name };
    });
}
/**
 * A refusal (HTTP 4xx) or an answer that is no token (a 200 web page) with its hint and the
 * claims of the CI token presented; a failing server (5xx) and the network as they are.
 */
async function explained(error, request, nowMs) {
    if (error.status === undefined || error.status >= 500)
        return error;
    // Loaded only when a request is refused.
    // One chunk with the claims code (webpackChunkName), which the hints use too: each bundle holds it once.
    const { explainRefusal } = await import(/* webpackChunkName: "claims" */ './hints.js');
    return explainRefusal(error, request, nowMs);
}
/**
 * Gets an access token (CONTRACT.md, "Library").
 *
 * @example
 * const token = await getToken({ provider: 'crayon', clientId, clientSecret, username, password });
 */
export async function getToken(options, runtime = {}) {
    return (await requestToken(options, runtime)).token;
}
