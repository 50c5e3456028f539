/**
 * RSA-PSS keys that carry their own parameters: PS256 is SHA-256, MGF1-SHA-256 and a
 * 32-byte salt (RFC 7518 §3.5). A key restricted to others fails before any request,
 * naming private-key; one that fits signs, and a PS256 verifier accepts it.
 */
import { expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { getToken } from '../../src/index.js';
import { verifyJwt } from '../helpers/jwt-verify.js';
import { startTokenServer, formOf } from '../helpers/token-server.js';

const pemOf = (options: Parameters<typeof generateKeyPairSync>[1]) => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa-pss', { modulusLength: 2048, ...options } as never) as unknown as {
    privateKey: import('node:crypto').KeyObject;
    publicKey: import('node:crypto').KeyObject;
  };
  return { pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey };
};

test.each([
  ['MGF1-SHA-1 (it would sign what no PS256 verifier accepts)', { hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha1', saltLength: 32 }],
  ['SHA-512', { hashAlgorithm: 'sha512', mgf1HashAlgorithm: 'sha512', saltLength: 64 }],
  ['a 48-byte minimum salt', { hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 48 }]
])('a key restricted to %s fails before any request, naming private-key', async (_, restrictions) => {
  const server = await startTokenServer([{ json: { access_token: 'at-never' } }]);
  try {
    await expect(getToken({ tokenUrl: server.tokenUrl, clientId: 'pss', privateKey: pemOf(restrictions).pem })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      input: 'private-key',
      problem: expect.stringMatching(/^is an RSA-PSS key restricted to parameters PS256 cannot use/)
    });
    expect(server.requests).toEqual([]);
  } finally {
    await server.close();
  }
});

test('a key restricted to the PS256 parameters signs an assertion a PS256 verifier accepts', async () => {
  const { pem, publicKey } = pemOf({ hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 32 });
  const server = await startTokenServer([{ json: { access_token: 'at-pss' } }]);
  try {
    await getToken({ tokenUrl: server.tokenUrl, clientId: 'pss', privateKey: pem });
    expect(verifyJwt(formOf(server.requests[0]!).client_assertion!, publicKey).header).toMatchObject({ alg: 'PS256' });
  } finally {
    await server.close();
  }
});
