/**
 * Runner level: a server-chosen scope cannot inject markup into the job summary.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ scope: '<img src=x onerror="alert(1)"> a&b' })]);
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'escape-client', 'client-secret': 'escape-secret-0123456789' });
});
afterAll(() => server.close());

test('the granted scope is escaped in the summary table', () => {
  expect(run.code).toBe(0);
  expect(run.summary).toContain('<td>&#60;img src=x onerror=&#34;alert(1)&#34;&#62; a&#38;b</td>');
  expect(run.summary).not.toContain('<img');
});
