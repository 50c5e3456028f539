// A token endpoint on 127.0.0.1 that answers like Crayon (PascalCase fields; password grant,
// client_secret_basic, scope=CustomerApi) to the DEMO credentials, and 400 invalid_request
// to anything else; beside it, a revocation endpoint (RFC 7009) that takes the DEMO token
// from the same client. Nothing leaves the machine. Used by `npm run demo`, by CI's job
// that runs `uses: ./` on each OS, and by the local-action test.
//
//   node scripts/loopback-token-server.mjs            serves until stopped; prints the token URL
//   node scripts/loopback-token-server.mjs --detach   serves in the background (10 minutes at most)
//                                                     and prints `token-url=<url>` and
//                                                     `revocation-url=<url>` for $GITHUB_OUTPUT
import { spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

/** Dummy credentials and the token the server issues: not secrets, but treated as such by the tests. */
export const DEMO = Object.freeze({
  clientId: 'demo-client',
  clientSecret: 'demo-secret',
  username: 'api-user',
  password: 'demo-password',
  accessToken: 'demo-access-token-0123456789',
  expiresIn: 20060
});

const TOKEN_PATH = '/api/v1/connect/token/';
const REVOCATION_PATH = '/api/v1/connect/revocation/';
const DETACHED_LIFETIME_MS = 10 * 60_000;

function isDemoClient(req) {
  return req.method === 'POST' && req.headers.authorization === `Basic ${Buffer.from(`${DEMO.clientId}:${DEMO.clientSecret}`).toString('base64')}`;
}

function isDemoRequest(req, form) {
  return (
    isDemoClient(req) &&
    form.get('grant_type') === 'password' &&
    form.get('scope') === 'CustomerApi' &&
    form.get('username') === DEMO.username &&
    form.get('password') === DEMO.password
  );
}

function crayonAnswer(ok) {
  return ok
    ? { AccessToken: DEMO.accessToken, IdentityToken: null, Error: null, ExpiresIn: DEMO.expiresIn, TokenType: 'Bearer', RefreshToken: null }
    : { Error: 'invalid_request' };
}

/** RFC 7009 §2.2: 200 with an empty body for the DEMO token from the DEMO client; §2.2.1's error otherwise. */
function revocationAnswer(req, form) {
  const ok = isDemoClient(req) && form.get('token') === DEMO.accessToken;
  return ok ? [200, ''] : [400, JSON.stringify({ error: 'invalid_request' })];
}

/** Starts the server on an ephemeral loopback port; resolves to its token and revocation URLs and a close(). */
export async function startLoopbackTokenServer() {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      if (req.url === REVOCATION_PATH) {
        const [status, answer] = revocationAnswer(req, form);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(answer);
        return;
      }
      const ok = req.url === TOKEN_PATH && isDemoRequest(req, form);
      res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
      res.end(JSON.stringify(crayonAnswer(ok)));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    tokenUrl: `${origin}${TOKEN_PATH}`,
    revocationUrl: `${origin}${REVOCATION_PATH}`,
    close: () => new Promise((resolve) => server.close(resolve))
  };
}

/** Starts a detached copy of this script and returns once it listens, with its URLs. */
function detach() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve-detached'], { detached: true, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the token server exited (${code}) before it listened`)));
    child.once('message', (urls) => {
      child.disconnect();
      child.unref();
      resolve(urls);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mode = process.argv[2];
  if (mode === '--detach') {
    const { tokenUrl, revocationUrl } = await detach();
    console.log(`token-url=${tokenUrl}\nrevocation-url=${revocationUrl}`);
    process.exit(0);
  }
  const { tokenUrl, revocationUrl } = await startLoopbackTokenServer();
  if (mode === '--serve-detached') {
    process.send({ tokenUrl, revocationUrl });
    setTimeout(() => process.exit(0), DETACHED_LIFETIME_MS);
  } else {
    console.log(tokenUrl);
  }
}
