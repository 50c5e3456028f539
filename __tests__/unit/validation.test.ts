/**
 * The validation table (__tests__/faults/bad-inputs.ts), in-process: each wrong value
 * fails before any request, through the action's main step (a stand-in for
 * `@actions/core`) with `Input "<name>" <problem>`, and through the core with an
 * InputError carrying the input's name; no request reaches the token server and no
 * piece of a secret is in the message.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { ActionsCore } from '../../src/action/actions-core.js';
import { main } from '../../src/action/main.js';
import { InputError } from '../../src/core/errors.js';
import { requestToken } from '../../src/core/get-token.js';
import type { HttpSession } from '../../src/core/http.js';
import { optionsFromInputs, SECRET_INPUTS } from '../../src/core/inputs.js';
import { startTokenServer, tokenReply } from '../helpers/token-server.js';
import { BAD_INPUTS, type BadInput } from '../faults/bad-inputs.js';
import { expectNoSecretFragments } from '../faults/leaks.js';
import { baseInputs, SECRETS } from '../faults/scenarios.js';
import { createTally } from '../faults/tally.js';

const tally = createTally('Validation table', 'bad inputs', () => 'each failed before any request, naming the input');

// A runner with `permissions: id-token: write` sets this; the table wants it unset.
const savedIdTokenUrl = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
beforeAll(() => void delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL);
afterAll(() => {
  if (savedIdTokenUrl !== undefined) process.env.ACTIONS_ID_TOKEN_REQUEST_URL = savedIdTokenUrl;
});

/** The action's main step with inputs from a table and every effect recorded. */
async function runMain(inputs: Record<string, string>): Promise<{ failures: string[]; effects: string[] }> {
  const failures: string[] = [];
  const effects: string[] = [];
  const record = (name: string) => () => void effects.push(name);
  const core = {
    getInput: (name: string) => (inputs[name] ?? '').trim(),
    setFailed: (message: string | Error) => void failures.push(String(message)),
    setSecret: () => undefined,
    debug: () => undefined,
    info: record('info'),
    warning: record('warning'),
    setOutput: record('setOutput'),
    exportVariable: record('exportVariable'),
    saveState: record('saveState'),
    getState: () => '',
    getIDToken: async () => {
      throw new Error('no OIDC token in this test');
    }
  } as unknown as ActionsCore;
  await main(core);
  return { failures, effects };
}

/** An HTTP session that refuses to be used: validation must fail before it. */
function refusingSession(sent: string[]): HttpSession {
  return {
    send: async (request) => {
      sent.push(request.url.href);
      throw new Error(`a request was sent to ${request.url.href}`);
    },
    close: () => undefined
  };
}

function secretsOf(inputs: Record<string, string>): string[] {
  return [...Object.values(SECRETS), ...SECRET_INPUTS.map((name) => inputs[name] ?? '').filter(Boolean)];
}

describe('every bad input fails before any request, naming the input and what it accepts', () => {
  // One at a time, not test.concurrent: the code under test loads modules with import() (the
  // hints, the JWT code), and Jest refuses an import() made while no test is running, which
  // happens whenever a concurrent neighbour has just finished ("outside of the scope of the test code").
  test.each(BAD_INPUTS.map((row) => [row.name, row] as const))('%s', (_, row: BadInput) =>
    tally.check(async () => {
      const server = await startTokenServer([tokenReply()]);
      try {
        const inputs = { ...baseInputs({ tokenUrl: server.tokenUrl, origin: server.origin, elsewhereUrl: '', closedUrl: '' }), ...row.inputs };

        const action = await runMain(inputs);
        expect(action.effects).toEqual([]);
        expect(action.failures).toHaveLength(1);
        const [failure] = action.failures;
        expect(failure!.startsWith(`Input "${row.input}" `)).toBe(true);
        expect(failure!.slice(`Input "${row.input}" `.length)).toMatch(row.problem);
        expectNoSecretFragments(row.name, failure!, secretsOf(inputs));

        if (!row.actionOnly) {
          const sent: string[] = [];
          const error = await Promise.resolve()
            .then(() =>
              requestToken(
                optionsFromInputs((name) => inputs[name]),
                { http: refusingSession(sent) }
              )
            )
            .then(
              () => undefined,
              (thrown: unknown) => thrown
            );
          expect(error).toBeInstanceOf(InputError);
          expect({ input: (error as InputError).input, problem: (error as InputError).problem }).toEqual({ input: row.input, problem: expect.stringMatching(row.problem) });
          expect(sent).toEqual([]);
        }
        expect(server.requests).toHaveLength(0);
      } finally {
        await server.close();
      }
    })
  );
});
