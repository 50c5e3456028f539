/**
 * CLI `exec` at a terminal: Ctrl-C goes from the terminal to its whole foreground process
 * group, COMMAND included, so exec must not pass it on as well, or COMMAND gets it twice
 * (and many tools take a second Ctrl-C as "abort now"). The terminal is a real pty, made
 * by Python's pty module (exec is its session's foreground job, as in a shell). Without
 * a terminal, a SIGINT sent to exec is passed on.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { NODE_BINARY, spawnCollect } from '../helpers/run-action.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { CLI_ENTRY } from './run-cli.js';

let server: TokenServer;
beforeAll(async () => {
  server = await startTokenServer([{ json: { access_token: 'at-terminal-0123', token_type: 'Bearer', expires_in: 3600 } }]);
});
afterAll(() => server.close());

/**
 * Runs argv[1:] on a new pty, types Ctrl-C once COMMAND says "ready", prints what the pty
 * showed and the exit status; each wait has a deadline, and a run still going is killed.
 */
const AT_A_TERMINAL = `
import os, pty, select, signal, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
seen = b''
def until(marker, seconds):
    global seen
    deadline = time.time() + seconds
    while marker not in seen and time.time() < deadline:
        if select.select([fd], [], [], 0.1)[0]:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
until(b'ready', 8)
os.write(fd, b'\\x03')
until(b'done', 8)
deadline = time.time() + 5
while True:
    ended, status = os.waitpid(pid, os.WNOHANG)
    if ended or time.time() > deadline:
        break
    time.sleep(0.05)
if not ended:
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
sys.stdout.write(seen.decode(errors='replace') + 'exit ' + str(os.waitstatus_to_exitcode(status)) + '\\n')
`;

/** Counts the SIGINTs it gets in the half second after the first one, then exits 130 (as a shell reports an interrupted command). */
const COUNT_SIGINTS = `
let count = 0;
process.on('SIGINT', () => {
  if (++count === 1) setTimeout(() => { console.log('sigints ' + count + ' done'); process.exit(130); }, 500);
});
console.log('ready');
setInterval(() => {}, 1000);
`;

const env = () => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  OAUTH_TOKEN_URL: server.tokenUrl,
  OAUTH_CLIENT_ID: 'terminal-client',
  OAUTH_CLIENT_SECRET: 'terminal-secret-0123'
});

test('Ctrl-C at a terminal reaches COMMAND once, and exec exits with its status', async () => {
  const run = await spawnCollect('python3', ['-c', AT_A_TERMINAL, NODE_BINARY, CLI_ENTRY, 'exec', '--', NODE_BINARY, '-e', COUNT_SIGINTS], env(), 25_000);

  expect(run.stdout).toContain('sigints 1 done');
  expect(run.stdout).toMatch(/exit 130\n$/);
});

test('without a terminal (no controlling terminal: its own session), a SIGINT sent to exec is passed on, once', async () => {
  const exec = spawn(NODE_BINARY, [CLI_ENTRY, 'exec', '--', NODE_BINARY, '-e', COUNT_SIGINTS], { env: env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  exec.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('ready') && !stdout.includes('sent')) {
      stdout += 'sent\n';
      exec.kill('SIGINT');
    }
  });
  const status = await new Promise<number | null>((resolve) => exec.on('close', resolve));

  expect(stdout).toContain('sigints 1 done');
  expect(status).toBe(130);
});
