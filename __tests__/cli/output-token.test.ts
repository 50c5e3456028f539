/**
 * CLI, default output: `OAUTH_CLIENT_ID=... OAUTH_CLIENT_SECRET=... oauth-token --provider datacrunch`
 * prints the token and a newline, nothing else, so `TOKEN=$(oauth-token ...)` works.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { runCli, type CliRun } from './run-cli.js';

const clientId = 'dc-client-id';
const clientSecret = 'dc-secret-"quoted"+/=';
const accessToken = 'at-datacrunch-cli-0123456789';
let server: TokenServer;
let run: CliRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: accessToken, refresh_token: 'rt-datacrunch-cli-0123' })]);
  run = await runCli(['--provider', 'datacrunch', '--token-url', server.tokenUrl], { OAUTH_CLIENT_ID: clientId, OAUTH_CLIENT_SECRET: clientSecret });
});
afterAll(() => server.close());

test('sends the DataCrunch JSON body with the credentials from the environment', () => {
  expect(server.requests).toHaveLength(1);
  const [request] = server.requests;
  expect(request!.method).toBe('POST');
  expect(request!.headers['content-type']).toBe('application/json');
  expect(JSON.parse(request!.body)).toEqual({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
});

test('prints the token and a newline, nothing else, and exits 0', () => {
  expect(run).toEqual({ code: 0, stdout: `${accessToken}\n`, stderr: '' });
});

test('prints no secret on stderr', () => {
  expectNoSecrets(run.stderr, [clientSecret, accessToken, 'rt-datacrunch-cli-0123']);
});
