/**
 * Runner level: an `http://` token endpoint on a host that is not loopback is refused
 * before any request (RFC 6749 §3.2 asks for TLS), in one line naming token-url.
 */
import { beforeAll, test } from '@jest/globals';
import { expectMaskedAndHidden, expectOneLineFailure } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const clientSecret = 'fake-plain-http-secret-9a';
let run: ActionRun;

beforeAll(async () => {
  run = await runAction({ 'token-url': 'http://auth.example.test/oauth2/token', 'client-id': 'fake-client', 'client-secret': clientSecret }, { env: { RUNNER_DEBUG: '1' } });
});

test('refuses in one line naming token-url and the host', () => {
  expectOneLineFailure(run, 'Input "token-url" must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]; got host auth.example.test)');
});

test('the secret was masked and is shown nowhere', () => {
  expectMaskedAndHidden(run, [clientSecret], [clientSecret]);
});
