/**
 * Runner level (issue #10, item 8): the values of credential-like `headers` and
 * `extra-params` are secrets: masked before anything prints, redacted when a server
 * echoes them. Harmless values (a User-Agent, a plain parameter) are not masked.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { expectMaskedAndHidden } from '../helpers/action-expect.js';
import { maskedValues, runAction, type ActionRun } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';

const apiKey = 'hdr-api-key-Hd7Jk2Lm9Nb';
const cookie = 'session=ck-Qa1Ws2Ed3Rf';
const paramKey = 'prm-api-key-Zx4Cv6Bn8Ma';
let server: TokenServer;
let run: ActionRun;

beforeAll(async () => {
  server = await startTokenServer((request) => ({
    status: 400,
    json: {
      error: 'invalid_request',
      error_description: `key ${request.headers['x-api-key']} cookie ${request.headers.cookie} param ${new URLSearchParams(request.body).get('api_key')}`
    }
  }));
  run = await runAction(
    {
      'token-url': server.tokenUrl,
      'client-id': 'header-client',
      'client-secret': 'header-secret-0123456789',
      headers: `X-Api-Key: ${apiKey}\nCookie: ${cookie}\nUser-Agent: ci-bot/1.0`,
      'extra-params': `api_key=${paramKey}\nnote=hello`
    },
    { env: { RUNNER_DEBUG: '1' } }
  );
});
afterAll(() => server.close());

test('the headers and parameters were sent as given', () => {
  expect(server.requests[0]!.headers).toMatchObject({ 'x-api-key': apiKey, cookie, 'user-agent': 'ci-bot/1.0' });
  expect(new URLSearchParams(server.requests[0]!.body).get('api_key')).toBe(paramKey);
});

test('the echoed credentials are redacted in the one failure line', () => {
  expect(run.code).toBe(1);
  expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([
    '::error::Token endpoint answered HTTP 400: invalid_request: key *** cookie *** param ***'
  ]);
});

test('the credential-like values are masked and shown nowhere; the harmless ones are not masked', () => {
  expectMaskedAndHidden(run, [apiKey, cookie, paramKey], [apiKey, cookie, paramKey]);
  expect(maskedValues(run.stdout)).not.toEqual(expect.arrayContaining(['ci-bot/1.0']));
  expect(maskedValues(run.stdout)).not.toEqual(expect.arrayContaining(['hello']));
});
