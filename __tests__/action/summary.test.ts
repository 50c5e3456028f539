/**
 * Runner level: the job summary (GITHUB_STEP_SUMMARY) is a small table of provider,
 * token endpoint host, grant, granted scope and expiry, and holds no secret.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'summary-secret-0123456789';
const answer = {
  access_token: 'at-summary-0123456789',
  scope: 'openid marketing.read',
  refresh_token: 'rt-summary-0123456789',
  id_token: 'idt-summary-0123456789'
};
let server: TokenServer;
let run: ActionRun;

/** The text of each `<th>` / `<td>` cell, row by row. */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) => [...row!.matchAll(/<t[hd]>(.*?)<\/t[hd]>/gs)].map(([, cell]) => cell!));
}

beforeAll(async () => {
  server = await startTokenServer([tokenReply(answer)]);
  run = await runAction({
    provider: 'understory',
    'token-url': server.tokenUrl,
    'client-id': 'summary-client',
    'client-secret': clientSecret,
    scope: 'openid marketing.read'
  });
});
afterAll(() => server.close());

test('the step succeeds', () => {
  expect(run.code).toBe(0);
  expect(run.outputs.access_token).toBe(answer.access_token);
});

test('the summary is a heading and one table: provider, endpoint host, grant, granted scope, expiry', () => {
  expect(run.summary).toMatch(/^<h3>OAuth token<\/h3>/);
  expect(tableRows(run.summary)).toEqual([
    ['Provider', 'Token endpoint host', 'Grant', 'Granted scope', 'Expires at'],
    ['understory', new URL(server.tokenUrl).host, 'client_credentials', 'openid marketing.read', run.outputs.expires_at]
  ]);
  expect(run.outputs.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
});

test('the summary holds no secret and not the endpoint path', () => {
  expectNoSecrets(run.summary, [clientSecret, answer.access_token, answer.refresh_token, answer.id_token]);
  expect(run.summary).not.toContain('/token');
});
