/**
 * CLI, exit status 2: bad usage or input fails before any request, with one line that
 * names the option as `--flag (OAUTH_ENV_VAR)` and never echoes a value.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { runCli, stderrLines, type CliRun } from './run-cli.js';

const clientSecret = 'usage-secret-0123';
let server: TokenServer;
const runs: Record<string, CliRun> = {};

beforeAll(async () => {
  server = await startTokenServer([{ json: { access_token: 'at-never-issued-0123' } }]);
  const env = { OAUTH_CLIENT_ID: 'usage-client', OAUTH_CLIENT_SECRET: clientSecret, OAUTH_TOKEN_URL: server.tokenUrl };
  const cases: Record<string, [string[], Record<string, string>]> = {
    unknownFlag: [['--client-secrte', clientSecret], env],
    unknownOutput: [['--output', 'yaml'], env],
    secretAsOutput: [['--output', clientSecret], env],
    secretAsCache: [[], { ...env, OAUTH_CACHE: clientSecret }],
    unusableProxy: [[], { ...env, OAUTH_TOKEN_URL: 'https://auth.example.test/token', HTTPS_PROXY: 'socks5://proxy.example:1080' }],
    missingClientId: [['--provider', 'datacrunch', '--token-url', server.tokenUrl], { OAUTH_CLIENT_SECRET: clientSecret }],
    unknownProvider: [[], { ...env, OAUTH_PROVIDER: 'acme' }],
    flagWithoutValue: [['--scope'], env],
    strayArgument: [[clientSecret], env],
    actionOnlyInput: [['--export-env', 'TOKEN'], env],
    notANumber: [['--retries', 'many'], env],
    negativeRetries: [['--retries', '-1'], env],
    strayAfterNegative: [['--retries', '-1', 'stray'], env],
    revocationUrlFlag: [['--revocation-url', `${server.origin}/revoke`], env],
    revocationUrlEnv: [[], { ...env, OAUTH_REVOCATION_URL: `${server.origin}/revoke` }],
    marginNotADuration: [['--refresh-margin-seconds', 'soon'], env],
    actionOnlyEnv: [[], { ...env, OAUTH_REVOKE: 'true' }],
    flagOnlyOutputEnv: [[], { ...env, OAUTH_OUTPUT: 'env' }],
    flagOnlyVerboseEnv: [['revoke', '--access-token', 'at-usage-0123'], { ...env, OAUTH_VERBOSE: 'true' }]
  };
  for (const [name, [args, caseEnv]] of Object.entries(cases)) runs[name] = await runCli(args, caseEnv);
});
afterAll(() => server.close());

const expectedLines: Record<string, RegExp> = {
  unknownFlag: /^oauth-token: unknown option --client-secrte \(did you mean --client-secret\?\); see --help$/,
  unknownOutput: /^oauth-token: --output must be one of token, json, env, dotenv, pwsh; see --help$/,
  // A secret typed in the wrong place is not echoed.
  secretAsOutput: /^oauth-token: --output must be one of token, json, env, dotenv, pwsh; see --help$/,
  secretAsCache: /^oauth-token: OAUTH_CACHE must be true or false; see --help$/,
  // Configuration the job has to fix, as an option would be: named as set, and never retried.
  unusableProxy: /^oauth-token: The proxy in HTTPS_PROXY is not a proxy URL this step can use \(host:port, http:\/\/host:port or https:\/\/host:port\); fix or unset it$/,
  missingClientId: /^oauth-token: --client-id \(OAUTH_CLIENT_ID\) is required/,
  unknownProvider: /^oauth-token: --provider \(OAUTH_PROVIDER\) must be one of .*datacrunch.* \(got "acme"\)$/,
  flagWithoutValue: /^oauth-token: --scope needs a value/,
  strayArgument: /^oauth-token: unexpected argument \(#1\)/,
  actionOnlyInput: /^oauth-token: --export-env is an input of the GitHub Action only; see --help$/,
  notANumber: /^oauth-token: --retries \(OAUTH_RETRIES\) must be .*\(got "many"\)$/,
  // A negative number after a flag is its value, which is out of range.
  negativeRetries: /^oauth-token: --retries \(OAUTH_RETRIES\) must be a whole number from 0 to 10 \(got "-1"\)$/,
  // The position is the one on the command line, the joined value notwithstanding.
  strayAfterNegative: /^oauth-token: unexpected argument \(#3\)/,
  // A token request does not revoke: the option would be silently ignored.
  revocationUrlFlag: /^oauth-token: --revocation-url \(OAUTH_REVOCATION_URL\) has no effect on a token request; remove it$/,
  revocationUrlEnv: /^oauth-token: --revocation-url \(OAUTH_REVOCATION_URL\) has no effect on a token request; remove it$/,
  // Read by --cache and exec only, but checked on every request.
  marginNotADuration: /^oauth-token: --refresh-margin-seconds \(OAUTH_REFRESH_MARGIN_SECONDS\) must be a number of seconds, 0 or more \(got "soon"\)$/,
  // An action-only input the CLI would otherwise ignore: the token would never be revoked.
  actionOnlyEnv: /^oauth-token: OAUTH_REVOKE is an input of the GitHub Action only, which the CLI does not read; unset it; see --help$/,
  // Ignored, OAUTH_OUTPUT=env would print a bare token that `eval "$(oauth-token)"` then runs as a command (and its shell prints).
  flagOnlyOutputEnv: /^oauth-token: OAUTH_OUTPUT is not read: --output is a flag only; unset it and pass --output; see --help$/,
  flagOnlyVerboseEnv: /^oauth-token: OAUTH_VERBOSE is not read: --verbose is a flag only; unset it and pass --verbose; see --help$/
};

test.each(Object.keys(expectedLines))('%s: exit 2, one line naming the option, nothing on stdout', (name) => {
  const run = runs[name]!;
  expect({ code: run.code, stdout: run.stdout, stderr: stderrLines(run) }).toEqual({ code: 2, stdout: '', stderr: [expect.stringMatching(expectedLines[name]!)] });
});

test('no request was sent', () => {
  expect(server.requests).toHaveLength(0);
});

test('no value is echoed, not even a secret given where it does not belong', () => {
  expectNoSecrets(
    Object.values(runs)
      .map((run) => run.stderr)
      .join('\n'),
    [clientSecret]
  );
});
