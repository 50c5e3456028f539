/**
 * The secret registry: every secret and the forms it takes on the wire are masked and
 * redacted; a PEM key's public armor and its short last line are not, so messages stay
 * readable and the job's log is not masked at random.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { isCredentialName, REDACTED, SecretRegistry } from '../../src/core/secrets.js';

function registered(value: string): string[] {
  const masked: string[] = [];
  new SecretRegistry((secret) => masked.push(secret)).add(value);
  return masked;
}

describe('SecretRegistry', () => {
  test('masks a secret with its percent- (also lower-case, as .NET writes them), form- and JSON-encoded forms, and as a server that percent-decodes a form without its + echoes it', () => {
    expect(registered('s3:cr+t %/"x')).toEqual([
      's3:cr+t %/"x',
      's3%3Acr%2Bt%20%25%2F%22x',
      's3%3Acr%2Bt+%25%2F%22x',
      's3:cr+t %/\\"x',
      's3:cr+t+%/"x',
      's3%3acr%2bt%20%25%2f%22x',
      's3%3acr%2bt+%25%2f%22x'
    ]);
  });

  test('masks a non-ASCII secret as servers echo it: lower-case escapes, its UTF-8 read as Latin-1, the other normalisation', () => {
    const secret = 'S\u00e9cret-Z\u00fcrich-\u65e5\u672c-x';
    const masked = registered(secret);
    expect(masked).toEqual(expect.arrayContaining(['S%c3%a9cret-Z%c3%bcrich-%e6%97%a5%e6%9c%ac-x', Buffer.from(secret, 'utf8').toString('latin1'), secret.normalize('NFD')]));
    const secrets = new SecretRegistry();
    secrets.add(secret);
    expect(secrets.redact(`bad ${Buffer.from(secret, 'utf8').toString('latin1')} / ${secret.normalize('NFD')}`)).toBe(`bad ${REDACTED} / ${REDACTED}`);
  });

  test('masks each line of a PEM key but not its armor (also with literal \\n escapes)', () => {
    const pem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const body = pem.split('\n').filter((line) => line && !line.startsWith('-----'));
    for (const form of [pem, pem.replace(/\n/g, '\\n')]) {
      const masked = registered(form);
      expect(masked).toEqual(expect.arrayContaining(body.filter((line) => line.length >= 8)));
      expect(masked.filter((value) => /^-----[A-Z ]+-----$/.test(value))).toEqual([]);
    }
  });

  test('redacts every registered form, the longest first, and leaves the rest of the text alone', () => {
    const secrets = new SecretRegistry();
    secrets.add('fake secret+1');
    secrets.addExact('Basic ZmFrZQ==');
    expect(secrets.redact('got fake%20secret%2B1 and fake+secret%2B1 and "fake secret+1" with Basic ZmFrZQ== for -----BEGIN PRIVATE KEY-----')).toBe(
      `got ${REDACTED} and ${REDACTED} and "${REDACTED}" with ${REDACTED} for -----BEGIN PRIVATE KEY-----`
    );
  });

  test('tells the listener of each value once', () => {
    const masked: string[] = [];
    const secrets = new SecretRegistry((value) => masked.push(value));
    secrets.add('fake-secret-1');
    secrets.add('fake-secret-1');
    secrets.add('');
    secrets.add(undefined);
    expect(masked).toEqual(['fake-secret-1']);
  });
});

describe('redacting without garbling our own words', () => {
  const registry = new SecretRegistry();
  registry.add('secret');

  test('a value the user gave is hidden only when it is a secret itself', () => {
    expect(registry.redactValue('secret')).toBe(REDACTED);
    expect(registry.redactValue('client_secret_basic')).toBe('client_secret_basic');
  });

  test('only a quoted value that is a secret is redacted, never the words around it', () => {
    expect(registry.redactQuoted('must be one of client_secret_basic, none (got "secret")')).toBe('must be one of client_secret_basic, none (got "***")');
    expect(registry.redactQuoted('is required with client-auth "client_secret_basic"')).toBe('is required with client-auth "client_secret_basic"');
  });
});

describe('isCredentialName', () => {
  test.each([
    'Authorization',
    'Proxy-Authorization',
    'X-Api-Key',
    'x-auth-token',
    'Cookie',
    'X-Session-Id',
    'X-Amz-Signature',
    'api_key',
    'apiKey',
    'client_token',
    'db_password',
    'SECRET',
    'assertion',
    'saml_assertion'
  ])('%s carries a credential', (name) => expect(isCredentialName(name)).toBe(true));

  test.each(['User-Agent', 'Accept', 'X-Request-Id', 'audience', 'scope', 'subject_token_type', 'token_type_hint', 'X-Auth-Type', 'client_assertion_type'])('%s does not', (name) =>
    expect(isCredentialName(name)).toBe(false)
  );
});

test('redactQuoted redacts a quoted value that spans lines', () => {
  const secrets = new SecretRegistry();
  secrets.add('-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0\n-----END PRIVATE KEY-----');
  const text = 'must be one of a, b (got "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0\n-----END PRIVATE KEY-----")';
  expect(secrets.redactQuoted(text)).not.toContain('MIIEvQIBADANBgkqhkiG9w0');
});

test('redactQuoted never quotes key material no input declared: a PEM block, or several lines', () => {
  const secrets = new SecretRegistry();
  const pem = '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIpU9ii0c2VjcmV0LWtleS1ieXRlcw\n-----END EC PRIVATE KEY-----';
  expect(secrets.redactQuoted(`must be one of RS256, PS256, ES256 (got "${pem}")`)).toBe('must be one of RS256, PS256, ES256 (got a PEM block, not shown)');
  expect(secrets.redactQuoted(`must be one of a, b (got "${pem.replaceAll('\n', '\\n')}")`)).toBe('must be one of a, b (got a PEM block, not shown)');
  expect(secrets.redactQuoted('must be true or false (got "line one\r\nline two\nthree")')).toBe('must be true or false (got 3 lines, not shown)');
  expect(secrets.redactQuoted('must be true or false (got "yes please")')).toBe('must be true or false (got "yes please")');
});
