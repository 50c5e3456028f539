/**
 * The GitLab CI/CD component (templates/oauth-token.yml) in a real pipeline run by
 * gitlab-ci-local (shell executor, no container), included as a user includes it
 * (`include: component:`), against a loopback token server. gitlab-ci-local resolves the
 * component from the working copy when the project path matches the origin remote and
 * the ref is the checked-out commit: so a throw-away repository with the component, whose
 * origin is gitlab.example.com/org/oauth-token-action, includes it at $CI_COMMIT_SHA. The
 * CLI comes from an `npm pack` of this checkout, through the component's `cli` input.
 *
 * First run, with the OAUTH_CLIENT_ID / OAUTH_CLIENT_SECRET CI/CD variables: the job gets
 * a token in ACCESS_TOKEN and calls an API with it; both tokens are revoked as its script
 * ends. Second run, without the secret: that job fails with the CLI's one-line message
 * naming OAUTH_CLIENT_SECRET and no request, so does `revoke: true` without an endpoint;
 * the secretless form exchanges the job's ID token. Third run: a job with an after_script
 * of its own and a traced (`set -x`), failing script still revokes, keeps its failure and
 * traces no token; a revocation the server refuses does not fail its job.
 * No token or secret is in any job log, artifact or file the pipelines left behind.
 * The inputs the component's scripts use hold shell code, which must stay text.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { basicForms, expectNoSecrets, secretForms } from '../helpers/secrets.js';
import { formOf, startTokenServer, type RecordedRequest, type TokenServer } from '../helpers/token-server.js';
import { createProject, filesUnder, packCli, runPipeline, SLOW, type PipelineRun } from './gitlab-ci-local.js';

const clientId = 'gitlab-component-client';
const clientSecret = 'gitlab-component-secret-0123';
const accessToken = 'at-gitlab-component-0123456789';
const refreshToken = 'rt-gitlab-component-0123456789';
const idToken = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2dpdGxhYi5leGFtcGxlLmNvbSJ9.gitlab-id-token-signature';
const exchangedToken = 'at-gitlab-exchanged-0123456789';
const staleIdToken = 'another-services-id-token-0123';

const work = mkdtempSync(join(tmpdir(), 'oauth-gitlab-'));
const project = join(work, 'project');
let server: TokenServer;
let withSecret: PipelineRun;
let withoutSecret: PipelineRun;
let ownAfterScript: PipelineRun;
let undottedName: PipelineRun;
/** Inputs that would run `touch` if a script pasted them into the shell, as the component once did. */
const revocationUrlProbe = '/revoke?probe=$(touch${IFS}pwned-revocation-url)';
const hostileAudience = 'https://sts.example.test/$(touch${IFS}pwned-audience)`touch${IFS}pwned-backquote`';

function pipeline(tarball: string): string {
  const component = (inputs: Record<string, string | boolean>) =>
    [
      `  - component: $CI_SERVER_FQDN/org/oauth-token-action/oauth-token@$CI_COMMIT_SHA`,
      '    inputs:',
      ...Object.entries(inputs).map(([key, value]) => `      ${key}: ${JSON.stringify(value)}`)
    ].join('\n');
  return `include:
${component({ cli: tarball, 'token-url': server.tokenUrl, scope: 'api.read', revoke: true, 'revocation-url': `${server.origin}${revocationUrlProbe}` })}
${component({ 'job-name': '.oauth-token-no-endpoint', cli: tarball, 'token-url': server.tokenUrl, revoke: true })}
${component({ 'job-name': '.oauth-token-refused-revocation', cli: tarball, 'token-url': server.tokenUrl, revoke: true, 'revocation-url': `${server.origin}/revoke-refused` })}
${component({ 'job-name': '.oauth-token-federated', cli: tarball, 'token-url': server.tokenUrl, 'grant-type': 'token_exchange', 'client-auth': 'none', 'id-token-audience': hostileAudience })}

use-token:
  extends: .oauth-token
  script:
    - |
      node -e "fetch(process.argv[1], { headers: { authorization: 'Bearer ' + process.env.ACCESS_TOKEN } }).then((r) => { console.log('api answered', r.status); process.exitCode = r.ok ? 0 : 1; })" "${server.origin}/api"
    - mkdir -p out && echo "token type $TOKEN_TYPE, expires at $EXPIRES_AT, scope $SCOPE" | tee out/report.txt
    - echo "id token \${ID_TOKEN:-none}"
  artifacts:
    paths: [out/]

no-revocation-endpoint:
  extends: .oauth-token-no-endpoint
  script:
    - echo "never runs"

federated:
  extends: .oauth-token-federated
  script:
    - echo "exchanged a $TOKEN_TYPE token"

refused-revocation:
  extends: .oauth-token-refused-revocation
  script:
    - echo "a job whose token the server will not revoke"

own-after-script:
  extends: .oauth-token
  script:
    - set -x
    - echo "own script, traced, failing"
    - exit 3
  after_script:
    - echo "own after_script"
`;
}

