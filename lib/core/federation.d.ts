import type { CI_TOKEN_OPTIONS } from './names.js';
import type { TokenOptions } from './types.js';
/** Fetches the job's OIDC ID token for an audience. */
export type IdTokenSource = (audience: string) => Promise<string>;
/** The options the job's ID token can fill. */
export type FederatedSlot = (typeof CI_TOKEN_OPTIONS)[number];
/**
 * Which options the federated token fills, given what is already there: the grant's
 * own token, and the client assertion when the client authenticates with a JWT it was
 * not given (explicit `private_key_jwt`, or `generic` client credentials with no secret).
 */
export declare function federatedSlots(options: TokenOptions): FederatedSlot[];
/**
 * `options` with the job's ID token filled in where it is needed. Everything else is
 * validated first with `validate` (a stand-in token in the slots), so a bad input fails
 * before the runner is asked for a token; the token is handed to `onToken` (to mask
 * it) before it is used. `redact` removes secrets from the text of an unexpected
 * failure of `source`.
 */
export declare function withFederatedToken(options: TokenOptions, source: IdTokenSource, onToken: (token: string) => void, validate?: (options: TokenOptions) => unknown, redact?: (text: string) => string): Promise<TokenOptions>;
