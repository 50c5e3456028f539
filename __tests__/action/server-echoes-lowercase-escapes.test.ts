/**
 * Runner level: a server that echoes the form body it got with its percent escapes in
 * lower case (.NET's HttpUtility.UrlEncode writes them so). The client secret in that
 * spelling is masked and redacted as one of its forms.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'Zm9v+YmFy/cXV4=secret';
const lowerCase = 'Zm9v%2bYmFy%2fcXV4%3dsecret';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer((request) => ({
    status: 401,
    json: { error: 'invalid_client', error_description: `bad request: ${request.body.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())}` }
  }));
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'cid', 'client-secret': clientSecret, 'client-auth': 'client_secret_post', retries: '0' });
});
afterAll(() => server.close());

test('the echo is redacted in the failure line, and that spelling is masked', () => {
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('::error::Token endpoint answered HTTP 401: invalid_client: bad request: grant_type=client_credentials&client_id=cid&client_secret=***');
  expect(run.stdout).toContain(`::add-mask::${lowerCase.replaceAll('%', '%25')}`);
});
