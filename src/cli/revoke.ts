/**
 * `oauth-token revoke`: revokes the tokens a job used (RFC 7009), for GitLab's
 * `after_script` and Jenkins' `post`. Loaded only when that subcommand runs.
 */
import { revokeAtEndpoints, revokedTokenName } from '../core/revoke.js';
import type { TokenRuntime } from '../core/context.js';
import type { TokenOptions } from '../core/types.js';

export interface RevokeCommand {
  options: TokenOptions;
  accessToken?: string;
}

/**
 * Revokes the command's tokens and reports each outcome as one stderr line; resolves to
 * whether the endpoint accepted every token (exit 0) or not (exit 1).
 */
export async function revoke(command: RevokeCommand, runtime: TokenRuntime, report: (line: string) => void): Promise<boolean> {
  const outcomes = await revokeAtEndpoints(command.options, { accessToken: command.accessToken, refreshToken: command.options.refreshToken }, runtime);
  for (const outcome of outcomes) {
    const what = revokedTokenName(outcome.tokenTypeHint);
    report(outcome.revoked ? `revoked the ${what}` : `could not revoke the ${what}: ${outcome.detail}`);
  }
  return outcomes.every((outcome) => outcome.revoked);
}
