/**
 * Runner level: the default (form-encoded) Basic header refused by a server that reads
 * it raw fails with one `::error::` line, then the hint naming `basic-encoding: raw` and
 * `client-auth: client_secret_post`, and never the secret.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { errorLines, expectMaskedAndHidden } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import type { TokenServer } from '../helpers/token-server.js';
import { AWKWARD_ID, AWKWARD_SECRET, startBasicServer } from '../interop/servers.js';

let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startBasicServer('raw');
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': AWKWARD_ID, 'client-secret': AWKWARD_SECRET });
});
afterAll(() => server.close());

test('fails with the error, then the hint on the next line', () => {
  expect(run.code).toBe(1);
  expect(errorLines(run)).toEqual(['Token endpoint answered HTTP 401: invalid_client: Client authentication failed']);
  const lines = run.stdout.split('\n');
  const error = lines.findIndex((line) => line.startsWith('::error::'));
  expect(lines[error + 1]).toBe(
    'Hint: the client id or secret holds a character (such as : + % / or a space) that the two Basic encodings send differently, and servers disagree on which to expect; try basic-encoding: raw (now form-urlencoded), or client-auth: client_secret_post'
  );
});

test('prints no form of the secret', () => {
  expectMaskedAndHidden(run, [AWKWARD_SECRET], [AWKWARD_SECRET]);
});
