/**
 * Runner level: an HTML error page instead of JSON (a wrong path behind a web server)
 * fails in one line with the status and content type, not a JSON parse stack trace.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden, expectOneLineFailure } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'fake-html-answer-secret-77';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([
    { status: 404, headers: { 'content-type': 'text/html; charset=UTF-8' }, text: '<!DOCTYPE html>\n<html><body><h1>404 Not Found</h1><p>nginx</p></body></html>\n' }
  ]);
  run = await runAction(
    { provider: 'bitquery', 'token-url': `${server.origin}/oauth2/tokn`, 'client-id': 'fake-client', 'client-secret': clientSecret },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('fails in one line with the status and content type', () => {
  expectOneLineFailure(run, 'Token endpoint answered HTTP 404 with text/html that is not a JSON error response');
  expect(server.requests).toHaveLength(1);
});

test('prints none of the page', () => {
  expect(run.stdout).not.toContain('nginx');
  expect(run.stdout).not.toContain('<html>');
});

test('the secret was masked and is shown nowhere', () => {
  expectMaskedAndHidden(run, [clientSecret], [clientSecret]);
});
