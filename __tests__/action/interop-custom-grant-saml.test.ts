/**
 * Runner level: a custom assertion grant, SAML 2.0 bearer (RFC 7522 §2.1): the assertion
 * goes through the masked `assertion` input as the `assertion` parameter (RFC 7521 §4.1).
 * A server that quotes it back in its refusal gets it redacted, and so does one that
 * quotes an assertion sent through `extra-params`, whose name says it is a credential.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden } from '../helpers/action-expect.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';

const grantType = 'urn:ietf:params:oauth:grant-type:saml2-bearer';
const assertion = Buffer.from('<saml:Assertion ID="fake-0123456789">not a real one</saml:Assertion>').toString('base64url');
const refusal = { status: 400, json: { error: 'invalid_grant', error_description: `assertion ${assertion} is expired` } };
let server: TokenServer;
let byInput: ActionRun;
let byExtraParams: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([refusal, refusal]);
  const inputs = { 'token-url': server.tokenUrl, 'grant-type': grantType, 'client-id': 'saml-client', 'client-secret': 'fake-saml-secret-0123', retries: '0' };
  byInput = await runAction({ ...inputs, assertion });
  byExtraParams = await runAction({ ...inputs, 'extra-params': `assertion=${assertion}` });
});
afterAll(() => server.close());

test('the assertion input is sent as the assertion parameter of the custom grant', () => {
  expect(formOf(server.requests[0]!)).toEqual({ grant_type: grantType, assertion });
});

test.each([
  ['the assertion input', () => byInput],
  ['an assertion in extra-params', () => byExtraParams]
])('%s: masked, and redacted where the server quotes it', (_, run) => {
  expect(run().code).toBe(1);
  expect(run().stdout).toContain('::error::Token endpoint answered HTTP 400: invalid_grant: assertion *** is expired');
  expectMaskedAndHidden(run(), [assertion], [assertion]);
});
