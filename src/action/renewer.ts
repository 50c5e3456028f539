/**
 * The renewer the action starts for `keep-fresh: true` (dist/renewer/index.js): reads its
 * orders from stdin, keeps the token file valid as `oauth-token exec` does, and when the
 * post step creates its stop file (or on SIGTERM) stops, revokes the last token if asked,
 * deletes the file and exits. Everything it says goes to its log (its stdout), one
 * neutralised line each, with what it did not write itself redacted.
 */
import { existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { text as readText } from 'node:stream/consumers';
import { errorText } from '../core/errors.js';
import { registerSecretOptions } from '../core/inputs.js';
import { MAX_LINE_LENGTH, neutralize } from '../core/neutralize.js';
import { revokedTokenName } from '../core/revoke.js';
import { SecretRegistry } from '../core/secrets.js';
import { keepTokenFile, renewalFailedLine } from '../core/token-file.js';
import { createRenewingSource, type RenewingTokenSource } from '../core/token-source.js';
import type { RenewerOrders } from './token-file.js';

/** How often the renewer looks for its stop file: the post step's wait, at most. */
const STOP_POLL_MS = 200;
/** How often it touches its alive file (token-file.ts: the post step's test of it where there is no /proc). */
const ALIVE_BEAT_MS = 1000;

export async function runRenewer(input: NodeJS.ReadableStream, log: (line: string) => void): Promise<void> {
  // Listened for at once: a stop that comes while the orders are read still finds the file deleted.
  const stop = stopRequest();
  const orders = JSON.parse(await readText(input)) as RenewerOrders;
  const alive = sayAlive(orders.aliveFile);
  try {
    await renewUntilStopped(orders, stop, log);
  } finally {
    alive.stop();
  }
}

async function renewUntilStopped(orders: RenewerOrders, stop: ReturnType<typeof stopRequest>, log: (line: string) => void): Promise<void> {
  const secrets = new SecretRegistry();
  registerSecretOptions(orders.options, secrets);
  const { token, tokenEndpoint, revocationEndpoint, obtainedAt, clientAuth } = orders.held;
  for (const value of [token.accessToken, token.refreshToken, token.idToken]) secrets.add(value);
  // Never redacted whole: a short secret would garble our own words ("could not renew the ***").
  const say = (line: string) => log(neutralize(line, MAX_LINE_LENGTH));
  const redact = (text: string) => secrets.redact(text);
  const errorOf = (error: unknown) => errorText(error, redact);
  const source = createRenewingSource(
    orders.options,
    { onSecret: (value) => secrets.addExact(value) },
    {
      token: { ...token, raw: {} },
      tokenEndpoint: new URL(tokenEndpoint),
      revocationEndpoint: revocationEndpoint ? new URL(revocationEndpoint) : undefined,
      obtainedAt,
      clientAuth
    }
  );
  const keeper = keepTokenFile(source, orders.file, { failed: (error, retryInMs) => say(renewalFailedLine(error, retryInMs, redact)) });
  await stop.asked(orders.stopFile);
  // No renewal starts after this; one under way is waited for by the revocation, which revokes the
  // tokens it brings and the one the file held.
  const keeping = keeper.stop();
  if (orders.revoke) await revokeLast(source, say, errorOf);
  await keeping;
  rmSync(orders.file, { force: true });
}

/** Touches `aliveFile` now and every {@link ALIVE_BEAT_MS}; `stop` deletes it, so that the renewer is gone at once. */
function sayAlive(aliveFile: string): { stop(): void } {
  // The main step made it before starting us (a post step that comes first still finds it fresh): only its time changes.
  const touch = () => {
    try {
      utimesSync(aliveFile, new Date(), new Date());
    } catch {
      try {
        writeFileSync(aliveFile, '', { mode: 0o600, flag: 'wx' });
      } catch {
        // Beside the log the renewer writes to: should it fail all the same, a post step without /proc takes the renewer for gone.
      }
    }
  };
  touch();
  const beat = setInterval(touch, ALIVE_BEAT_MS);
  // Never what keeps the renewer running.
  beat.unref();
  return {
    stop: () => {
      clearInterval(beat);
      rmSync(aliveFile, { force: true });
    }
  };
}

/**
 * The post step's request to stop: its stop file, which works on Windows too (where a
 * signal ends a process outright), or SIGTERM, listened for from the start.
 */
function stopRequest(): { asked(stopFile: string): Promise<void> } {
  let terminated = false;
  const onTerminate = () => void (terminated = true);
  process.once('SIGTERM', onTerminate);
  return {
    asked: (stopFile) =>
      new Promise((resolve) => {
        const poll = setInterval(() => {
          if (!terminated && !existsSync(stopFile)) return;
          clearInterval(poll);
          process.removeListener('SIGTERM', onTerminate);
          resolve();
        }, STOP_POLL_MS);
      })
  };
}

/** Revokes what `source` holds (during a renewal, also what that renewal replaced) and says how each went. */
async function revokeLast(source: Pick<RenewingTokenSource, 'held' | 'revoke'>, say: (line: string) => void, messageOf: (error: unknown) => string): Promise<void> {
  const host = source.held()?.revocationEndpoint?.host;
  try {
    for (const outcome of await source.revoke()) {
      const what = revokedTokenName(outcome.tokenTypeHint);
      say(outcome.revoked ? `info: Revoked the ${what} at ${host}` : `warning: could not revoke the ${what}: ${outcome.detail}`);
    }
  } catch (error) {
    say(`warning: token revocation skipped: ${messageOf(error)}`);
  }
}
