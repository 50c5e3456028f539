/**
 * `oauth-token --help`, generated from the input table so it can never fall behind it.
 */
import { VERSION } from '../core/version.js';
import { CLI_INPUTS, envVarOf, flagOf } from './options.js';
import { OUTPUT_FORMATS } from './output.js';

const INDENT = '      ';

function inputEntry(input: (typeof CLI_INPUTS)[number]): string {
  const notes = [
    envVarOf(input.name),
    ...(input.secret ? ['secret: set the env var, a flag shows in the process list'] : []),
    ...(input.default ? [`default ${input.default}`] : []),
    ...(input.kind === 'lines' ? ['repeat the flag for more lines'] : [])
  ];
  return `  ${flagOf(input.name)} <value>   [${notes.join('; ')}]\n${INDENT}${input.description}`;
}

export function helpText(): string {
  return `oauth-token ${VERSION}: get an OAuth 2.0 access token and print it for shell use.

Usage: oauth-token [options]      (also: npx oauth-token-action [options])
       oauth-token exec [options] -- COMMAND [ARGS...]

Every option can also be given as its environment variable; a flag wins over it.
Put secrets in environment variables: flags are visible to every user of the machine.

Options:
${CLI_INPUTS.map(inputEntry).join('\n')}
  --output <format>   [flag only; default token]
${INDENT}What stdout gets: ${OUTPUT_FORMATS.join(', ')}.
${INDENT}token: the access token and a newline. json: one JSON object.
${INDENT}env: export ACCESS_TOKEN='...' lines for eval. dotenv: KEY=value lines for GitLab's artifacts:reports:dotenv.
  --cache   [OAUTH_CACHE=true; folder: OAUTH_CACHE_DIR, else $XDG_RUNTIME_DIR/oauth-token, else $RUNNER_TEMP/oauth-token]
${INDENT}Reuse the token from a per-user cache while it is outside the refresh margin; renew it when not.
  --verbose
${INDENT}Redacted diagnostics of each request on stderr.
  -h, --help
${INDENT}This help.
  -V, --version
${INDENT}The version.

exec runs COMMAND with ACCESS_TOKEN, TOKEN_TYPE, EXPIRES_AT and ACCESS_TOKEN_FILE set: the file (readable by
you only) is rewritten with a renewed token before the old one expires, and deleted when COMMAND ends. Signals
are passed on to COMMAND, and exec exits with its status.

Exit status: 0 token printed; 1 the server refused or could not be reached; 2 bad usage or input.

Examples:
  # DataCrunch, credentials from the environment
  export OAUTH_CLIENT_ID=... OAUTH_CLIENT_SECRET=...
  TOKEN=$(oauth-token --provider datacrunch)

  # Any RFC 6749 server; every output as a shell variable
  vars="$(oauth-token --token-url https://auth.example.com/oauth2/token --scope api.read --output env)" && eval "$vars"
  curl -H "Authorization: Bearer $ACCESS_TOKEN" https://api.example.com/things

  # GitLab CI: exchange the job's id_tokens OIDC token, hand the result to later jobs
  OAUTH_SUBJECT_TOKEN="$GITLAB_OIDC_TOKEN" oauth-token --issuer https://sts.example.com \\
    --grant-type token_exchange --client-id gitlab-ci --output dotenv > token.env
`;
}
