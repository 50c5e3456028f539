/**
 * Secretless CI: the job's GitHub OIDC ID token stands in for whichever of subject
 * token (RFC 8693), assertion (RFC 7523 §2.1) or client assertion (RFC 7523 §2.2) the
 * request needs and was not given.
 */
import { providers } from '../providers/presets.js';
import { InputError } from './errors.js';
import { parseGrantType } from './grants.js';
import type { TokenOptions } from './types.js';

/** Fetches the job's OIDC ID token for an audience. */
export type IdTokenSource = (audience: string) => Promise<string>;

const PERMISSION_HINT =
  'needs the job\'s OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set: add "permissions: id-token: write" to the job (or workflow)';

/** Which options the federated token fills, given what is already there. */
export function federatedSlots(options: TokenOptions): Array<'subjectToken' | 'assertion' | 'clientAssertion'> {
  const preset = providers[options.provider ?? 'generic'];
  const grant = options.grantType ? parseGrantType(options.grantType) : (preset?.grantType ?? 'client_credentials');
  const slots: Array<'subjectToken' | 'assertion' | 'clientAssertion'> = [];
  if (grant === 'token_exchange' && !options.subjectToken) slots.push('subjectToken');
  if (grant === 'jwt_bearer' && !options.assertion) slots.push('assertion');
  const hasClientKey = options.clientAssertion || options.privateKey;
  const impliesKeyAuth = !options.clientAuth && !preset?.clientAuth && !options.clientSecret && grant === 'client_credentials';
  if (!hasClientKey && (options.clientAuth === 'private_key_jwt' || impliesKeyAuth)) slots.push('clientAssertion');
  return slots;
}

/** `options` with the job's ID token filled in where it is needed. */
export async function withFederatedToken(options: TokenOptions, source: IdTokenSource, onToken: (token: string) => void): Promise<TokenOptions> {
  const audience = options.githubOidcAudience;
  if (!audience) return options;
  const slots = federatedSlots(options);
  if (slots.length === 0) {
    throw new InputError('github-oidc-audience', 'is given but nothing uses it: subject-token, assertion and client-assertion are given or not needed');
  }
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) throw new InputError('github-oidc-audience', PERMISSION_HINT);
  const idToken = await source(audience);
  onToken(idToken);
  const filled: TokenOptions = { ...options };
  for (const slot of slots) filled[slot] = idToken;
  return filled;
}
