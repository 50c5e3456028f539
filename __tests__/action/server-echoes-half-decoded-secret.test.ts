/**
 * Runner level: a server that percent-decodes the form body without reading `+` back as a
 * space (decodeURIComponent, as a naive form parser does) and echoes the client secret in
 * its refusal. For a secret with a space and other reserved characters, that half-decoded
 * form is neither the secret nor an encoding of it: it is masked and redacted as one of its forms.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'p@ss w+rd/1-0123';
const halfDecoded = 'p@ss+w+rd/1-0123';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer((request) => {
    const sent = /(?:^|&)client_secret=([^&]*)/.exec(request.body)?.[1] ?? '';
    return { status: 400, json: { error: 'invalid_request', error_description: `bad secret ${decodeURIComponent(sent)}` } };
  });
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'echo-client', 'client-secret': clientSecret, 'client-auth': 'client_secret_post', retries: '0' });
});
afterAll(() => server.close());

test('the refusal is shown with the half-decoded secret redacted, and that form is masked', () => {
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('::error::Token endpoint answered HTTP 400: invalid_request: bad secret ***');
  expect(run.stdout).toContain(`::add-mask::${halfDecoded.replaceAll('%', '%25')}`);
  const printed = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
  expect(printed.join('\n')).not.toContain(halfDecoded);
});
