/**
 * A certificate given with the key in `private-key` names the key in the assertion's
 * header as `x5t#S256` and `x5t` (RFC 7515 §4.1.7, §4.1.8): how Entra ID's certificate
 * credentials and AD FS find the key, which no `kid` can do. The thumbprints are those
 * of the certificate's DER, computed here with openssl rather than with our code.
 */
import { afterAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signClientAssertion } from '../../src/core/jwt.js';
import { verifyJwt } from '../helpers/jwt-verify.js';

const dir = mkdtempSync(join(tmpdir(), 'oauth-jwt-cert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A key and its self-signed certificate, and the certificate's thumbprints as openssl gives them (hex), in base64url. */
function keyAndCertificate(name: string) {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, '-subj', `/CN=${name}`, '-days', '2');
  const thumbprint = (digest: string) => {
    const hex = /=([0-9A-F:]+)/.exec(openssl('x509', '-in', `${name}.pem`, '-noout', '-fingerprint', `-${digest}`))![1]!.replaceAll(':', '');
    return Buffer.from(hex, 'hex').toString('base64url');
  };
  return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.pem`), 'utf8'), x5t: thumbprint('sha1'), x5tS256: thumbprint('sha256') };
}

const app = keyAndCertificate('app');
const other = keyAndCertificate('other');
const sign = (privateKeyPem: string) =>
  signClientAssertion({ clientId: 'app', audience: 'https://login.example.test/tenant/oauth2/v2.0/token', key: { privateKeyPem }, algorithm: 'PS256' });

test.each([
  ['the certificate before the key', `${app.cert}${app.key}`],
  ['the key before the certificate', `${app.key}${app.cert}`],
  ['a chain: another certificate first', `${other.cert}${app.cert}${app.key}`],
  ['one line with literal \\n escapes', `${app.cert}${app.key}`.trim().replaceAll('\n', '\\n')]
])('%s: the header names the certificate, and the signature verifies with its key', (_, privateKeyPem) => {
  const { header } = verifyJwt(sign(privateKeyPem), createPublicKey(app.cert));
  expect(header).toEqual({ alg: 'PS256', typ: 'JWT', x5t: app.x5t, 'x5t#S256': app.x5tS256 });
});

test('a key alone: no certificate parameters', () => {
  expect(verifyJwt(sign(app.key), createPublicKey(app.cert)).header).toEqual({ alg: 'PS256', typ: 'JWT' });
});

test('a certificate of another key alone (a CA, a stale one) is left out of the header, as servers that find the key by kid expect', () => {
  expect(verifyJwt(sign(`${other.cert}${app.key}`), createPublicKey(app.cert)).header).toEqual({ alg: 'PS256', typ: 'JWT' });
});

test('an unreadable certificate block is refused, naming private-key', () => {
  const cut = app.cert.replace(/\n[A-Za-z0-9+/=]+\n/, '\nnot base64 at all\n');
  expect(() => sign(`${cut}${app.key}`)).toThrow('Input "private-key" holds a CERTIFICATE block that could not be read; check that the whole block was copied');
});
