/**
 * Runner level (issue #10, item 4): a `scope` with a blank line and Markdown after it
 * cannot end the summary table's HTML block: every cell is one line, escaped to
 * printable ASCII and HTML-escaped, so no heading, link, image or markup renders.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

const scope = 'read\n\n# Forged heading\n[link](https://evil.test) ![x](https://evil.test/x.png) <script>x</script> caf\u00e9';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([tokenReply({ scope, expires_in: undefined })]);
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'summary-client', 'client-secret': 'summary-secret-0123456789' });
});
afterAll(() => server.close());

test('the step succeeds and the scope output is the value as returned', () => {
  expect(run.code).toBe(0);
  expect(run.outputs.scope).toBe(scope);
});

test('the summary is the heading and one table line, the scope inert in its cell', () => {
  const shownScope = 'read\\u000a\\u000a# Forged heading\\u000a[link](https://evil.test) ![x](https://evil.test/x.png) &#60;script&#62;x&#60;/script&#62; caf\\u00e9';
  expect(run.summary).toBe(
    '<h3>OAuth token</h3>\n' +
      '<table><tr><th>Provider</th><th>Token endpoint host</th><th>Grant</th><th>Granted scope</th><th>Expires at</th></tr>' +
      `<tr><td>generic</td><td>${new URL(server.tokenUrl).host}</td><td>client_credentials</td><td>${shownScope}</td><td>unknown</td></tr></table>\n`
  );
});
