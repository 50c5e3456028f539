/**
 * The action's main step: read inputs, get the token, mask it, write outputs.
 */
import { appendFileSync } from 'node:fs';
import { withoutQuotedSecrets } from '../core/context.js';
import { booleanInput, optionsFromInputs, SECRET_INPUTS } from '../core/inputs.js';
import { followUpLines, InputError } from '../core/errors.js';
import { requestToken, type TokenResult } from '../core/get-token.js';
import { escapeToAscii, MAX_LINE_LENGTH, neutralize, redactedThroughInvisibles } from '../core/neutralize.js';
import { TOKEN_FILE_OUTPUT, tokenOutputs } from '../core/outputs.js';
import { durationMsOf } from '../core/renewal.js';
import { SecretRegistry } from '../core/secrets.js';
import { failureMessage, type ActionsCore } from './actions-core.js';

export async function main(core: ActionsCore): Promise<void> {
  try {
    const options = optionsFromInputs((name) => core.getInput(name));
    const revoke = booleanInput('revoke', core.getInput('revoke'));
    const exportEnv = envVarName(core.getInput('export-env'));
    const keepFresh = booleanInput('keep-fresh', core.getInput('keep-fresh'));
    const tokenFile = keepFresh || booleanInput('token-file', core.getInput('token-file'));
    // The token file and its renewer (node:crypto, child processes) load only for a run that asks for them.
    if (keepFresh) (await import('../core/token-source.js')).checkRenewable(options, 'keep-fresh');
    // Checked without keep-fresh too, as the CLI checks it: an input that fails only once keep-fresh is turned on is a trap.
    else durationMsOf('refresh-margin-seconds', options.refreshMarginSeconds);
    const tokenFileIo = tokenFile ? await import('./token-file.js') : undefined;
    const file = tokenFileIo?.reserveTokenFile(keepFresh ? 'keep-fresh' : 'token-file');
    // Saved at once: the post step deletes the file even if the request fails.
    if (tokenFileIo && file) core.saveState(tokenFileIo.TOKEN_FILE_STATE, file);
    const obtainedAt = Date.now();
    // Every secret the core reports is masked at once, and kept to redact the server's text we print.
    const secrets = new SecretRegistry((value) => core.setSecret(value));
    const result = await requestToken(
      options,
      // No getIdToken: the core asks the runner itself, within timeout-seconds; core.getIDToken has no
      // deadline, and its pending socket would keep the step alive after a failure.
      { onSecret: (value) => secrets.addExact(value), debug: (message) => core.debug(message) },
      { requireRevocationEndpoint: revoke }
    );
    // Saved first, so that the post step revokes the token even if a later write fails (the renewer's
    // start included). Loaded only for `revoke: true` (a chunk of its own in dist/): what a run does
    // not use stays off its start-up.
    if (revoke) (await import('./revocation-state.js')).saveRevocationState(core, result);
    writeOutputs(core, result);
    if (tokenFileIo && file) {
      tokenFileIo.fillTokenFile(file, result.token.accessToken);
      core.setOutput(TOKEN_FILE_OUTPUT, file);
      if (keepFresh) {
        // The revocation state stays: a renewer that is gone at the post step revoked nothing, and the post step then does.
        core.saveState(tokenFileIo.RENEWER_STATE, JSON.stringify(await tokenFileIo.startRenewer(tokenFileIo.renewerOrders(options, file, revoke, result, obtainedAt))));
      }
    }
    if (exportEnv) core.exportVariable(exportEnv, result.token.accessToken);
    const shown = (text: string) => escapeToAscii(redactedThroughInvisibles(text, (part) => secrets.redact(part)));
    core.info(describe(result, shown));
    writeSummary(core, result, shown);
  } catch (error) {
    core.setFailed(failureMessage(error instanceof InputError ? inputErrorToShow(core, error) : error));
    for (const line of followUpLines(error)) core.info(line);
  }
}

/**
 * The inputs read here (`revoke`, `export-env`, ...) fail before the core has registered a
 * secret: a value quoted from one of them that is a secret input's (put in the wrong input) is redacted, as the core does.
 */
function inputErrorToShow(core: ActionsCore, error: InputError): InputError {
  const secrets = new SecretRegistry();
  for (const name of SECRET_INPUTS) secrets.add(core.getInput(name));
  return withoutQuotedSecrets(error, secrets);
}

