/**
 * CLI, flags and env vars: each input is `--kebab-case` and `OAUTH_UPPER_SNAKE`; a flag
 * wins (even an empty one, which unsets); a secret given as a flag works but warns.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { basicForms, expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { runCli, stderrLines, type CliRun } from './run-cli.js';

const envSecret = 'env-secret-0123';
const flagSecret = 'flag-secret-4567';
let server: TokenServer;
let run: CliRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: 'at-precedence-0123456789' })]);
  run = await runCli(
    [
      '--token-url',
      server.tokenUrl,
      '--client-id',
      'flag-client',
      '--client-secret',
      flagSecret,
      '--scope',
      'flag-scope',
      '--audience=',
      '--resource',
      'https://api.example.com/one',
      '--resource',
      'https://api.example.com/two',
      '--extra-params',
      'tenant=flag-tenant'
    ],
    {
      OAUTH_CLIENT_ID: 'env-client',
      OAUTH_CLIENT_SECRET: envSecret,
      OAUTH_SCOPE: 'env-scope',
      OAUTH_AUDIENCE: 'https://env-audience.example.com',
      OAUTH_RESOURCE: 'https://api.example.com/env',
      OAUTH_HEADERS: 'X-Tenant: env-header\nX-Run: 42',
      OAUTH_BODY_FORMAT: 'form'
    }
  );
});
afterAll(() => server.close());

test('flags win over env vars; env vars fill in the rest; an empty flag unsets', () => {
  expect(run.code).toBe(0);
  const [request] = server.requests;
  expect(request!.headers.authorization).toBe(`Basic ${basicForms('flag-client', flagSecret)[0]}`);
  expect(request!.headers['x-tenant']).toBe('env-header');
  expect(request!.headers['x-run']).toBe('42');
  const body = new URLSearchParams(request!.body);
  expect(body.get('scope')).toBe('flag-scope');
  expect(body.has('audience')).toBe(false);
  expect(body.getAll('resource')).toEqual(['https://api.example.com/one', 'https://api.example.com/two']);
  expect(body.get('tenant')).toBe('flag-tenant');
});

test('the token still goes to stdout alone', () => {
  expect(run.stdout).toBe('at-precedence-0123456789\n');
});

test('a secret given as a flag warns in one line, naming its env var, without the value', () => {
  expect(stderrLines(run)).toEqual(['oauth-token: warning: --client-secret is visible to other users in the process list; set OAUTH_CLIENT_SECRET instead']);
  expectNoSecrets(run.stderr, [flagSecret, envSecret, 'at-precedence-0123456789']);
});
