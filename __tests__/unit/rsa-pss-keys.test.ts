/**
 * RSA-PSS keys that carry their own parameters: PS256 is SHA-256, MGF1-SHA-256 and a
 * 32-byte salt (RFC 7518 §3.5). A key restricted to others fails before any request,
 * naming private-key; one that fits signs, and a PS256 verifier accepts it.
 */
import { expect, test } from '@jest/globals';
import { constants, generateKeyPairSync, verify } from 'node:crypto';
import { getToken } from '../../src/index.js';
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
    const [header, payload, signature] = formOf(server.requests[0]!).client_assertion!.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toMatchObject({ alg: 'PS256' });
    const ok = verify(
      'sha256',
      Buffer.from(`${header}.${payload}`),
      { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
      Buffer.from(signature!, 'base64url')
    );
    expect(ok).toBe(true);
  } finally {
    await server.close();
  }
});
