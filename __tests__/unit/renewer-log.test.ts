/**
 * The keep-fresh renewer's log, which the post step prints as notices and warnings: our
 * own words are never garbled by a short secret, and every line the post step prints is
 * neutralised (the log also holds whatever Node wrote to the renewer's stderr).
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorText, TokenRequestError } from '../../src/core/errors.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { stopRenewer } from '../../src/action/token-file.js';
import { revokingOrders, runRenewerOn } from '../helpers/renewer-orders.js';
import { expectNoSecrets } from '../helpers/secrets.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

let server: TokenServer | undefined;
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'renewer-log-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(folder, { recursive: true, force: true });
});

test('a short client secret that is a word of our messages does not garble the renewer log', async () => {
  const clientSecret = 'revoke';
  server = await startTokenServer([{ status: 400, json: { error: 'invalid_token' } }]);
  const orders = revokingOrders(server, folder, clientSecret, { accessToken: 'at-renewer-log', tokenType: 'Bearer' });
  // Only the renewer's own listener hears the stop: the test runner's are set aside meanwhile.
  const others = process.listeners('SIGTERM');
  process.removeAllListeners('SIGTERM');
  const { lines, running } = runRenewerOn(orders);
  try {
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.emit('SIGTERM');
    await running;
  } finally {
    for (const listener of others) process.on('SIGTERM', listener);
  }
  expect(lines).toEqual(['warning: could not revoke the access token: revocation endpoint answered HTTP 400: invalid_token']);
  expectNoSecrets(lines.join('\n'), ['at-renewer-log']);
});

test('the post step prints each line of the renewer log neutralised: no workflow command, no escape sequence', async () => {
  const log = join(folder, 'renewer.log');
  writeFileSync(log, 'info: ::add-mask::x\nwarning: \x1b]8;;https://evil.example\x07click\x1b]8;;\x07 ##[error]boom\n::stop-commands::t\n');
  const info: string[] = [];
  const warnings: string[] = [];
  // Our own pid is alive but no renewer: the post step only prints the log.
  await stopRenewer({ info: (line) => info.push(line), warning: (line) => warnings.push(String(line)) }, { pid: process.pid, log }, false);
  expect(info).toEqual([': :add-mask::x']);
  expect(warnings).toEqual([
    'The token renewer had stopped before the end of the job; the token file may have expired',
    'Token renewer: click # #[error]boom',
    'Token renewer: : :stop-commands::t'
  ]);
});

test('with revoke: true, a renewer that was gone at the end of the job is said to have left its last token unrevoked', async () => {
  const log = join(folder, 'renewer.log');
  writeFileSync(log, '');
  const warnings: string[] = [];
  await stopRenewer({ info: () => undefined, warning: (line) => warnings.push(String(line)) }, { pid: process.pid, log }, true);
  expect(warnings).toEqual([
    'The token renewer had stopped before the end of the job; the token file may have expired, and its last token may not have been revoked (its log below says if it was)'
  ]);
});

test("a failed renewal's error in a log line (renewer, exec): another error's text redacted and neutralised, ours never garbled", () => {
  const secrets = new SecretRegistry();
  secrets.add('s3cr3t-value-42');
  secrets.add('token');
  const redact = (text: string) => secrets.redact(text);
  expect(errorText(new Error('bad answer for s3cr3t-value-42\n::add-mask::x \x1b[31mred'), redact)).toBe('bad answer for *** ::add-mask::x red');
  expect(errorText('::stop-commands::s3cr3t-value-42', redact)).toBe(': :stop-commands::***');
  const ours = new TokenRequestError('Token endpoint answered HTTP 503: no token now', { code: 'HTTP_ERROR', status: 503 });
  expect(errorText(ours, redact)).toBe(ours.message);
});
