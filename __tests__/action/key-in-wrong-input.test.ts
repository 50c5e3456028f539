/**
 * Runner level, and the CLI: a private key pasted into an input that is no secret
 * (`client-auth`, `signing-algorithm`) is refused without being quoted. No secret input
 * declared it, so neither masking nor redaction knows it; the message says what came
 * instead of showing it.
 */
import { expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { runCli } from '../cli/run-cli.js';
import { runAction } from '../helpers/run-action.js';
import { expectNoSecrets } from '../helpers/secrets.js';

const pem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();
const keyLines = pem.split('\n').filter((line) => line && !line.startsWith('-----'));

test('the action names the input and says a PEM block came, never its lines', async () => {
  const run = await runAction({ 'token-url': 'https://auth.example.test/token', 'client-id': 'c', 'client-secret': 'fake-secret-0123', 'client-auth': pem });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    '::error::Input "client-auth" must be one of client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt, none (got a PEM block, not shown)'
  );
  expectNoSecrets(run.stdout + run.stderr, keyLines);
});

test('the CLI too, for a key with literal \\n escapes in OAUTH_SIGNING_ALGORITHM', async () => {
  const run = await runCli(['--token-url', 'https://auth.example.test/token'], {
    OAUTH_CLIENT_ID: 'c',
    OAUTH_CLIENT_SECRET: 'fake-secret-0123',
    OAUTH_SIGNING_ALGORITHM: pem.trim().replaceAll('\n', '\\n')
  });
  expect({ code: run.code, stderr: run.stderr }).toEqual({
    code: 2,
    stderr: 'oauth-token: --signing-algorithm (OAUTH_SIGNING_ALGORITHM) must be one of RS256, PS256, ES256 (got a PEM block, not shown)\n'
  });
  expectNoSecrets(run.stdout + run.stderr, keyLines);
});
