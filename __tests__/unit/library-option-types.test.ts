/**
 * The library's options as a program builds them from a config file: a value of the wrong
 * type fails before any request with an InputError naming the option and the kind of value
 * (never the value: it may be a secret); a name that is no option fails too, naming the
 * one it is likely meant for; null means "not given"; a secret typed into another option
 * is redacted where a message quotes it, also escaped or holding `")`.
 */
import { afterEach, expect, test } from '@jest/globals';
import { getToken, InputError, revokeTokens, type TokenOptions } from '../../src/index.js';
import { formOf, startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';

let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The InputError getToken throws for `options` (on top of a loopback token URL and a client). */
async function refusal(options: Record<string, unknown>): Promise<unknown> {
  server = await startTokenServer([tokenReply()]);
  const error = await getToken({ tokenUrl: server.tokenUrl, clientId: 'config-client', ...options } as TokenOptions).catch((caught: unknown) => caught);
  expect(server.requests).toEqual([]);
  return error;
}

test.each<[string, Record<string, unknown>, string, string]>([
  ['a number as the client secret', { clientSecret: 12345678 }, 'client-secret', 'must be a string (got a number)'],
  ['a list as the scope', { clientSecret: 's', scope: ['read', 'write'] }, 'scope', 'must be a string (got a list)'],
  ['a number in the resource list', { clientSecret: 's', resource: ['https://api.example.test/', 5] }, 'resource', 'must be a string or a list of strings (got a list)'],
  ['a number in the audience list', { clientSecret: 's', audience: ['api', 5] }, 'audience', 'must be a string or a list of strings (got a list)'],
  ['an unset env var in extra-params', { clientSecret: 's', extraParams: { tenant: undefined } }, 'extra-params', 'must map each name to a string, but "tenant" holds undefined'],
  ['a list as a header value', { clientSecret: 's', headers: { 'X-A': ['a', 'b'] } }, 'headers', 'must map each name to a string, but "X-A" holds a list'],
  ['a list as the timeout', { clientSecret: 's', timeoutSeconds: [5] }, 'timeout-seconds', 'must be a number or a numeral (got a list)'],
  ['an empty parameter name', { clientSecret: 's', extraParams: { '': 'v' } }, 'extra-params', 'has a parameter with an empty name'],
  ['a lone surrogate in the secret', { clientSecret: 'sec\ud800ret' }, 'client-secret', 'must be well-formed Unicode text (it holds half of a surrogate pair)'],
  [
    'a lone surrogate in a resource',
    { clientSecret: 's', resource: ['https://api.example.test/\udc00'] },
    'resource',
    'must be well-formed Unicode text (it holds half of a surrogate pair)'
  ],
  [
    'a lone surrogate in an extra parameter',
    { clientSecret: 's', extraParams: { api_key: 'k\ud800' } },
    'extra-params',
    'must be well-formed Unicode text (it holds half of a surrogate pair)'
  ]
])('%s: refused before any request, naming the option', async (_, options, input, problem) => {
  const error = await refusal(options);
  expect(error).toBeInstanceOf(InputError);
  expect(error).toMatchObject({ input, problem });
});

test.each<[string, Record<string, unknown>, string, string]>([
  ['a typo', { clientSecret: 's', scopes: 'read' }, 'scopes', 'is not an option; did you mean "scope"?'],
  ['another case', { clientSecret: 's', clientID: 'config-client' }, 'clientID', 'is not an option; did you mean "clientId"?'],
  ['snake case', { client_secret: 's' }, 'client_secret', 'is not an option; did you mean "clientSecret"?'],
  ['an input name', { clientSecret: 's', 'token-url': 'https://auth.example.test/token' }, 'token-url', 'is not an option; did you mean "tokenUrl"?'],
  ['an option of nothing', { clientSecret: 's', apiBaseUrl: 'https://api.example.test' }, 'apiBaseUrl', 'is not an option of the library (docs/library.md lists them)'],
  ['an action-only input', { clientSecret: 's', keepFresh: 'true' }, 'keepFresh', 'is not an option of the library (docs/library.md lists them)'],
  ['a name that is no name', { clientSecret: 's', 'a\nb': 'x' }, '(an option name)', 'is not an option of the library (docs/library.md lists them)']
])('a name that is no option (%s) is refused before any request, with the option meant', async (_, options, input, problem) => {
  const error = await refusal(options);
  expect(error).toBeInstanceOf(InputError);
  expect(error).toMatchObject({ input, problem });
});

test('an option of a token source given to getToken is no mistake: it reads none of them', async () => {
  server = await startTokenServer([tokenReply({ access_token: 'at-source-options-0123' })]);
  const token = await getToken({ tokenUrl: server.tokenUrl, clientId: 'config-client', clientSecret: 's', refreshMarginSeconds: 30, maxAgeSeconds: 600 } as TokenOptions);
  expect(token.accessToken).toBe('at-source-options-0123');
});

test('a value read from a file with its newline is sent trimmed, as the action and the CLI send their inputs; white space alone is not given', async () => {
  server = await startTokenServer([tokenReply({ access_token: 'at-trimmed-0123' })]);
  const token = await getToken({
    tokenUrl: `${server.tokenUrl}\n`,
    clientId: ' config-client ',
    clientSecret: 'file-secret-0123\n',
    clientAuth: 'client_secret_post',
    scope: ' \n'
  });
  expect(token.accessToken).toBe('at-trimmed-0123');
  expect(formOf(server.requests[0]!)).toEqual({ grant_type: 'client_credentials', client_id: 'config-client', client_secret: 'file-secret-0123' });
});

test('null means "not given", as an empty string does', async () => {
  server = await startTokenServer([tokenReply({ access_token: 'at-null-0123' })]);
  const token = await getToken({ tokenUrl: server.tokenUrl, clientId: 'c', clientSecret: 's', clientAuth: null, scope: null, timeoutSeconds: null } as unknown as TokenOptions);
  expect(token.accessToken).toBe('at-null-0123');
  expect(formOf(server.requests[0]!)).toEqual({ grant_type: 'client_credentials' });
});

test.each([
  ['with a non-ASCII letter, quoted escaped (\\u00f6)', 'Pa ss-wörd-9876', 'grantType'],
  ['holding ") that ends a quote', 'ab")cdefgh-secret', 'provider']
])('a secret typed into another option, %s, is redacted where the message quotes it', async (_, secret, option) => {
  const error = await refusal({ clientSecret: secret, [option]: secret });
  expect(error).toBeInstanceOf(InputError);
  const message = (error as Error).message;
  expect(message).toContain('(got "***")');
  for (const fragment of ['ss-w', 'cdefgh']) expect(message).not.toContain(fragment);
});

test('revokeTokens refuses a client auth that is no method, and takes endpoints saved as strings', async () => {
  server = await startTokenServer([{ status: 200, text: '' }]);
  const options = { tokenUrl: server.tokenUrl, clientId: 'c', clientSecret: 's' };
  const target = { revocationEndpoint: `${server.origin}/revoke`, tokenEndpoint: server.tokenUrl, accessToken: 'at-saved-0123' };
  await expect(revokeTokens(options, { ...target, clientAuth: 'constructor' } as never)).rejects.toMatchObject({ name: 'InputError', input: 'client-auth' });
  await expect(revokeTokens(options, target as never)).resolves.toEqual([{ tokenTypeHint: 'access_token', revoked: true, detail: 'revoked' }]);
});
