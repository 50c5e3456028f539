/**
 * Runner level: a token exchange answered with a token that is no access token (RFC 8693
 * §2.2.1: `token_type` N_A, `issued_token_type` an ID token). The log line names what it
 * is, and the outputs carry both fields as the server sent them.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const idTokenType = 'urn:ietf:params:oauth:token-type:id_token';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer([{ json: { access_token: 'eyJhbGciOiJub25lIn0.e30.exchanged-0123', token_type: 'N_A', issued_token_type: idTokenType, expires_in: 300 } }]);
  run = await runAction({
    'token-url': server.tokenUrl,
    'grant-type': 'token_exchange',
    'subject-token': 'fake-subject-token-0123',
    'requested-token-type': idTokenType
  });
});
afterAll(() => server.close());

test('the log line names the issued token type, not "a N_A token"', () => {
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`Got a token of type ${idTokenType} from ${new URL(server.tokenUrl).host} (provider generic, grant token_exchange, expires at `);
});

test('the outputs carry token_type and issued_token_type as sent', () => {
  expect(run.outputs).toMatchObject({ token_type: 'N_A', issued_token_type: idTokenType });
});
