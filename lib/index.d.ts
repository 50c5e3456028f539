/**
 * oauth-token-action as a library: OAuth 2.0 access tokens for CI runners and Node
 * programs, with no dependency on `@actions/core`.
 *
 * @packageDocumentation
 */
export { getToken, requestToken, type TokenResult, type TokenRequestSettings } from './core/get-token.js';
export { revokeTokens, type RevocationOutcome, type RevocationTarget } from './core/revoke.js';
export { createTokenSource, type TokenSource, type TokenSourceOptions } from './core/token-source.js';
export type { TokenRuntime } from './core/context.js';
export { InputError, TokenRequestError, type TokenErrorCode, type TokenRequestErrorDetails } from './core/errors.js';
export { providers, type ProviderName, type ProviderPreset, type BasicCredentialEncoding, type GrantOverride } from './providers/presets.js';
export type { Token, TokenOptions, GrantType, ClientAuthMethod, BodyFormat } from './core/types.js';
