/**
 * `oauth-token --help`, generated from the input table so it can never fall behind it.
 */
import { VERSION } from '../core/version.js';
import { ACCESS_TOKEN_INPUT, CLI_INPUTS, COMMAND_LABELS, envVarOf, flagOf, WITHOUT_EFFECT } from './options.js';
import { OUTPUT_FORMATS } from './output.js';

const INDENT = '      ';

function inputEntry(input: (typeof CLI_INPUTS)[number]): string {
  const notes = [
    envVarOf(input.name),
    ...(input.secret ? ['secret: set the env var, a flag shows in the process list'] : []),
    ...(input.default ? [`default ${input.default}`] : []),
    ...(input.kind === 'lines' ? ['repeat the flag for more lines'] : []),
    ...refusedBy(input.name)
  ];
  return `  ${flagOf(input.name)} <value>   [${notes.join('; ')}]\n${INDENT}${input.description}`;
}

/** `a token request and exec refuse it: ...` for an input that has no effect on them. */
function refusedBy(input: string): string[] {
  const commands = Object.entries(WITHOUT_EFFECT)
    .filter(([, inputs]) => inputs.includes(input))
    .map(([command]) => COMMAND_LABELS[command as keyof typeof WITHOUT_EFFECT]);
  return commands.length ? [`${commands.join(' and ')} refuse${commands.length === 1 ? 's' : ''} it: it has no effect there`] : [];
}

export function helpText(): string {
  return `oauth-token ${VERSION}: get an OAuth 2.0 access token and print it for shell use.

Usage: oauth-token [options]      (also: npx oauth-token-action [options])
       oauth-token revoke [options]   revoke a token (RFC 7009): see "Revoke" below
       oauth-token exec [options] -- COMMAND [ARGS...]

Every option can also be given as its environment variable; a flag wins over it.
Put secrets in environment variables: flags are visible to every user of the machine.

Options:
${CLI_INPUTS.map(inputEntry).join('\n')}
  --output <format>   [flag only; default token]
${INDENT}What stdout gets: ${OUTPUT_FORMATS.join(', ')}.
${INDENT}token: the access token and a newline. json: one JSON object.
${INDENT}env: export ACCESS_TOKEN='...' lines for eval. dotenv: KEY=value lines for GitLab's artifacts:reports:dotenv.
${INDENT}pwsh: $env:ACCESS_TOKEN = '...' lines for PowerShell's Invoke-Expression.
  --cache   [OAUTH_CACHE=true; folder: OAUTH_CACHE_DIR, else $XDG_RUNTIME_DIR/oauth-token, else $RUNNER_TEMP/oauth-token, else the OS temp dir/oauth-token-<uid>]
${INDENT}Reuse the token from a per-user cache while it is outside the refresh margin; renew it when not.
  --verbose   [flag only]
${INDENT}Redacted diagnostics of each request on stderr.
  -h, --help
${INDENT}This help.
  -V, --version
${INDENT}The version.

exec takes the options above but --output, --cache and --revocation-url, and runs COMMAND with ACCESS_TOKEN,
TOKEN_TYPE, EXPIRES_AT and ACCESS_TOKEN_FILE set: the file (readable by you only) is rewritten with a renewed
token before the old one expires, and deleted when COMMAND ends. Signals are passed on to COMMAND, but SIGINT
and SIGQUIT not when exec runs at a terminal (its Ctrl-C reaches COMMAND from the terminal) and none on
Windows (they come from the console, which COMMAND shares), and exec exits with its status (127: not found;
126: cannot be run).

Exit status: 0 token printed; 1 the server refused or could not be reached; 2 bad usage or input.

Revoke: oauth-token revoke [options]
${INDENT}Revokes the access token and the refresh token given (RFC 7009), authenticating the client
${INDENT}with the same options as the token request. The endpoint is --revocation-url, else the
${INDENT}issuer's revocation_endpoint. Takes every option above but --output and --cache, and:
  ${flagOf(ACCESS_TOKEN_INPUT)} <value>   [${envVarOf(ACCESS_TOKEN_INPUT)}; secret: set the env var, a flag shows in the process list]
${INDENT}The access token to revoke. The refresh token to revoke is --refresh-token.
${INDENT}Exit status: 0 every token revoked; 1 the endpoint refused or could not be reached;
${INDENT}2 bad usage (no token, no revocation endpoint, or no token endpoint: --token-url, --issuer or a
${INDENT}--provider's, which client authentication needs).

Examples:
  # DataCrunch, credentials from the environment
  export OAUTH_CLIENT_ID=... OAUTH_CLIENT_SECRET=...
  TOKEN=$(oauth-token --provider datacrunch)

  # Any RFC 6749 server; every output as a shell variable
  vars="$(oauth-token --token-url https://auth.example.com/oauth2/token --scope api.read --output env)" && eval "$vars"
  curl -H "Authorization: Bearer $ACCESS_TOKEN" https://api.example.com/things

  # GitLab CI: exchange the job's id_tokens OIDC token, hand the result to later jobs
  OAUTH_SUBJECT_TOKEN="$GITLAB_OIDC_TOKEN" oauth-token --issuer https://sts.example.com \\
    --grant-type token_exchange --client-id gitlab-ci --client-auth none --output dotenv > token.env

  # Jenkins post / GitLab after_script: revoke what the job used
  OAUTH_ACCESS_TOKEN="$ACCESS_TOKEN" oauth-token revoke --issuer https://auth.example.com

  # PowerShell: on a failure stdout is empty, so check the exit status before Invoke-Expression
  $lines = oauth-token --provider datacrunch --output pwsh; if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
  Invoke-Expression ($lines -join "\`n")
`;
}
