/**
 * Runs one set of inputs through a front door as a user would: the built action
 * (dist/index.js, RUNNER_DEBUG=1) or the built CLI (lib/bin/oauth-token.js, --verbose,
 * every input as an OAUTH_* env var). Collects what the user reads and everything a log
 * reader or a later step could see, then checks the outcome and looks for any piece of
 * a secret.
 */
import { expect } from '@jest/globals';
import { expectInert } from '../helpers/inert.js';
import { runAction } from '../helpers/run-action.js';
import { runCli } from '../cli/run-cli.js';
import { INPUTS } from '../../src/core/inputs.js';
import { expectNoSecretFragments } from './leaks.js';
import { SECRETS, type Expectation } from './scenarios.js';

export type FrontDoor = 'action' | 'cli';
export const FRONT_DOORS: readonly FrontDoor[] = ['action', 'cli'];

const ACTION_ONLY = new Set(INPUTS.filter((input) => input.actionOnly).map((input) => input.name));

/** A run ends as a token, a failure of the core, or a bad input. */
export type DoorExpectation = { ok: true } | { fails: string; message: RegExp } | { input: string; problem: RegExp };

export interface DoorRun {
  door: FrontDoor;
  code: number | null;
  /** The one line that says why the run failed, as printed (without `::error::` or `oauth-token: `). */
  failure?: string;
  /** Action: the step outputs. */
  outputs: Record<string, string>;
  /** Action: saved state (the post step gets it). */
  state: Record<string, string>;
  /** What the user asked to receive: the action's outputs and export, the CLI's stdout. */
  stdout: string;
  /** Everything else anyone can read: log, stderr, step summary, GITHUB_ENV (but the export-env variable). */
  visible: Array<[where: string, text: string]>;
}

export interface DoorOptions {
  env?: Record<string, string>;
  /** The post step (action only), with this state from the main step. */
  postState?: Record<string, string>;
  /** Kill the run after this long (it then has no exit code): the bound it must end within. */
  timeoutMs?: number;
}

/** The lines the CLI prints after a failure's own line: a hint, the claims of the federated token presented. */
const FOLLOW_UP_LINE = /^oauth-token: (Hint: |Federated token \()/;

/** `client-secret` -> `OAUTH_CLIENT_SECRET`, as the CLI reads it. */
function cliEnvVar(input: string): string {
  return `OAUTH_${input.toUpperCase().replace(/-/g, '_')}`;
}

/** The `::error::` line, decoded as the runner shows it. */
function actionFailure(stdout: string): string | undefined {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('::error::'));
  return line?.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export async function runDoor(door: FrontDoor, inputs: Record<string, string>, options: DoorOptions = {}): Promise<DoorRun> {
  const env = { RUNNER_DEBUG: '1', ...options.env };
  if (door === 'action') {
    const postEnv = options.postState ? Object.fromEntries(Object.entries(options.postState).map(([name, value]) => [`STATE_${name}`, value])) : {};
    const run = await runAction(inputs, { env: { ...env, ...postEnv }, entry: options.postState ? 'post' : 'index', timeoutMs: options.timeoutMs ?? 20_000 });
    const exportEnv = inputs['export-env'];
    const otherEnv = Object.entries(run.exportedEnv).filter(([name]) => name !== exportEnv);
    return {
      door,
      code: run.code,
      failure: actionFailure(run.stdout),
      outputs: run.outputs,
      state: run.state,
      stdout: exportEnv && run.exportedEnv[exportEnv] ? run.exportedEnv[exportEnv]! : '',
      visible: [
        ['stdout', run.stdout],
        ['stderr', run.stderr],
        ['step summary', run.summary],
        ['GITHUB_ENV', otherEnv.map(([name, value]) => `${name}=${value}`).join('\n')]
      ]
    };
  }
  const inputEnv = Object.fromEntries(
    Object.entries(inputs)
      .filter(([name]) => !ACTION_ONLY.has(name))
      .map(([name, value]) => [cliEnvVar(name), value])
  );
  const run = await runCli(['--verbose'], { ...env, ...inputEnv }, options.timeoutMs);
  const lines = run.stderr.split('\n').filter((line) => line.length > 0);
  return {
    door,
    code: run.code,
    failure:
      run.code === 0
        ? undefined
        : lines
            .filter((line) => !FOLLOW_UP_LINE.test(line))
            .at(-1)
            ?.replace(/^oauth-token: /, ''),
    outputs: {},
    state: {},
    stdout: run.stdout,
    visible: [['stderr', run.stderr], ...(run.code === 0 ? [] : ([['stdout', run.stdout]] as Array<[string, string]>))]
  };
}

/** The door-level expectation of an in-process one. */
export function doorExpectation(expected: Expectation): DoorExpectation {
  return 'ok' in expected ? { ok: true } : { fails: expected.fails, message: expected.message };
}

/**
 * The exit status, the failure line (input errors named the door's way) or the token where
 * it was asked for; a failed run gives nothing (no output, no stdout).
 */
export function expectDoorOutcome(run: DoorRun, expected: DoorExpectation, accessToken: string = SECRETS.accessToken): void {
  if (!('ok' in expected)) expect({ outputs: run.outputs, stdout: run.stdout }).toEqual({ outputs: {}, stdout: '' });
  if ('ok' in expected) {
    expect({ code: run.code, failure: run.failure }).toEqual({ code: 0, failure: undefined });
    if (run.door === 'action') expect(run.outputs.access_token).toBe(accessToken);
    else expect(run.stdout).toBe(`${accessToken}\n`);
    return;
  }
  if ('input' in expected) {
    const named = run.door === 'action' ? `Input "${expected.input}" ` : `--${expected.input} (${cliEnvVar(expected.input)}) `;
    expect({ code: run.code, named: run.failure?.slice(0, named.length) }).toEqual({ code: run.door === 'action' ? 1 : 2, named });
    expect(run.failure!.slice(named.length)).toMatch(expected.problem);
    return;
  }
  expect({ code: run.code, failure: run.failure }).toEqual({ code: 1, failure: expect.stringMatching(expected.message) });
}

/** Looks for every piece of every secret in all that anyone but the user's own step can read; returns the checks made. */
export function expectNoLeaks(run: DoorRun, secrets: string[], name: string): number {
  let checks = 0;
  for (const [where, text] of run.visible) checks += expectNoSecretFragments(`${name} (${run.door}: ${where})`, text, secrets);
  return checks;
}

/**
 * What the runner reads from the process (stdout, stderr) holds no command but ours, no
 * `##[` and no escape sequence; and the step summary is its heading and one table line,
 * so no blank line ends the table's HTML block and lets Markdown render.
 */
export function expectInertOutput(run: DoorRun, name: string): void {
  for (const [where, text] of run.visible) {
    if (where === 'stdout' || where === 'stderr') expectInert(`${name} (${run.door}: ${where})`, text);
    if (where === 'step summary' && text) expect(text.split('\n')).toEqual(['<h3>OAuth token</h3>', expect.stringMatching(/^<table>.*<\/table>$/), '']);
  }
}
