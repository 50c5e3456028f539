/**
 * How the post step stops the keep-fresh renewer: by creating its stop file, never by a
 * signal, which on Windows ends a process outright (before it revokes its last token and
 * deletes the token file). The renewer stops on that file alone, and still on SIGTERM.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopRenewer } from '../../src/action/token-file.js';
import { isAlive } from '../helpers/process-alive.js';
import { revokingOrders, runRenewerOn } from '../helpers/renewer-orders.js';
import { formOf, startTokenServer, type TokenServer } from '../helpers/token-server.js';

let folder: string;
let server: TokenServer | undefined;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'renewer-stop-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(folder, { recursive: true, force: true });
});

test('the post step asks through the stop file and sends no signal: a renewer that ignores SIGTERM still stops in time', async () => {
  // A stand-in at a path the post step takes for the renewer's: it notes any SIGTERM and exits once its stop file exists.
  const script = join(folder, 'renewer', 'index.js');
  mkdirSync(join(folder, 'renewer'));
  const log = join(folder, 'renewer.log');
  writeFileSync(
    script,
    `const fs = require('node:fs');
     process.on('SIGTERM', () => fs.appendFileSync(${JSON.stringify(log)}, 'warning: got SIGTERM\\n'));
     setInterval(() => fs.existsSync(${JSON.stringify(`${log}.stop`)}) && process.exit(0), 20);`
  );
  writeFileSync(log, 'info: renewed\n');
  const child = spawn(process.execPath, [script], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const info: string[] = [];
  const warnings: string[] = [];
  const startedAt = Date.now();
  await stopRenewer({ info: (line) => info.push(line), warning: (line) => warnings.push(String(line)) }, { pid: child.pid!, log }, true);
  expect({ info, warnings, alive: isAlive(child.pid!) }).toEqual({ info: ['renewed'], warnings: [], alive: false });
  expect(Date.now() - startedAt).toBeLessThan(5_000);
  // The stop file and the log are gone with the renewer.
  expect([existsSync(`${log}.stop`), existsSync(log)]).toEqual([false, false]);
});

test('a live renewer whose log another step deleted is still asked to stop, and stops', async () => {
  const script = join(folder, 'renewer', 'index.js');
  mkdirSync(join(folder, 'renewer'));
  const log = join(folder, 'renewer.log');
  writeFileSync(script, `setInterval(() => require('node:fs').existsSync(${JSON.stringify(`${log}.stop`)}) && process.exit(0), 20);`);
  const child = spawn(process.execPath, [script], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const warnings: string[] = [];
  try {
    await stopRenewer({ info: () => undefined, warning: (line) => warnings.push(String(line)) }, { pid: child.pid!, log }, true);
    expect({ warnings, alive: isAlive(child.pid!) }).toEqual({ warnings: [], alive: false });
  } finally {
    if (isAlive(child.pid!)) child.kill();
  }
});

test('the renewer stops when its stop file appears: it revokes its last token and deletes the token file', async () => {
  server = await startTokenServer((request) => (request.url === '/revoke' ? { status: 200, text: '' } : { json: { access_token: 'at-unused' } }));
  const orders = revokingOrders(server, folder, 'stop-file-secret-0123', {
    accessToken: 'at-stop-file-0123',
    tokenType: 'Bearer',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString()
  });
  const listenersBefore = process.listenerCount('SIGTERM');
  const { lines, running } = runRenewerOn(orders);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(process.listenerCount('SIGTERM')).toBe(listenersBefore + 1);
  writeFileSync(orders.stopFile, '');
  await running;
  expect(server.requests.filter((request) => request.url === '/revoke').map((request) => formOf(request).token)).toEqual(['at-stop-file-0123']);
  expect(lines).toEqual([`info: Revoked the access token at ${new URL(server.origin).host}`]);
  expect(existsSync(orders.file)).toBe(false);
  // Its SIGTERM listener is gone with it.
  expect(process.listenerCount('SIGTERM')).toBe(listenersBefore);
});

test('a stop during a renewal revokes the new token and the one the file held, which the server still honours', async () => {
  server = await startTokenServer(async (request) => {
    if (request.url === '/revoke') return { status: 200, text: '' };
    await new Promise((resolve) => setTimeout(resolve, 800));
    return { json: { access_token: 'at-renewed-0123', token_type: 'Bearer', expires_in: 3600 } };
  });
  // Due for renewal at once, so the renewal is under way when the stop comes.
  const orders = revokingOrders(server, folder, 'in-flight-secret-0123', {
    accessToken: 'at-in-file-0123',
    tokenType: 'Bearer',
    expiresAt: new Date(Date.now() + 200).toISOString()
  });
  const { lines, running } = runRenewerOn(orders);
  await new Promise((resolve) => setTimeout(resolve, 300));
  writeFileSync(orders.stopFile, '');
  await running;
  const revoked = server.requests.filter((request) => request.url === '/revoke').map((request) => formOf(request).token);
  expect(revoked).toEqual(['at-renewed-0123', 'at-in-file-0123']);
  expect(lines).toHaveLength(2);
});
