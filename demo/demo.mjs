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
  provider: 'crayon', 'token-url': tokenUrl, 'client-id': DEMO.clientId, 'client-secret': DEMO.clientSecret,
  username: DEMO.username, password: DEMO.password
};
console.log(`Token server (Crayon-style) on ${tokenUrl}\n\n$ node dist/index.js   # as the runner runs "uses: org/oauth-token-action@v1"`);
const { stdout } = await promisify(execFile)(process.execPath, ['dist/index.js'], {
  env: { PATH: process.env.PATH, GITHUB_OUTPUT: outputFile, ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) }
});
console.log(stdout.replace(/^(?=.)/gm, '  '));
console.log('Step outputs (GITHUB_OUTPUT; the runner masks access_token in logs):');
console.log(readFileSync(outputFile, 'utf8').replace(/^(\w+)<<(\S+)\n([^\n]*)\n\2$/gm, '  $1 = $3'));

// The same request from the CLI (GitLab CI, Jenkins, a laptop): secrets in OAUTH_* env vars.
const secrets = { OAUTH_CLIENT_ID: DEMO.clientId, OAUTH_CLIENT_SECRET: DEMO.clientSecret, OAUTH_PASSWORD: DEMO.password };
const args = ['--provider', 'crayon', '--token-url', tokenUrl, '--username', DEMO.username, '--output', 'json'];
console.log(`$ OAUTH_CLIENT_ID=... OAUTH_CLIENT_SECRET=... OAUTH_PASSWORD=... oauth-token ${args.join(' ')}`);
const cli = await promisify(execFile)(process.execPath, ['lib/bin/oauth-token.js', ...args], { env: { PATH: process.env.PATH, ...secrets } });
console.log(cli.stdout.replace(/^(?=.)/gm, '  '));
await server.close();
