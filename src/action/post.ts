/**
 * The action's post step: with `revoke: true`, revoke the tokens at job end
 * (RFC 7009). Nothing here fails the job: a problem is a warning.
 */
import { booleanInput, optionsFromInputs } from '../core/inputs.js';
import { revokeTokens } from '../core/revoke.js';
import { failureMessage, type ActionsCore } from './actions-core.js';
import { REVOCATION_STATE, type RevocationState } from './main.js';

export async function post(core: ActionsCore): Promise<void> {
  try {
    if (!booleanInput('revoke', core.getInput('revoke'))) return;
    const saved = core.getState(REVOCATION_STATE);
    if (!saved) {
      core.warning('Token revocation skipped: the main step saved no token (it failed or did not run)');
      return;
    }
    const state = JSON.parse(saved) as RevocationState;
    for (const secret of [state.accessToken, state.refreshToken]) if (secret) core.setSecret(secret);
    const outcomes = await revokeTokens(
      optionsFromInputs((name) => core.getInput(name)),
      {
        revocationEndpoint: new URL(state.revocationEndpoint),
        tokenEndpoint: new URL(state.tokenEndpoint),
        accessToken: state.accessToken,
        refreshToken: state.refreshToken
      },
      { onSecret: (value) => core.setSecret(value), debug: (message) => core.debug(message), getIdToken: (audience) => core.getIDToken(audience) }
    );
    for (const outcome of outcomes) {
      const what = outcome.tokenTypeHint.replace('_', ' ');
      if (outcome.revoked) core.info(`Revoked the ${what} at ${new URL(state.revocationEndpoint).host}`);
      else core.warning(`Could not revoke the ${what}: ${outcome.detail}`);
    }
  } catch (error) {
    core.warning(`Token revocation skipped: ${failureMessage(error)}`);
  }
}
