/**
 * The fault suite, in-process: every scenario of the hostile-network catalogue against
 * a local server, with sleep injected (so Retry-After and backoff cost no time) and
 * jitter fixed. Each asserts the exact outcome, how many requests reached the server,
 * what the client slept, that every attempt carried the same credentials, and that no
 * piece of a secret, no workflow command and no escape sequence is in the error or the
 * debug lines.
 */
import { describe, expect, test } from '@jest/globals';
import { TokenRequestError } from '../../src/core/errors.js';
import { expectInert } from '../helpers/inert.js';
import { basicForms } from '../helpers/secrets.js';
import { formOf } from '../helpers/token-server.js';
import { expectOutcome, runInProcess, scenarioInputs, startScenarioServers } from './harness.js';
import { expectNoSecretFragments } from './leaks.js';
import { CLIENT_ID, FAULT_SCENARIOS, SECRETS } from './scenarios.js';
import { createTally } from './tally.js';

const tally = createTally('Fault suite', 'scenarios');

describe('hostile networks, in-process', () => {
  // One at a time, not test.concurrent: the code under test loads modules with import() (the
  // hints, the JWT code), and Jest refuses an import() made while no test is running, which
  // happens whenever a concurrent neighbour has just finished ("outside of the scope of the test code").
  test.each(FAULT_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', (_, scenario) =>
    tally.check(async () => {
      const servers = await startScenarioServers(scenario.replies);
      try {
        const run = await runInProcess(scenarioInputs(scenario, servers.env));
        expectOutcome(run, scenario.expect);
        if ('ok' in scenario.expect) {
          expect(run.result!.token.accessToken).toBe(SECRETS.accessToken);
          expect(run.result!.token.refreshToken).toBe(SECRETS.refreshToken);
        }

        const expectedRequests = scenario.requests ?? scenario.expect.attempts;
        expect(servers.token.requests).toHaveLength(expectedRequests);
        expect(servers.elsewhere.requests).toHaveLength(0);
        for (const request of servers.token.requests) {
          expect({ method: request.method, url: request.url, authorization: request.headers.authorization }).toEqual({
            method: 'POST',
            url: '/token',
            authorization: `Basic ${basicForms(CLIENT_ID, SECRETS.clientSecret)[0]}`
          });
          expect(formOf(request)).toEqual({ grant_type: 'password', username: 'fault-user', password: SECRETS.password });
        }

        if (Array.isArray(scenario.sleeps)) expect(run.slept).toEqual(scenario.sleeps);
        else if (scenario.sleeps) expect({ slept: run.slept, fits: scenario.sleeps(run.slept) }).toEqual({ slept: run.slept, fits: true });

        const secrets = [...Object.values(SECRETS), ...basicForms(CLIENT_ID, SECRETS.clientSecret)];
        const error = run.error as TokenRequestError | undefined;
        const printed = [error?.message, error?.error, error?.errorDescription, ...run.debugLines].filter(Boolean).join('\n');
        expectNoSecretFragments(scenario.name, printed, secrets);
        expectInert(scenario.name, printed);
      } finally {
        await servers.close();
      }
    })
  );
});
