/**
 * The action's main step: read inputs, get the token, mask it, write outputs.
 */
import { booleanInput, optionsFromInputs } from '../core/inputs.js';
import { InputError } from '../core/errors.js';
import { requestToken, type TokenResult } from '../core/get-token.js';
import { tokenOutputs } from '../core/outputs.js';
import { failureMessage, type ActionsCore } from './actions-core.js';

export async function main(core: ActionsCore): Promise<void> {
  try {
    const options = optionsFromInputs((name) => core.getInput(name));
    const revoke = booleanInput('revoke', core.getInput('revoke'));
    const exportEnv = envVarName(core.getInput('export-env'));
    const result = await requestToken(
      options,
      // No getIdToken: the core asks the runner itself, within timeout-seconds; core.getIDToken has no
      // deadline, and its pending socket would keep the step alive after a failure.
      { onSecret: (value) => core.setSecret(value), debug: (message) => core.debug(message) },
      { requireRevocationEndpoint: revoke }
    );
    // Saved first, so that the post step revokes the token even if a later write fails.
    // Loaded only for `revoke: true` (a chunk of its own in dist/), as what a run does not use stays off its start-up.
    if (revoke) (await import('./revocation-state.js')).saveRevocationState(core, result);
    writeOutputs(core, result);
    if (exportEnv) core.exportVariable(exportEnv, result.token.accessToken);
    core.info(describe(options.provider ?? 'generic', result));
    await writeSummary(core, options.provider ?? 'generic', result);
  } catch (error) {
    core.setFailed(failureMessage(error));
  }
}

function envVarName(value: string): string | undefined {
  if (!value) return undefined;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
    throw new InputError('export-env', `must be an environment variable name like ACCESS_TOKEN (got "${value}")`);
  }
  return value;
}

/** Every output of the contract, empty when unknown or absent. */
function writeOutputs(core: ActionsCore, { token }: TokenResult): void {
  for (const [name, value] of tokenOutputs(token)) core.setOutput(name, value ?? '');
}

function describe(provider: string, { token, tokenEndpoint, plan }: TokenResult): string {
  const expiry = token.expiresAt ? `, expires at ${token.expiresAt}` : '';
  return `Got a ${token.tokenType} token from ${tokenEndpoint.host} (provider ${provider}, grant ${plan.grantType}${expiry})`;
}

/** A short table in the job summary, with no secret in it. */
async function writeSummary(core: ActionsCore, provider: string, { token, tokenEndpoint, plan }: TokenResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary
    .addHeading('OAuth token', 3)
    .addTable([
      [
        { data: 'Provider', header: true },
        { data: 'Token endpoint host', header: true },
        { data: 'Grant', header: true },
        { data: 'Granted scope', header: true },
        { data: 'Expires at', header: true }
      ],
      [provider, tokenEndpoint.host, plan.grantType, token.scope ?? 'not stated', token.expiresAt ?? 'unknown'].map(escapeHtml)
    ])
    .write();
}

/** The summary is HTML and `scope` comes from the server: it must not inject markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
