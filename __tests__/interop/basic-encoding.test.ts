/**
 * `basic-encoding` against two loopback servers that disagree, with an id and secret
 * holding `:` `+` `%` `/` and spaces: one compares the Basic credentials as sent (raw),
 * the other form-decodes them (RFC 6749 §2.3.1). Each succeeds with its own encoding,
 * whatever the preset's, and a refusal says which two inputs to try.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getToken, TokenRequestError, type TokenOptions } from '../../src/index.js';
import type { TokenServer } from '../helpers/token-server.js';
import { ACCESS_TOKEN, AWKWARD_ID, AWKWARD_SECRET, basicParts, startBasicServer } from './servers.js';

let raw: TokenServer;
let formEncoded: TokenServer;

beforeAll(async () => {
  [raw, formEncoded] = await Promise.all([startBasicServer('raw'), startBasicServer('form-urlencoded')]);
});
afterAll(async () => {
  await Promise.all([raw.close(), formEncoded.close()]);
});

const credentials = (server: TokenServer, extra: TokenOptions = {}): TokenOptions => ({ tokenUrl: server.tokenUrl, clientId: AWKWARD_ID, clientSecret: AWKWARD_SECRET, ...extra });

async function refusal(options: TokenOptions): Promise<TokenRequestError> {
  const error = await getToken(options).then(
    () => undefined,
    (caught: unknown) => caught
  );
  expect(error).toBeInstanceOf(TokenRequestError);
  return error as TokenRequestError;
}

describe('a server that compares Basic credentials as sent', () => {
  test('basic-encoding raw: base64(id:secret) with nothing encoded, and a token', async () => {
    const token = await getToken(credentials(raw, { basicEncoding: 'raw' }));
    expect(token.accessToken).toBe(ACCESS_TOKEN);
    expect(basicParts(raw.requests.at(-1)!)).toEqual([AWKWARD_ID, AWKWARD_SECRET]);
  });

  test('the default form-encoding is refused, and the error names basic-encoding: raw and client-auth: client_secret_post', async () => {
    const error = await refusal(credentials(raw));
    expect(error).toMatchObject({ status: 401, error: 'invalid_client' });
    expect(error.hint).toBe(
      'the client id or secret holds a character (such as : + % / or a space) that the two Basic encodings send differently, and servers disagree on which to expect; try basic-encoding: raw (now form-urlencoded), or client-auth: client_secret_post'
    );
    expect(error.hint).not.toContain(AWKWARD_SECRET);
  });

  test('overrides a preset: crayon (raw) set to form-urlencoded is refused the same way, naming raw back', async () => {
    const error = await refusal({ ...credentials(raw, { basicEncoding: 'form-urlencoded' }), provider: 'crayon', username: 'u', password: 'fake-pw' });
    expect(error.hint).toMatch(/try basic-encoding: raw \(now form-urlencoded\), or client-auth: client_secret_post$/);
  });
});

describe('a server that form-decodes Basic credentials (RFC 6749 §2.3.1)', () => {
  test('the default: each part form-encoded, and a token', async () => {
    const token = await getToken(credentials(formEncoded));
    expect(token.accessToken).toBe(ACCESS_TOKEN);
    expect(basicParts(formEncoded.requests.at(-1)!)).toEqual([
      new URLSearchParams({ v: AWKWARD_ID }).toString().slice(2),
      new URLSearchParams({ v: AWKWARD_SECRET }).toString().slice(2)
    ]);
  });

  test('overrides a preset: crayon with basic-encoding form-urlencoded gets a token', async () => {
    const token = await getToken({ ...credentials(formEncoded, { basicEncoding: 'form-urlencoded' }), provider: 'crayon', username: 'u', password: 'fake-pw' });
    expect(token.accessToken).toBe(ACCESS_TOKEN);
  });

  test('raw is refused, and the hint names form-urlencoded back', async () => {
    const error = await refusal(credentials(formEncoded, { basicEncoding: 'raw' }));
    expect(error.hint).toMatch(/; try basic-encoding: form-urlencoded \(now raw\), or client-auth: client_secret_post$/);
  });
});

test('no encoding hint when the credentials read the same either way: the hint is about the credentials themselves', async () => {
  const error = await refusal({ tokenUrl: raw.tokenUrl, clientId: 'plain-client', clientSecret: 'plainsecret0123' });
  expect(error).toMatchObject({ status: 401, error: 'invalid_client', hint: expect.stringMatching(/^the server refused the client's credentials: check client-id/) });
});
