/**
 * CLI `exec` on Windows. A COMMAND that is a batch file (npm.cmd), which Node runs only
 * through a shell, is reported with the way to run it. Every signal Node hears comes from the console (Ctrl-C,
 * Ctrl-Break, closing it), which COMMAND shares and hears itself, and where passing one on
 * (`child.kill`) could only terminate COMMAND with no clean-up: exec passes none on. A
 * stop signal during the first token request still deletes the folder and exits 128 + n,
 * not the 1 ("refused") that a process "killing" itself gets there. Windows is emulated
 * by a preload (__tests__/helpers/emulate-windows.cjs).
 */
import { expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { passesOn } from '../../src/cli/exec.js';
import { NODE_BINARY, REPO_ROOT } from '../helpers/run-action.js';
import { startTokenServer } from '../helpers/token-server.js';
import { CLI_ENTRY, stderrLines } from './run-cli.js';
import { spawnCollect } from '../helpers/run-action.js';

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGBREAK'];

test('on Windows no signal is passed on, at a console or not; elsewhere all but a terminal key at a terminal', () => {
  const table = (platform: NodeJS.Platform, atTerminal: boolean) => STOP_SIGNALS.filter((signal) => passesOn(signal, atTerminal, platform));

  expect(table('win32', true)).toEqual([]);
  expect(table('win32', false)).toEqual([]);
  expect(table('linux', true)).toEqual(['SIGTERM', 'SIGHUP', 'SIGUSR1', 'SIGUSR2', 'SIGBREAK']);
  expect(table('darwin', false)).toEqual(STOP_SIGNALS);
});

test('a Ctrl-C during the first token request on Windows deletes the folder and exits 130, not 1', async () => {
  const slow = await startTokenServer(async () => {
    // Unref'd: exec is stopped long before, and the timer must not outlive the test.
    await new Promise((resolve) => setTimeout(resolve, 3000).unref());
    return { json: { access_token: 'at-slow-windows', expires_in: 3600 } };
  });
  const temp = mkdtempSync(join(tmpdir(), 'exec-windows-early-'));
  try {
    const exec = spawn(NODE_BINARY, ['-r', join(REPO_ROOT, '__tests__/helpers/emulate-windows.cjs'), CLI_ENTRY, 'exec', '--', 'true'], {
      // Windows' temp folder is TEMP's.
      env: { PATH: process.env.PATH ?? '', TEMP: temp, OAUTH_TOKEN_URL: slow.tokenUrl, OAUTH_CLIENT_ID: 'windows-client', OAUTH_CLIENT_SECRET: 'windows-secret-0123' },
      stdio: 'ignore'
    });
    const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => exec.on('exit', (code, signal) => resolve([code, signal])));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const folders = readdirSync(temp);
    exec.kill('SIGINT');

    expect(folders).toEqual([expect.stringMatching(/^oauth-token-exec-/)]);

    expect(await ended).toEqual([130, null]);
    expect(readdirSync(temp)).toEqual([]);
  } finally {
    rmSync(temp, { recursive: true, force: true });
    await slow.close();
  }
});

test('a COMMAND found only as a batch file (npm is npm.cmd) is not found (127), with the way to run it through cmd', async () => {
  const server = await startTokenServer([{ json: { access_token: 'at-batch-windows', expires_in: 3600 } }]);
  const bin = mkdtempSync(join(tmpdir(), 'exec-windows-bin-'));
  try {
    writeFileSync(join(bin, 'deploytool.cmd'), '@echo off\r\n');
    const run = await spawnCollect(
      NODE_BINARY,
      ['-r', join(REPO_ROOT, '__tests__/helpers/emulate-windows.cjs'), CLI_ENTRY, 'exec', '--', 'deploytool', '--prod'],
      // Named as Windows often spells it.
      { Path: bin, TEMP: tmpdir(), OAUTH_TOKEN_URL: server.tokenUrl, OAUTH_CLIENT_ID: 'windows-client', OAUTH_CLIENT_SECRET: 'windows-secret-0123' },
      20_000
    );

    expect([run.code, stderrLines(run)]).toEqual([
      127,
      [
        'oauth-token: could not run the command (ENOENT): deploytool is deploytool.cmd, a batch file, which runs only through a shell: oauth-token exec [options] -- cmd /d /s /c deploytool ...'
      ]
    ]);
  } finally {
    rmSync(bin, { recursive: true, force: true });
    await server.close();
  }
});
