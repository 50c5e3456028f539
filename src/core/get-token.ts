/**
 * The token request end to end: discover, build, send with retries, parse.
 */
import { withRunContext, type TokenRuntime } from './context.js';
import { resolveEndpoints } from './endpoints.js';
import { TokenRequestError } from './errors.js';
import type { TokenRequestPlan } from './plan.js';
import { parseTokenResponse } from './response.js';
import { sendWithRetries, withAttempts } from './retry.js';
import { buildTokenRequest } from './token-request.js';
import type { Token, TokenOptions } from './types.js';

export interface TokenResult {
  token: Token;
  plan: TokenRequestPlan;
  tokenEndpoint: URL;
  revocationEndpoint?: URL;
}

export interface TokenRequestSettings {
  /** Fail before the token request when no revocation endpoint is known (`revoke: true`). */
  requireRevocationEndpoint?: boolean;
}

/**
 * Gets an access token as `options` describe (RFC 6749 §4.3, §4.4, §6; RFC 8693 §2;
 * RFC 7523 §2), with the endpoints that were used.
 *
 * @throws `InputError` for bad options (and a missing revocation endpoint), before any request.
 * @throws {@link TokenRequestError} when the server refuses or cannot be reached.
 */
export function requestToken(options: TokenOptions, runtime: TokenRuntime = {}, settings: TokenRequestSettings = {}): Promise<TokenResult> {
  return withRunContext(options, runtime, async (plan, { secrets, http, debug, now, policy }) => {
    const retryPolicy = policy(plan);
    const { tokenEndpoint, revocationEndpoint } = await resolveEndpoints(plan, http.send, retryPolicy, settings.requireRevocationEndpoint);
    const request = await buildTokenRequest(plan, tokenEndpoint, secrets);
    debug(`POST ${tokenEndpoint.href}: grant ${plan.grantType}, client auth ${plan.clientAuth}, ${plan.bodyFormat} body`);
    const { response, attempts } = await sendWithRetries(http.send, request, retryPolicy);
    debug(`Token endpoint answered HTTP ${response.status} (${String(response.headers['content-type'] ?? 'no content type')}) after ${attempts} attempt(s)`);
    let token: Token;
    try {
      token = parseTokenResponse(response, now(), (text) => secrets.redact(text), plan.preset.responseAliases);
    } catch (error) {
      throw error instanceof TokenRequestError ? withAttempts(error, attempts) : error;
    }
    for (const secret of [token.accessToken, token.refreshToken, token.idToken]) secrets.add(secret);
    return { token, plan, tokenEndpoint, revocationEndpoint };
  });
}

/**
 * Gets an access token (CONTRACT.md, "Library").
 *
 * @example
 * const token = await getToken({ provider: 'crayon', clientId, clientSecret, username, password });
 */
export async function getToken(options: TokenOptions, runtime: TokenRuntime = {}): Promise<Token> {
  return (await requestToken(options, runtime)).token;
}