/**
 * Variables the runner, Node, the shells and the tools of later steps rely on: a token
 * there would break every later step (`PATH`), or hand it code to run (`NODE_OPTIONS`,
 * `BASH_ENV`, `LD_PRELOAD`). Compared whatever the case, as Windows does.
 */
const RESERVED_ENV_NAMES =
  /^(PATH|PATHEXT|HOME|USER|USERNAME|LOGNAME|SHELL|SHELLOPTS|BASHOPTS|BASH_ENV|ENV|PS4|PROMPT_COMMAND|IFS|CDPATH|GLOBIGNORE|PWD|OLDPWD|LANG|TZ|TERM|TEMP|TMP|TMPDIR|CI|COMSPEC|SYSTEMROOT|WINDIR|USERPROFILE|APPDATA|LOCALAPPDATA|PSMODULEPATH|HTTPS?_PROXY|NO_PROXY|ALL_PROXY|SSL_CERT_(FILE|DIR)|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|PYTHONPATH|PYTHONSTARTUP|PYTHONHOME|PERL5OPT|PERL5LIB|PERLLIB|RUBYOPT|RUBYLIB|EDITOR|VISUAL|PAGER|MANPAGER|BROWSER|ZDOTDIR|GCONV_PATH|(NODE|LD|DYLD|LC|GITHUB|RUNNER|ACTIONS|INPUT|STATE|NPM_CONFIG|GIT|SSH|DOTNET|CORECLR|COMPLUS)_\w*)$/i;

function envVarName(value: string): string | undefined {
  if (!value) return undefined;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
    throw new InputError('export-env', `must be an environment variable name like ACCESS_TOKEN (got "${value}")`);
  }
  if (RESERVED_ENV_NAMES.test(value)) {
    throw new InputError('export-env', `names a variable the runner, Node or the shell of later steps rely on (got "${value}"); choose a name of your own like ACCESS_TOKEN`);
  }
  return value;
}

/** Every output of the contract, empty when unknown or absent. */
function writeOutputs(core: ActionsCore, { token }: TokenResult): void {
  for (const [name, value] of tokenOutputs(token)) core.setOutput(name, value ?? '');
}

/** Server text as the log and the summary show it: redacted, as printable ASCII (RFC 6749 §A.4 / §7.1), never raw. */
type Shown = (serverText: string) => string;

function describe({ token, tokenEndpoint, provider, grant }: TokenResult, shown: Shown): string {
  const expiry = token.expiresAt ? `, expires at ${token.expiresAt}` : '';
  // RFC 8693 §2.2.1: token_type N_A marks a token that is no access token; issued_token_type says what it is.
  const kind = token.tokenType === 'N_A' && token.issuedTokenType ? `a token of type ${shown(token.issuedTokenType)}` : `a ${shown(token.tokenType)} token`;
  const line = `Got ${kind} from ${tokenEndpoint.host} (provider ${provider}, grant ${grant}${expiry})`;
  return neutralize(line, MAX_LINE_LENGTH);
}

/**
 * A short table in the job summary, with no secret in it. `@actions/core` renders it;
 * it is appended here synchronously, as the runner's other files are: `summary.write()`
 * goes through the libuv thread pool (four threads started for one small append, about
 * 3% of the step's time in `npm run bench`). A summary that cannot be written (an
 * unwritable GITHUB_STEP_SUMMARY) is a warning: the token is already out.
 */
function writeSummary(core: ActionsCore, { token, tokenEndpoint, provider, grant }: TokenResult, shown: Shown): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const cells = [provider, tokenEndpoint.host, grant, token.scope === undefined ? 'not stated' : shown(token.scope), token.expiresAt ?? 'unknown'];
  const table = core.summary
    .emptyBuffer()
    .addHeading('OAuth token', 3)
    .addTable([
      [
        { data: 'Provider', header: true },
        { data: 'Token endpoint host', header: true },
        { data: 'Grant', header: true },
        { data: 'Granted scope', header: true },
        { data: 'Expires at', header: true }
      ],
      cells.map(summaryCell)
    ])
    .stringify();
  try {
    appendFileSync(file, table);
  } catch (error) {
    core.warning(`Could not write the job summary (GITHUB_STEP_SUMMARY): ${failureMessage(error)}`);
  }
}

/**
 * The summary is Markdown around an HTML table, and `scope` comes from the server: each
 * cell is one neutralised line (a blank line would end the HTML block and let Markdown
 * after it render), with its markup escaped.
 */
function summaryCell(text: string): string {
  return neutralize(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
