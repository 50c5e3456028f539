/**
 * Missing, malformed or contradictory inputs fail before any network call, with one
 * line naming the input (CONTRACT.md, "Failures and secrets").
 */
import { describe, expect, test } from '@jest/globals';
import { InputError, getToken, type TokenOptions } from '../../src/index.js';
import type { HttpSession } from '../../src/core/http.js';
import { recordingRuntime } from '../helpers/nock-endpoint.js';

const URL_ = 'https://auth.example.test/token';
const creds = { tokenUrl: URL_, clientId: 'fake-client', clientSecret: 'fake-secret-3e1' };

/** An HTTP session that records every attempt to send anything. */
function spySession(): HttpSession & { sent: string[] } {
  const session = {
    sent: [] as string[],
    send: async (request: { url: URL }) => {
      session.sent.push(request.url.href);
      throw new Error('no request may be sent for an input error');
    },
    close: () => undefined
  };
  return session as unknown as HttpSession & { sent: string[] };
}

const cases: Array<[string, TokenOptions, string, string]> = [
  ['unknown provider', { ...creds, provider: 'okta' }, 'provider', 'must be one of generic, datacrunch, understory, crayon, bitquery (got "okta")'],
  [
    'generic without an endpoint',
    { clientId: 'fake-client', clientSecret: 'fake-secret-3e1' },
    'token-url',
    'is required with provider "generic" (or give "issuer" for discovery)'
  ],
  [
    'http:// to a non-loopback host',
    { ...creds, tokenUrl: 'http://auth.example.test/token' },
    'token-url',
    'must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]; got host auth.example.test)'
  ],
  [
    'http:// to a host that merely starts with 127',
    { ...creds, tokenUrl: 'http://127.example.test/token' },
    'token-url',
    'must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]; got host 127.example.test)'
  ],
  ['a relative token-url', { ...creds, tokenUrl: '/oauth2/token' }, 'token-url', 'is not an absolute URL (expected https://host/path)'],
  ['a token-url of another scheme', { ...creds, tokenUrl: 'ftp://auth.example.test/token' }, 'token-url', 'must be an https:// URL (got ftp://)'],
  [
    'credentials in the token-url',
    { ...creds, tokenUrl: 'https://user:pw@auth.example.test/token' },
    'token-url',
    'must not contain credentials; use "client-id" and "client-secret"'
  ],
  ['a fragment in the token-url', { ...creds, tokenUrl: 'https://auth.example.test/token#x' }, 'token-url', 'must not contain a #fragment'],
  [
    'a grant with no token request',
    { ...creds, grantType: 'implicit' },
    'grant-type',
    'must be a grant with a token request this step can make: "implicit" is a browser flow with no token request (RFC 6749 §4.2)'
  ],
  [
    'an unknown client-auth',
    { ...creds, clientAuth: 'basic' },
    'client-auth',
    'must be one of client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt, none (got "basic")'
  ],
  ['an unknown body-format', { ...creds, bodyFormat: 'xml' }, 'body-format', 'must be one of form, json (got "xml")'],
  ['client_secret_basic without client-id', { tokenUrl: URL_, clientSecret: 'fake-secret-3e1' }, 'client-id', 'is required with client-auth "client_secret_basic"'],
  [
    'client_secret_post without client-secret',
    { tokenUrl: URL_, clientId: 'fake-client', clientAuth: 'client_secret_post' },
    'client-secret',
    'is required with client-auth "client_secret_post"'
  ],
  // The provider chose the client auth, not the user: the message says whose requirement it is.
  [
    'datacrunch without client-secret',
    { provider: 'datacrunch', clientId: 'fake-client' },
    'client-secret',
    'is required by provider "datacrunch" (client-auth client_secret_post)'
  ],
  ['password without username', { ...creds, grantType: 'password', password: 'fake-pw-1' }, 'username', 'is required with grant-type "password"'],
  ['password without password', { ...creds, grantType: 'password', username: 'jane' }, 'password', 'is required with grant-type "password"'],
  ['refresh_token without refresh-token', { ...creds, grantType: 'refresh_token' }, 'refresh-token', 'is required with grant-type "refresh_token"'],
  ['understory without scope', { provider: 'understory', clientId: 'fake-client', clientSecret: 'fake-secret-3e1' }, 'scope', 'is required by provider "understory"'],
  [
    'a resource with a fragment',
    { ...creds, resource: 'https://api.example.test/#x' },
    'resource',
    'must be absolute URIs without a #fragment, one per line (got "https://api.example.test/#x")'
  ],
  ['a relative resource', { ...creds, resource: 'api' }, 'resource', 'must be absolute URIs without a #fragment, one per line (got "api")'],
  [
    'extra-params setting a client credential',
    { ...creds, extraParams: 'client_secret=other' },
    'extra-params',
    'sets "client_secret", which another input controls; use that input'
  ],
  ['extra-params contradicting scope', { ...creds, scope: 'read', extraParams: 'scope=write' }, 'extra-params', 'sets "scope", which another input controls; use that input'],
  ['an extra-params line without =', { ...creds, extraParams: 'tenant=acme\nbroken' }, 'extra-params', 'line 2 is not key=value'],
  ['headers setting Content-Type', { ...creds, headers: 'Content-Type: text/plain' }, 'headers', 'must not set Content-Type: it follows from "body-format" and the URL'],
  [
    'headers setting Authorization next to Basic',
    { ...creds, headers: 'Authorization: Bearer x' },
    'headers',
    'must not set Authorization with client-auth "client_secret_basic", which sets it'
  ],
  ['a header line without a colon', { ...creds, headers: 'X-Tenant acme' }, 'headers', 'line 1 is not "Name: value"'],
  ['a zero timeout', { ...creds, timeoutSeconds: 0 }, 'timeout-seconds', 'must be a number of seconds above 0 and at most 600 (got "0")'],
  ['too many retries', { ...creds, retries: 11 }, 'retries', 'must be a whole number from 0 to 10 (got "11")'],
  ['fractional retries', { ...creds, retries: 1.5 }, 'retries', 'must be a whole number from 0 to 10 (got "1.5")'],
  [
    'a private key and a client assertion together',
    { tokenUrl: URL_, clientId: 'fake-client', clientAuth: 'private_key_jwt', privateKey: 'fake-pem', clientAssertion: 'fake.jwt.value' },
    'client-assertion',
    'and input "private-key" are both given; give one of them'
  ],
  [
    'an actor-token-type without an actor-token',
    { ...creds, grantType: 'token_exchange', subjectToken: 'fake-subject', actorTokenType: 'urn:x' },
    'actor-token-type',
    'is only used together with "actor-token"'
  ]
];

describe('each input error names its input and sends nothing', () => {
  test.each(cases)('%s', async (_name, options, input, problem) => {
    const http = spySession();
    const error = await getToken(options, recordingRuntime({ http })).then(
      () => undefined,
      (caught: unknown) => caught
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', input, problem, message: `Input "${input}" ${problem}` });
    expect((error as Error).message).not.toMatch(/\n/);
    expect(http.sent).toEqual([]);
  });
});

test('a secret echoed in an input error is redacted', async () => {
  const error = (await getToken(
    { ...creds, clientSecret: 'fake-secret-in-a-bad-grant', grantType: 'fake-secret-in-a-bad-grant x' },
    recordingRuntime({ http: spySession() })
  ).catch((caught: unknown) => caught)) as InputError;
  expect(error.message).toBe(
    'Input "grant-type" must be one of client_credentials, password, refresh_token, token_exchange, jwt_bearer, an absolute URI or a grant name of letters, digits, "-", "." and "_" (RFC 6749 §4.5) (got "*** x")'
  );
});
