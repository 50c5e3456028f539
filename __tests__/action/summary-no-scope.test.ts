/**
 * Runner level: a server that states no scope still gives a well-formed summary row.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ json: { access_token: 'at-no-scope-0123456789', token_type: 'Bearer' } }]);
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'no-scope-client', 'client-secret': 'no-scope-secret-0123456789' });
});
afterAll(() => server.close());

test('the scope and expiry cells say they are unknown, and every cell is closed', () => {
  expect(run.code).toBe(0);
  expect(run.summary).toContain('<td>client_credentials</td><td>not stated</td><td>unknown</td>');
  expect(run.summary.match(/<td>/g)).toHaveLength(run.summary.match(/<\/td>/g)!.length);
});
