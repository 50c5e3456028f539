// Preloaded (`node -r`) into the built CLI to stand in for Windows where the tests run on
// Linux: process.platform is "win32", and process.kill behaves as libuv's does there: a
// signal to the process itself (any but 0) terminates it at once with status 1
// (TerminateProcess), so no handler and no `finally` runs.
'use strict';
Object.defineProperty(process, 'platform', { value: 'win32' });
const kill = process.kill.bind(process);
process.kill = (pid, signal) => {
  if (pid === process.pid && signal !== 0) process.reallyExit(1);
  return kill(pid, signal);
};
