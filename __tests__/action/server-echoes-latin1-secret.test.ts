/**
 * Runner level: a server that decodes the Basic header as Latin-1 (an old servlet
 * container's default) and echoes the client secret in its refusal. For a non-ASCII secret
 * that mojibake (`SÃ©cret`) is neither the secret nor an encoding of it: it is masked and
 * redacted as one of its forms.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const clientSecret = 'S\u00e9cret-Z\u00fcrich-0123';
const mojibake = Buffer.from(clientSecret, 'utf8').toString('latin1');
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer((request) => {
    const [, secret] = Buffer.from(String(request.headers.authorization).slice('Basic '.length), 'base64').toString('latin1').split(':');
    return { status: 401, json: { error: 'invalid_client', error_description: `bad secret ${decodeURIComponent(secret ?? '')}` } };
  });
  run = await runAction({ 'token-url': server.tokenUrl, 'client-id': 'latin1-client', 'client-secret': clientSecret, 'basic-encoding': 'raw', retries: '0' });
});
afterAll(() => server.close());

test('the refusal is shown with the mojibake redacted, and that form is masked', () => {
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('::error::Token endpoint answered HTTP 401: invalid_client: bad secret ***');
  expect(run.stdout).toContain(`::add-mask::${mojibake}`);
  const printed = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
  expect(printed.join('\n')).not.toContain(mojibake);
});
