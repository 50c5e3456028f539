// A loopback demo: starts a token server on 127.0.0.1 that answers like Crayon
// (PascalCase), then runs the built action exactly as the GitHub runner does and
// shows its log and step outputs, then the CLI (`--output json`) against the same
// server. Nothing leaves this machine.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, startLoopbackTokenServer } from '../scripts/loopback-token-server.mjs';

const server = await startLoopbackTokenServer();
const { tokenUrl } = server;

const dir = mkdtempSync(join(tmpdir(), 'oauth-token-demo-'));
const outputFile = join(dir, 'output');
writeFileSync(outputFile, '');
const inputs = {
  provider: 'crayon',
  'token-url': tokenUrl,
  'client-id': DEMO.clientId,
  'client-secret': DEMO.clientSecret,
  username: DEMO.username,
  password: DEMO.password
};
console.log(`Token server (Crayon-style) on ${tokenUrl}\n\n$ node dist/index.js   # as the runner runs "uses: org/oauth-token-action@v1"`);
const { stdout } = await promisify(execFile)(process.execPath, ['dist/index.js'], {
  env: { PATH: process.env.PATH, GITHUB_OUTPUT: outputFile, ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) }
});
console.log(stdout.replace(/^(?=.)/gm, '  '));
explainWorkflowCommands(stdout);
console.log('Step outputs (GITHUB_OUTPUT: a file the runner reads, not a log; access_token is masked wherever a later step prints it):');
console.log(readFileSync(outputFile, 'utf8').replace(/^(\w+)<<(\S+)\n([^\n]*)\n\2$/gm, '  $1 = $3'));

// The same request from the CLI (GitLab CI, Jenkins, a laptop): secrets in OAUTH_* env vars.
const secrets = { OAUTH_CLIENT_ID: DEMO.clientId, OAUTH_CLIENT_SECRET: DEMO.clientSecret, OAUTH_PASSWORD: DEMO.password };
const args = ['--provider', 'crayon', '--token-url', tokenUrl, '--username', DEMO.username, '--output', 'json'];
console.log(`$ OAUTH_CLIENT_ID=... OAUTH_CLIENT_SECRET=... OAUTH_PASSWORD=... oauth-token ${args.join(' ')}`);
const cli = await promisify(execFile)(process.execPath, ['lib/bin/oauth-token.js', ...args], { env: { PATH: process.env.PATH, ...secrets } });
console.log(cli.stdout.replace(/^(?=.)/gm, '  '));
console.log('(The CLI prints the token because that is what it is for: a script captures stdout, as in TOKEN="$(oauth-token ...)"; diagnostics go to stderr.)');
await server.close();

/**
 * Outside a runner the action's workflow commands show as they are, and the demo's fake
 * secrets in them could be read as a leak: say what the runner does with each kind, and
 * show the log as the runner would.
 */
function explainWorkflowCommands(log) {
  const masked = [...log.matchAll(/^::add-mask::(.*)$/gm)].map(([, value]) => value);
  const runnerLog = log
    .split('\n')
    .filter((line) => line && !line.startsWith('::'))
    .map((line) => masked.reduce((text, value) => text.split(value).join('***'), line));
  console.log(`Lines starting with "::" are workflow commands to the runner, not log lines; a real runner never prints them:
  ::add-mask::VALUE   registers VALUE as a secret: the runner hides the line and prints *** wherever VALUE
                      appears later. The action masks every secret before it is used (client secret, password,
                      the Basic header value, the token); here they are the demo's fake values, shown raw only
                      because no runner is reading.
  ::debug::TEXT       a debug line, shown only when the run has debug logging on (ACTIONS_STEP_DEBUG, or
                      "Re-run with debug logging"); it never holds a secret.
So a runner's log of this step shows:
${runnerLog.map((line) => `  ${line}`).join('\n')}
`);
}
