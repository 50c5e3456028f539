/**
 * The action's main step against a recording `@actions/core`: the contract's outputs
 * through setOutput, every secret through setSecret before it is written anywhere,
 * export-env, and a failure as one setFailed line.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { main } from '../../src/action/main.js';
import type { ActionsCore } from '../../src/action/actions-core.js';
import { NOW_MS, interceptTokenEndpoint, useNock, type NockReply } from '../helpers/nock-endpoint.js';

useNock({ beforeAll, afterEach, afterAll });

type Call = { fn: string; args: string[] };

/** A fake core that records every call in order; inputs are read from `inputs`. */
function recordingCore(inputs: Record<string, string>): { core: ActionsCore; calls: Call[] } {
  const calls: Call[] = [];
  const record =
    (fn: string) =>
    (...args: unknown[]) => {
      calls.push({ fn, args: args.map(String) });
    };
  const core = {
    getInput: (name: string) => inputs[name] ?? '',
    setOutput: record('setOutput'),
    setSecret: record('setSecret'),
    setFailed: record('setFailed'),
    debug: record('debug'),
    info: record('info'),
    warning: record('warning'),
    exportVariable: record('exportVariable'),
    saveState: record('saveState'),
    getState: () => '',
    getIDToken: async () => {
      throw new Error('no OIDC in this test');
    },
    summary: undefined
  };
  return { core: core as unknown as ActionsCore, calls };
}

/** Every call that could print or store `secret` comes after its setSecret. */
function expectMaskedFirst(calls: Call[], secret: string): void {
  const masked = calls.findIndex((call) => call.fn === 'setSecret' && call.args[0] === secret);
  const firstUse = calls.findIndex((call) => call.fn !== 'setSecret' && call.args.some((arg) => arg.includes(secret)));
  expect({ secret, masked: masked >= 0 }).toEqual({ secret, masked: true });
  if (firstUse >= 0) expect({ secret, maskedBeforeUse: masked < firstUse }).toEqual({ secret, maskedBeforeUse: true });
}

const CRAYON_URL = 'https://api.crayon.com/api/v1/connect/token/';
const crayonInputs = {
  provider: 'crayon',
  'client-id': 'fake-crayon-client',
  'client-secret': 'fake:crayon+secret/',
  username: 'api-user',
  password: 'fake crayon password',
  'export-env': 'CRAYON_TOKEN'
};
const crayonAnswer: NockReply = {
  json: {
    AccessToken: 'fake-crayon-access-token',
    IdentityToken: 'fake-crayon-id-token',
    Error: null,
    ExpiresIn: '20060',
    TokenType: 'Bearer',
    RefreshToken: 'fake-crayon-refresh'
  }
};
let savedSummary: string | undefined;
let savedNow: () => number;

beforeAll(() => {
  savedSummary = process.env.GITHUB_STEP_SUMMARY;
  delete process.env.GITHUB_STEP_SUMMARY;
  savedNow = Date.now;
  Date.now = () => NOW_MS;
});
afterAll(() => {
  if (savedSummary !== undefined) process.env.GITHUB_STEP_SUMMARY = savedSummary;
  Date.now = savedNow;
});

