/**
 * The action's post step: stop the keep-fresh renewer, delete the token file and, with
 * `revoke: true`, revoke the tokens at job end (RFC 7009). Nothing here fails the job:
 * every problem is a warning.
 */
import { InputError } from '../core/errors.js';
import { booleanInput, optionsFromInputs } from '../core/inputs.js';
import { revokedTokenName, revokeTokens, type RevocationTarget } from '../core/revoke.js';
import { isoInstant } from '../core/response.js';
import { parseEndpointUrl } from '../core/urls.js';
import { failureMessage, type ActionsCore } from './actions-core.js';
import { readRevocationState, type RevocationState } from './revocation-state.js';
import { readRenewerState, removeTokenFile, stopRenewer } from './token-file.js';

export async function post(core: ActionsCore): Promise<void> {
  // A renewer that stops when asked revokes its last token itself; one that was gone, or had to be
  // killed, may have revoked nothing, and the tokens the main step saved are revoked here.
  const renewerRevoked = await stopKeepFresh(core);
  if (!renewerRevoked) await revokeSavedTokens(core);
}

/** Whether the job asked for revocation; a bad value is the main step's failure to report, not ours. */
function revokeAsked(core: ActionsCore): boolean {
  try {
    return booleanInput('revoke', core.getInput('revoke'));
  } catch {
    return false;
  }
}

/** Stops the renewer (if the main step started one) and deletes the token file; true when the renewer saw to its tokens ({@link stopRenewer}). */
async function stopKeepFresh(core: ActionsCore): Promise<boolean> {
  try {
    const renewer = readRenewerState(core);
    return renewer ? await stopRenewer(core, renewer, revokeAsked(core)) : false;
  } catch (error) {
    core.warning(`Could not stop the token renewer: ${failureMessage(error)}`);
    return false;
  } finally {
    deleteTokenFile(core);
  }
}

/** Deletes the token file; one that cannot be deleted is a warning, and revocation still runs. */
function deleteTokenFile(core: ActionsCore): void {
  try {
    removeTokenFile(core);
  } catch (error) {
    core.warning(`Could not delete the token file: ${failureMessage(error)}`);
  }
}

async function revokeSavedTokens(core: ActionsCore): Promise<void> {
  try {
    if (!revokeAsked(core)) return;
    const state = readRevocationState(core);
    if (!state) {
      core.warning('Token revocation skipped: the main step saved no token (it failed before getting one, or did not run)');
      return;
    }
    // Masked before anything else can print, as in the main step.
    for (const token of [state.accessToken, state.refreshToken]) if (token) core.setSecret(token);
    const target = revocationTarget(core, state, Date.now());
    if (!target.accessToken && !target.refreshToken) return;
    const outcomes = await revokeTokens(
      optionsFromInputs((name) => core.getInput(name)),
      target,
      {
        onSecret: (value) => core.setSecret(value),
        // As in the main step, the core asks the runner for the ID token itself, within timeout-seconds.
        debug: (message) => core.debug(message)
      }
    );
    for (const outcome of outcomes) {
      const what = revokedTokenName(outcome.tokenTypeHint);
      if (outcome.revoked) core.info(`Revoked the ${what} at ${target.revocationEndpoint.host}`);
      else core.warning(`Could not revoke the ${what}: ${outcome.detail}`);
    }
  } catch (error) {
    core.warning(`Token revocation skipped: ${failureMessage(error)}`);
  }
}

/** What to revoke: an access token that has already expired is left out, with a warning. */
function revocationTarget(core: Pick<ActionsCore, 'warning'>, state: RevocationState, nowMs: number): RevocationTarget {
  const expiresAtMs = state.expiresAt === undefined ? undefined : Date.parse(state.expiresAt);
  const expired = expiresAtMs !== undefined && expiresAtMs <= nowMs;
  if (expired) {
    // Written by us, not quoted from the state file.
    core.warning(`The access token expired at ${isoInstant(expiresAtMs)}; not revoking it${state.refreshToken ? ' (the refresh token still is)' : ''}`);
  }
  return {
    revocationEndpoint: savedEndpoint('revocation endpoint', state.revocationEndpoint),
    tokenEndpoint: savedEndpoint('token endpoint', state.tokenEndpoint),
    accessToken: expired ? undefined : state.accessToken,
    refreshToken: state.refreshToken,
    clientAuth: state.clientAuth
  };
}

/**
 * An endpoint read from the saved state, held to the rules of an endpoint input (https://,
 * or http:// on a loopback host): the credentials and tokens sent to it must not travel
 * in plain text because a state file said so.
 */
function savedEndpoint(what: string, value: string): URL {
  try {
    return parseEndpointUrl(what, value);
  } catch (error) {
    throw error instanceof InputError ? new Error(`the ${what} saved by the main step ${error.problem}`) : error;
  }
}
