/**
 * Token revocation (RFC 7009), authenticating the client the same way as the token
 * request did.
 */
import { withRunContext } from './context.js';
import { mediaTypeOf, oauthErrorOf, parseJsonObject } from './response.js';
import { sendWithRetries } from './retry.js';
import { buildAuthenticatedPost } from './token-request.js';
/**
 * Revokes the refresh token first (RFC 7009 §2.1: that may invalidate the access token
 * too) and then the access token, each with a `token_type_hint` (RFC 7009 §2.1) and the
 * client authentication of `options`. Any 2xx answer counts as revoked: RFC 7009 §2.2
 * answers 200 for an unknown or expired token too.
 *
 * Never throws for a server's refusal or a network failure: each outcome says what
 * happened, for a warning. Bad `options` still throw an `InputError`.
 */
export function revokeTokens(options, target, runtime = {}) {
    return withRunContext(options, runtime, async (plan, { secrets, http, debug, policy }) => {
        const tokens = [
            ['refresh_token', target.refreshToken],
            ['access_token', target.accessToken]
        ];
        for (const [, token] of tokens)
            secrets.add(token);
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
            debug(`POST ${target.revocationEndpoint.href}: revoke the ${tokenTypeHint.replace('_', ' ')}, client auth ${plan.clientAuth}`);
            try {
                const { response } = await sendWithRetries(http.send, request, policy(plan));
                debug(`Revocation endpoint answered HTTP ${response.status}`);
                const revoked = response.status >= 200 && response.status < 300;
                outcomes.push({ tokenTypeHint, revoked, detail: revoked ? 'revoked' : refusal(response, (text) => secrets.redact(text)) });
            }
            catch (error) {
                outcomes.push({ tokenTypeHint, revoked: false, detail: secrets.redact(error.message) });
            }
        }
        return outcomes;
    });
}
/** One line for a refused revocation: status, then the RFC 7009 §2.2.1 error or the content type. */
function refusal(response, redact) {
    const { detail } = oauthErrorOf(parseJsonObject(response), redact);
    if (detail)
        return `revocation endpoint answered HTTP ${response.status}: ${detail}`;
    const contentType = mediaTypeOf(response);
    return `revocation endpoint answered HTTP ${response.status}${contentType ? ` (${contentType})` : ''}`;
}
