"use strict";exports.id=22,exports.ids=[22],exports.modules={911:((d,r,n)=>{n.r(r),n.d(r,{helpText:()=>c});var i=n(323),o=n(776),h=n(122);const e="      ";function u(t){const s=[(0,o.gR)(t.name),...t.secret?["secret: set the env var, a flag shows in the process list"]:[],...t.default?[`default ${t.default}`]:[],...t.kind==="lines"?["repeat the flag for more lines"]:[],...l(t.name)];return`  ${(0,o.iP)(t.name)} <value>   [${s.join("; ")}]
${e}${t.description}`}function l(t){const s=Object.entries(o.lI).filter(([,a])=>a.includes(t)).map(([a])=>o._e[a]);return s.length?[`${s.join(" and ")} refuse${s.length===1?"s":""} it: it has no effect there`]:[]}function c(){return`oauth-token ${i.x}: get an OAuth 2.0 access token and print it for shell use.

Usage: oauth-token [options]      (also: npx oauth-token-action [options])
       oauth-token revoke [options]   revoke a token (RFC 7009): see "Revoke" below
       oauth-token exec [options] -- COMMAND [ARGS...]

Every option can also be given as its environment variable; a flag wins over it.
Put secrets in environment variables: flags are visible to every user of the machine.

Options:
${o.dV.map(u).join(`
`)}
  --output <format>   [flag only; default token]
${e}What stdout gets: ${h.DS.join(", ")}.
${e}token: the access token and a newline. json: one JSON object.
${e}env: export ACCESS_TOKEN='...' lines for eval. dotenv: KEY=value lines for GitLab's artifacts:reports:dotenv.
${e}pwsh: $env:ACCESS_TOKEN = '...' lines for PowerShell's Invoke-Expression.
  --cache   [OAUTH_CACHE=true; folder: OAUTH_CACHE_DIR, else $XDG_RUNTIME_DIR/oauth-token, else $RUNNER_TEMP/oauth-token, else the OS temp dir/oauth-token-<uid>]
${e}Reuse the token from a per-user cache while it is outside the refresh margin; renew it when not.
  --verbose   [flag only]
${e}Redacted diagnostics of each request on stderr.
  -h, --help
${e}This help.
  -V, --version
${e}The version.

exec takes the options above but --output, --cache and --revocation-url, and runs COMMAND with ACCESS_TOKEN,
TOKEN_TYPE, EXPIRES_AT and ACCESS_TOKEN_FILE set: the file (readable by you only) is rewritten with a renewed
token before the old one expires, and deleted when COMMAND ends. Signals are passed on to COMMAND, but SIGINT
and SIGQUIT not when exec runs at a terminal (its Ctrl-C reaches COMMAND from the terminal) and none on
Windows (they come from the console, which COMMAND shares), and exec exits with its status (127: not found;
126: cannot be run).

Exit status: 0 token printed; 1 the server refused or could not be reached; 2 bad usage or input.

Revoke: oauth-token revoke [options]
${e}Revokes the access token and the refresh token given (RFC 7009), authenticating the client
${e}with the same options as the token request. The endpoint is --revocation-url, else the
${e}issuer's revocation_endpoint. Takes every option above but --output and --cache, and:
  ${(0,o.iP)(o.uT)} <value>   [${(0,o.gR)(o.uT)}; secret: set the env var, a flag shows in the process list]
${e}The access token to revoke. The refresh token to revoke is --refresh-token.
${e}Exit status: 0 every token revoked; 1 the endpoint refused or could not be reached;
${e}2 bad usage (no token, no revocation endpoint, or no token endpoint: --token-url, --issuer or a
${e}--provider's, which client authentication needs).

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
`}})};
