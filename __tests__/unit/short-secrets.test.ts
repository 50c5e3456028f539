/**
 * Library (issue #10, item 10): with a one-letter or one-word client secret, the
 * library's own messages (errors and debug lines) read exactly as written; only the
 * text the server sent is redacted, and no secret it echoed is left in it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getToken, InputError, TokenRequestError } from '../../src/index.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

let server: TokenServer;

beforeAll(async () => {
  server = await startTokenServer((request) => ({
    status: 401,
    json: { error: 'invalid_client', error_description: `wrong ${new URLSearchParams(request.body).get('client_secret')} for ${request.headers['x-api-key']}` }
  }));
});
afterAll(() => server.close());

async function failure(clientSecret: string, extra: Record<string, string> = {}): Promise<{ error: unknown; debug: string[] }> {
  const debug: string[] = [];
  const error = await getToken(
    { tokenUrl: server.tokenUrl, clientId: 'short-client', clientSecret, clientAuth: 'client_secret_post', retries: 0, ...extra },
    { debug: (line) => debug.push(line) }
  ).catch((caught: unknown) => caught);
  return { error, debug };
}

describe.each(['secret', 's'])('client secret "%s"', (clientSecret) => {
  test('an input error reads as written', async () => {
    const { error } = await failure(clientSecret, { clientAuth: 'none' });
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('Input "client-secret" is not used with client-auth "none"; remove it or choose a client_secret_* method');
  });

  test('the debug line reads as written; the secrets the server echoed are redacted', async () => {
    const { error, debug } = await failure(clientSecret, { headers: 'X-Api-Key: k' });
    expect(debug[0]).toBe(`POST ${server.tokenUrl}: grant client_credentials, client auth client_secret_post, form body`);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect({ message: (error as TokenRequestError).message, description: (error as TokenRequestError).errorDescription }).toEqual({
      message: 'Token endpoint answered HTTP 401: invalid_client: wrong *** for ***',
      description: 'wrong *** for ***'
    });
  });
});
