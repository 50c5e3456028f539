/**
 * What the main step leaves the post step for `revoke: true`. The runner keeps it in
 * the `GITHUB_STATE` file and hands it to the post step as the `STATE_revocation`
 * environment variable; it never reaches the log.
 */
import type { TokenResult } from '../core/get-token.js';
import { CLIENT_AUTH_METHODS } from '../core/plan.js';
import type { ClientAuthMethod } from '../core/types.js';
import type { ActionsCore } from './actions-core.js';
import { readSavedState } from './saved-state.js';

/** The name under which the state is saved (`STATE_revocation` in the post step). */
export const REVOCATION_STATE = 'revocation';

export interface RevocationState {
  revocationEndpoint: string;
  /** The audience of a client assertion, as in the token request. */
  tokenEndpoint: string;
  accessToken: string;
  /** ISO-8601 UTC, when known: an expired access token is not sent again. */
  expiresAt?: string;
  refreshToken?: string;
  /** The token request's client authentication (discovery may have chosen it). */
  clientAuth?: ClientAuthMethod;
}

/** Saves what revocation needs; called as soon as the token is obtained. */
export function saveRevocationState(core: Pick<ActionsCore, 'saveState'>, { token, tokenEndpoint, revocationEndpoint, clientAuth }: TokenResult): void {
  const state: RevocationState = {
    revocationEndpoint: revocationEndpoint!.href,
    tokenEndpoint: tokenEndpoint.href,
    accessToken: token.accessToken,
    expiresAt: token.expiresAt,
    refreshToken: token.refreshToken,
    clientAuth
  };
  core.saveState(REVOCATION_STATE, JSON.stringify(state));
}

/**
 * The saved state, or undefined when the main step saved none. Throws an error whose
 * message never quotes the state (it holds tokens) when the state is not ours.
 */
export function readRevocationState(core: Pick<ActionsCore, 'getState'>): RevocationState | undefined {
  return readSavedState(core, REVOCATION_STATE, isRevocationState);
}

function isRevocationState(value: unknown): value is RevocationState {
  if (value === null || typeof value !== 'object') return false;
  const state = value as Record<string, unknown>;
  const optionalString = (field: unknown) => field === undefined || typeof field === 'string';
  return (
    isUrl(state.revocationEndpoint) &&
    isUrl(state.tokenEndpoint) &&
    typeof state.accessToken === 'string' &&
    (state.expiresAt === undefined || (typeof state.expiresAt === 'string' && !Number.isNaN(Date.parse(state.expiresAt)))) &&
    optionalString(state.refreshToken) &&
    (state.clientAuth === undefined || CLIENT_AUTH_METHODS.includes(state.clientAuth as ClientAuthMethod))
  );
}

function isUrl(value: unknown): boolean {
  return typeof value === 'string' && URL.canParse(value);
}