/** The tokens the server issues: client credentials with a secret, token exchange without. */
function answer(request: RecordedRequest) {
  if (request.url === '/api') return { status: request.headers.authorization === `Bearer ${accessToken}` ? 200 : 401 };
  if (request.url === revocationUrlProbe) return { status: 200 };
  if (request.url === '/revoke-refused') return { status: 400, json: { error: 'unsupported_token_type' } };
  const form = formOf(request);
  if (form.grant_type === 'client_credentials' && request.headers.authorization === `Basic ${basicForms(clientId, clientSecret)[0]}`) {
    return { json: { access_token: accessToken, refresh_token: refreshToken, token_type: 'Bearer', expires_in: 300, scope: 'api.read' } };
  }
  if (form.subject_token === idToken && form.client_id === clientId) return { json: { access_token: exchangedToken, token_type: 'Bearer', expires_in: 300 } };
  return { status: 401, json: { error: 'invalid_client' } };
}

beforeAll(async () => {
  server = await startTokenServer(answer);
  await createProject(project, { '.gitlab-ci.yml': pipeline(await packCli(work)) });
  // ID_TOKEN: a variable of the job's own under a name the component sets only when the server sends one.
  withSecret = await runPipeline(project, { OAUTH_CLIENT_ID: clientId, OAUTH_CLIENT_SECRET: clientSecret, ID_TOKEN: staleIdToken }, { jobs: ['use-token'], server });
  withoutSecret = await runPipeline(project, { OAUTH_CLIENT_ID: clientId, OAUTH_TOKEN_ID_TOKEN: idToken }, { jobs: ['use-token', 'no-revocation-endpoint', 'federated'], server });
  const undotted = join(work, 'undotted');
  await createProject(undotted, {
    '.gitlab-ci.yml': `include:\n  - component: $CI_SERVER_FQDN/org/oauth-token-action/oauth-token@$CI_COMMIT_SHA\n    inputs:\n      job-name: oauth-base\n`
  });
  undottedName = await runPipeline(undotted, {}, { args: ['--list'] });
  ownAfterScript = await runPipeline(project, { OAUTH_CLIENT_ID: clientId, OAUTH_CLIENT_SECRET: clientSecret }, { jobs: ['own-after-script', 'refused-revocation'], server });
}, 4 * SLOW);

/** The revocations a run made: where, and of which token. */
const revocationsOf = (run: PipelineRun) => run.requests.filter((request) => request.url === revocationUrlProbe).map((request) => [request.url, formOf(request).token_type_hint]);

afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

