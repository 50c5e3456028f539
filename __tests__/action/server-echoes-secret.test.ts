/**
 * Runner level: a server whose `token_type` and `scope` repeat the client secret and the
 * access token. The runner would mask them in the log, but the step redacts them itself
 * wherever it prints server text (the "Got a ... token" line, the job summary), as it does
 * in its error messages: the summary is a file, and `npm run local-action` has no runner.
 * The outputs keep the values as returned.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'echoed-secret-0123456789';
const accessToken = 'at-echoed-0123456789';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ access_token: accessToken, token_type: `Bearer-${clientSecret}`, scope: `read ${clientSecret} ${accessToken}` })]);
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'echo-client', 'client-secret': clientSecret });
});
afterAll(() => server.close());

test('the "Got a ... token" line and the summary show the echoed secrets redacted', () => {
  expect(run.code).toBe(0);
  expect(run.stdout.split('\n').filter((line) => line.startsWith('Got a '))).toEqual([
    expect.stringMatching(/^Got a Bearer-\*\*\* token from 127\.0\.0\.1:\d+ \(provider generic, grant client_credentials, expires at /)
  ]);
  expect(run.summary).toContain('<td>read *** ***</td>');
  // Outside the ::add-mask:: lines that hide them, neither value is printed or written to the summary.
  const printed = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
  for (const secret of [clientSecret, accessToken]) expect(printed.join('\n') + run.summary).not.toContain(secret);
});

test('the outputs keep the values as returned', () => {
  expect({ tokenType: run.outputs.token_type, scope: run.outputs.scope }).toEqual({ tokenType: `Bearer-${clientSecret}`, scope: `read ${clientSecret} ${accessToken}` });
});