test('writes every output of the contract, exports the token, and masks every secret before any other call uses it', async () => {
  const endpoint = interceptTokenEndpoint(CRAYON_URL, [crayonAnswer]);
  const { core, calls } = recordingCore(crayonInputs);
  await main(core);

  expect(endpoint.requests).toHaveLength(1);
  expect(calls.filter((call) => call.fn === 'setFailed')).toEqual([]);
  const outputs = Object.fromEntries(calls.filter((call) => call.fn === 'setOutput').map((call) => [call.args[0], call.args[1]]));
  expect(outputs).toEqual({
    access_token: 'fake-crayon-access-token',
    expires_in: '20060',
    expires_at: new Date(NOW_MS + 20060_000).toISOString().replace('.000Z', 'Z'),
    token_type: 'Bearer',
    scope: '',
    refresh_token: 'fake-crayon-refresh',
    id_token: 'fake-crayon-id-token',
    issued_token_type: ''
  });
  expect(calls.filter((call) => call.fn === 'exportVariable')).toEqual([{ fn: 'exportVariable', args: ['CRAYON_TOKEN', 'fake-crayon-access-token'] }]);

  const basic = Buffer.from('fake-crayon-client:fake:crayon+secret/').toString('base64');
  for (const secret of ['fake:crayon+secret/', 'fake crayon password', 'fake-crayon-access-token', 'fake-crayon-refresh', 'fake-crayon-id-token', basic]) {
    expectMaskedFirst(calls, secret);
  }
  // The only calls that carry a secret are setSecret and the outputs/export meant for it.
  const carriers = calls.filter((call) => call.fn !== 'setSecret' && call.args.some((arg) => /fake[: ]crayon|fake-crayon-(access|refresh|id)/.test(arg)));
  expect(carriers.map((call) => `${call.fn} ${call.args[0]}`).sort()).toEqual(
    ['exportVariable CRAYON_TOKEN', 'setOutput access_token', 'setOutput id_token', 'setOutput refresh_token'].sort()
  );
});

test('empty outputs stay empty strings when the server says nothing about them', async () => {
  interceptTokenEndpoint('https://auth.example.test/token', [{ json: { access_token: 'fake-opaque-token', token_type: 'bearer' } }]);
  const { core, calls } = recordingCore({ 'token-url': 'https://auth.example.test/token', 'client-id': 'fake-client', 'client-secret': 'fake-secret-e1' });
  await main(core);
  const outputs = Object.fromEntries(calls.filter((call) => call.fn === 'setOutput').map((call) => [call.args[0], call.args[1]]));
  expect(outputs).toEqual({
    access_token: 'fake-opaque-token',
    expires_in: '',
    expires_at: '',
    token_type: 'bearer',
    scope: '',
    refresh_token: '',
    id_token: '',
    issued_token_type: ''
  });
  expect(calls.some((call) => call.fn === 'exportVariable')).toBe(false);
});

test('a bad export-env name fails before any request', async () => {
  const endpoint = interceptTokenEndpoint(CRAYON_URL, [crayonAnswer]);
  const { core, calls } = recordingCore({ ...crayonInputs, 'export-env': '1-TOKEN' });
  await main(core);
  expect(calls.filter((call) => call.fn === 'setFailed')).toEqual([
    { fn: 'setFailed', args: ['Input "export-env" must be an environment variable name like ACCESS_TOKEN (got "1-TOKEN")'] }
  ]);
  expect(endpoint.requests).toHaveLength(0);
  expect(calls.some((call) => call.fn === 'setOutput')).toBe(false);
});

test('a secret put in an input the main step reads itself (revoke) is not quoted in the failure', async () => {
  const clientSecret = 'main-wrong-input-secret-42';
  const { core, calls } = recordingCore({ 'token-url': CRAYON_URL, 'client-id': 'ci', 'client-secret': clientSecret, revoke: clientSecret });
  await main(core);
  expect(calls.filter((call) => call.fn === 'setFailed')).toEqual([{ fn: 'setFailed', args: ['Input "revoke" must be true or false (got "***")'] }]);
  expect(JSON.stringify(calls)).not.toContain(clientSecret);
});

test('a refusal is one setFailed line, with no output written', async () => {
  interceptTokenEndpoint(CRAYON_URL, [{ status: 400, json: { AccessToken: null, Error: 'invalid_grant' } }]);
  const { core, calls } = recordingCore(crayonInputs);
  await main(core);
  expect(calls.filter((call) => call.fn === 'setFailed')).toEqual([{ fn: 'setFailed', args: ['Token endpoint answered HTTP 400: invalid_grant'] }]);
  expect(calls.some((call) => call.fn === 'setOutput' || call.fn === 'exportVariable')).toBe(false);
});
