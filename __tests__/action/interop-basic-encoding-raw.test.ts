/**
 * Runner level: `basic-encoding: raw` for a server that compares Basic credentials as
 * sent (Authlib 1.2, Glewlwyd 2.7), with a secret holding `:` `+` `%` `/` and a space.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden, expectTokenOutputs } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import type { TokenServer } from '../helpers/token-server.js';
import { ACCESS_TOKEN, AWKWARD_ID, AWKWARD_SECRET, basicParts, startBasicServer } from '../interop/servers.js';

let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startBasicServer('raw');
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': AWKWARD_ID, 'client-secret': AWKWARD_SECRET, 'basic-encoding': 'raw' });
});
afterAll(() => server.close());

test('gets the token with base64(id:secret), nothing encoded', () => {
  expect(run.stderr).toBe('');
  expectTokenOutputs(run, { access_token: ACCESS_TOKEN, token_type: 'Bearer', expires_in: '3600' });
  expect(server.requests).toHaveLength(1);
  expect(basicParts(server.requests[0]!)).toEqual([AWKWARD_ID, AWKWARD_SECRET]);
});

test('masks the raw Basic value and prints no form of the secret', () => {
  const raw = Buffer.from(`${AWKWARD_ID}:${AWKWARD_SECRET}`).toString('base64');
  expectMaskedAndHidden(run, [AWKWARD_SECRET, raw], [AWKWARD_SECRET, raw, ACCESS_TOKEN]);
});
