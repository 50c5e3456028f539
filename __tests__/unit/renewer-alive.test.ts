/**
 * Where there is no /proc to tell the renewer from a process that took its pid (Windows),
 * the post step goes by the renewer's alive file, which the renewer touches every second
 * and deletes when it ends: a live pid with a stale or missing alive file is not the
 * renewer, so it is neither waited for (60 s) nor killed.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRenewer } from '../../src/action/token-file.js';
import { revokingOrders, runRenewerOn } from '../helpers/renewer-orders.js';
import { startTokenServer } from '../helpers/token-server.js';

/** A /proc with no process in it: the test stands for a system without /proc. */
const NO_PROC = '/nonexistent-proc';
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'renewer-alive-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** This test's own process stands for whatever holds the pid. */
const stateIn = (dir: string) => ({ pid: process.pid, log: join(dir, 'oauth-token-renewer-0123456789abcdef.log') });

test('without /proc: a live pid whose alive file was touched lately is the renewer', () => {
  const state = stateIn(folder);
  writeFileSync(`${state.log}.alive`, '');
  expect(isRenewer(state, NO_PROC)).toBe(true);
});

test('without /proc: a live pid whose alive file is 60 s old, or missing, is not the renewer (its pid was taken)', () => {
  const state = stateIn(folder);
  expect(isRenewer(state, NO_PROC)).toBe(false);
  writeFileSync(`${state.log}.alive`, '');
  const minuteAgo = new Date(Date.now() - 60_000);
  utimesSync(`${state.log}.alive`, minuteAgo, minuteAgo);
  expect(isRenewer(state, NO_PROC)).toBe(false);
});

test('the renewer touches its alive file while it runs and deletes it when it stops', async () => {
  const server = await startTokenServer((request) => (request.url === '/revoke' ? { status: 200, text: '' } : { json: { access_token: 'at-alive-2', expires_in: 3600 } }));
  try {
    const orders = revokingOrders(server, folder, 'alive-secret-0123', { accessToken: 'at-alive-1', tokenType: 'Bearer', expiresIn: 3600 });
    const { running } = runRenewerOn(orders);
    let first = 0;
    let later = 0;
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      first = statSync(orders.aliveFile).mtimeMs;
      await new Promise((resolve) => setTimeout(resolve, 1300));
      later = statSync(orders.aliveFile).mtimeMs;
    } finally {
      // Stopped whatever happened above: a renewer left running would outlive the test.
      writeFileSync(orders.stopFile, '');
      await running;
    }

    expect(later).toBeGreaterThan(first);
    expect(existsSync(orders.aliveFile)).toBe(false);
  } finally {
    await server.close();
  }
});
