/**
 * Token revocation (RFC 7009 §2.1), authenticating the client the same way as the
 * token request did.
 */
import { withRunContext, type TokenRuntime } from './context.js';
import type { TokenOptions } from './types.js';
import { sendWithRetries } from './retry.js';
import { buildAuthenticatedPost } from './token-request.js';

export interface RevocationTarget {
  revocationEndpoint: URL;
  /** The audience of a signed client assertion, as in the token request. */
  tokenEndpoint: URL;
  accessToken?: string;
  refreshToken?: string;
}

/** What happened to one token: revoked, or why not. */
export interface RevocationOutcome {
  tokenTypeHint: 'access_token' | 'refresh_token';
  revoked: boolean;
  detail: string;
}

/**
 * Revokes the refresh token first (RFC 7009 §2.1: that may also invalidate the access
 * token) and then the access token. Never throws for a server's refusal: the outcome
 * says what happened, for a warning.
 */
export function revokeTokens(options: TokenOptions, target: RevocationTarget, runtime: TokenRuntime = {}): Promise<RevocationOutcome[]> {
  return withRunContext(options, runtime, async (plan, { secrets, http, policy }) => {
    const tokens: Array<[RevocationOutcome['tokenTypeHint'], string | undefined]> = [
      ['refresh_token', target.refreshToken],
      ['access_token', target.accessToken]
    ];
    const outcomes: RevocationOutcome[] = [];
    for (const [tokenTypeHint, token] of tokens) {
      if (!token) continue;
      secrets.add(token);
      const params: Array<[string, string]> = [
        ['token', token],
        ['token_type_hint', tokenTypeHint]
      ];
      const request = await buildAuthenticatedPost(plan, target.revocationEndpoint, params, 'form', secrets, target.tokenEndpoint);
      try {
        const { response } = await sendWithRetries(http.send, request, policy(plan));
        const revoked = response.status === 200;
        outcomes.push({ tokenTypeHint, revoked, detail: revoked ? 'revoked' : `HTTP ${response.status} ${secrets.redact(response.body.slice(0, 200))}`.trim() });
      } catch (error) {
        outcomes.push({ tokenTypeHint, revoked: false, detail: secrets.redact((error as Error).message) });
      }
    }
    return outcomes;
  });
}
