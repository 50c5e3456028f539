/**
 * Runs a fault scenario: its servers on 127.0.0.1, then the core in-process with an
 * injected sleep and a fixed jitter, recording what it slept and logged.
 */
import { expect } from '@jest/globals';
import { InputError, TokenRequestError } from '../../src/core/errors.js';
import { requestToken, type TokenResult } from '../../src/core/get-token.js';
import { optionsFromInputs } from '../../src/core/inputs.js';
import { freeLoopbackPort } from '../helpers/loopback.js';
import { startTokenServer, type Responder, type TokenServer, type TokenServerOptions } from '../helpers/token-server.js';
import { baseInputs, type Expectation, type FaultScenario, type ScenarioEnv } from './scenarios.js';

export interface ScenarioServers {
  env: ScenarioEnv;
  token: TokenServer;
  /** Where redirects point: it must never be asked. */
  elsewhere: TokenServer;
  close(): Promise<void>;
}

/** Starts the token server (answering as `replies` says), the bystander, and finds a closed port. */
export async function startScenarioServers(replies: (env: ScenarioEnv) => ReturnType<FaultScenario['replies']>, options: TokenServerOptions = {}): Promise<ScenarioServers> {
  let respond: Responder = () => 'reset';
  const token = await startTokenServer((request, index) => respond(request, index), options);
  const elsewhere = await startTokenServer([{ json: { access_token: 'at-ELSEWHERE-never-sent' } }]);
  const env: ScenarioEnv = {
    tokenUrl: token.tokenUrl,
    origin: token.origin,
    elsewhereUrl: elsewhere.origin,
    closedUrl: `http://127.0.0.1:${await freeLoopbackPort()}/token`
  };
  const answers = replies(env);
  respond = Array.isArray(answers) ? (_, index) => answers[Math.min(index, answers.length - 1)]! : answers;
  return { env, token, elsewhere, close: async () => void (await Promise.all([token.close(), elsewhere.close()])) };
}

export interface InProcessRun {
  result?: TokenResult;
  error?: unknown;
  slept: number[];
  debugLines: string[];
}

/** The scenario's inputs: the base set with its own on top. */
export function scenarioInputs(scenario: Pick<FaultScenario, 'inputs'>, env: ScenarioEnv): Record<string, string> {
  return { ...baseInputs(env), ...scenario.inputs?.(env) };
}

/** The core as the front doors call it (string inputs), with sleep and jitter injected. */
export async function runInProcess(inputs: Record<string, string>): Promise<InProcessRun> {
  const run: InProcessRun = { slept: [], debugLines: [] };
  try {
    run.result = await requestToken(
      optionsFromInputs((name) => inputs[name]),
      {
        sleep: async (ms) => void run.slept.push(ms),
        random: () => 0.5,
        debug: (message) => run.debugLines.push(message)
      }
    );
  } catch (error) {
    run.error = error;
  }
  return run;
}

/** Asserts the in-process outcome: the token, or the typed error with its code, status, attempts and message. */
export function expectOutcome(run: InProcessRun, expected: Expectation): void {
  if ('ok' in expected) {
    expect(run.error).toBeUndefined();
    return;
  }
  const error = run.error as TokenRequestError | InputError;
  const typed = error instanceof TokenRequestError || error instanceof InputError;
  expect({ typed, message: error?.message }).toEqual({ typed: true, message: expect.stringMatching(expected.message) });
  expect(error.code).toBe(expected.fails);
  if (error instanceof TokenRequestError) {
    expect({ status: error.status, attempts: error.attempts ?? 1 }).toEqual({ status: expected.status, attempts: expected.attempts });
  }
}
