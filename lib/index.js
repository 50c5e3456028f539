/**
 * oauth-token-action as a library: OAuth 2.0 access tokens for CI runners and Node
 * programs, with no dependency on `@actions/core`.
 *
 * @packageDocumentation
 */
export { getToken, requestToken } from './core/get-token.js';
export { revokeTokens } from './core/revoke.js';
export { createTokenSource } from './core/token-source.js';
export { InputError, TokenRequestError } from './core/errors.js';
export { providers } from './providers/presets.js';