test('the job that extends .oauth-token gets a token from the CI/CD variables and uses it', () => {
  expect({ code: withSecret.code, stderr: withSecret.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  expect(withSecret.stdout).toContain('PASS  use-token');
  const [tokenRequest, apiCall] = withSecret.requests;
  expect(formOf(tokenRequest!)).toEqual({ grant_type: 'client_credentials', scope: 'api.read' });
  expect(apiCall!.url).toBe('/api');
  expect(withSecret.logs['use-token']).toContain('api answered 200');
  expect(withSecret.logs['use-token']).toMatch(/token type Bearer, expires at \d{4}-\d\d-\d\dT[\d:.]+Z, scope api\.read/);
  // The server sent no ID token: the job's own ID_TOKEN was cleared, not passed off as this token's.
  expect(withSecret.logs['use-token']).toContain('id token none');
});

test('the end of the job revokes the refresh token, then the access token, and deletes what it read them from', () => {
  expect(withSecret.requests.slice(2).map((request) => [request.url, formOf(request).token_type_hint])).toEqual([
    [revocationUrlProbe, 'refresh_token'],
    [revocationUrlProbe, 'access_token']
  ]);
  expect(withSecret.logs['use-token']).toContain('oauth-token: revoked the access token');
  // The job's temp dir, beside the project dir (so outside every artifact).
  const temp = `${project}.tmp`;
  expect(existsSync(temp) ? readdirSync(temp) : []).toEqual([]);
});

test('a job with an after_script of its own, and a failing script, still revokes both tokens and keeps its failure', () => {
  expect(ownAfterScript.stdout).toContain('FAIL  own-after-script');
  expect(ownAfterScript.logs['own-after-script']).toContain('own after_script');
  expect(revocationsOf(ownAfterScript)).toEqual([
    [revocationUrlProbe, 'refresh_token'],
    [revocationUrlProbe, 'access_token']
  ]);
  const temp = `${project}.tmp`;
  expect(existsSync(temp) ? readdirSync(temp) : []).toEqual([]);
});

test('a revocation the server refuses is reported in the job log and does not fail the job', () => {
  expect(ownAfterScript.stdout).toContain('PASS  refused-revocation');
  expect(ownAfterScript.logs['refused-revocation']).toMatch(/oauth-token: .*unsupported_token_type/);
});

test('a job-name without the leading dot of a hidden job is refused, naming the input', () => {
  expect(undottedName.code).not.toBe(0);
  expect(undottedName.stdout + undottedName.stderr).toMatch(/`job-name` input: `oauth-base` does not match required regex: \^\\\./);
});

test("a missing OAUTH_CLIENT_SECRET fails the job with the CLI's one-line message, before any request", () => {
  expect(withoutSecret.code).not.toBe(0);
  expect(withoutSecret.stdout).toContain('FAIL  use-token');
  expect(withoutSecret.logs['use-token']).toContain('oauth-token: --client-secret (OAUTH_CLIENT_SECRET) is required when "client-id" is given');
  expect(withoutSecret.requests.filter((request) => formOf(request).grant_type === 'client_credentials')).toEqual([]);
});

test('revoke: true without a revocation endpoint fails the job before the token request', () => {
  expect(withoutSecret.stdout).toContain('FAIL  no-revocation-endpoint');
  expect(withoutSecret.logs['no-revocation-endpoint']).toContain('oauth-token: revoke: true needs the revocation-url input');
  expect(withoutSecret.logs['no-revocation-endpoint']).not.toContain('never runs');
});

test("the secretless form exchanges the job's ID token (id_tokens) for a token, with no client secret", () => {
  expect(withoutSecret.stdout).toContain('PASS  federated');
  const exchanges = withoutSecret.requests.filter((request) => formOf(request).subject_token !== undefined);
  expect(exchanges).toHaveLength(1);
  expect(formOf(exchanges[0]!)).toMatchObject({ grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', client_id: clientId });
  expect(exchanges[0]!.headers.authorization).toBeUndefined();
  expect(withoutSecret.logs.federated).toContain('exchanged a Bearer token');
});

test('inputs the scripts use are read as text: shell code in them does not run', () => {
  expect(filesUnder(work).filter((file) => file.includes('pwned'))).toEqual([]);
});

test('no token or secret is in any job log, artifact or file the pipelines left behind, nor in their output', () => {
  const secrets = [clientSecret, accessToken, refreshToken, idToken, exchangedToken];
  expect(withSecret.artifacts.map(([path]) => path)).toEqual(['use-token/out/report.txt']);
  const leftBehind = filesUnder(work).map((file): [string, string] => [file, readFileSync(file, 'utf8')]);
  for (const [file, text] of [...withSecret.artifacts, ...withoutSecret.artifacts, ...ownAfterScript.artifacts, ...leftBehind]) {
    for (const secret of secrets) expect({ file, leaked: secretForms(secret).some((form) => text.includes(form)) }).toEqual({ file, leaked: false });
  }
  expectNoSecrets([withSecret, withoutSecret, ownAfterScript].map((run) => run.stdout + run.stderr).join('\n'), [...secrets, ...basicForms(clientId, clientSecret)]);
});
