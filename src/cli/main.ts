/** Entry of the `oauth-token` / `oauth-token-action` bin. */
import { writeSync } from 'node:fs';
import { exitOnceFlushed } from '../core/process-exit.js';
import { runCli } from './run.js';

/** The standard streams this run wrote through, the only ones to flush before exiting. */
const streamsUsed = new Set<NodeJS.WriteStream>();
function through(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  streamsUsed.add(stream);
  return stream;
}

// Not awaited: a top-level await makes ncc wrap the bundle in its async-module runtime,
// which costs start-up time (npm run bench). runCli() never rejects.
void runCli(process.argv.slice(2), process.env, {
  stdout: writeStdout,
  stderr: (text) => through(process.stderr).write(text)
}).then((status) => {
  process.exitCode = status;
  return exitOnceFlushed([...streamsUsed]);
});

/**
 * Writes to fd 1 directly: creating `process.stdout` (a stream) costs a `--cache` hit a
 * good part of its start-up. A pipe whose other end made it non-blocking (EAGAIN) gets
 * the rest through the stream, which waits for it.
 */
function writeStdout(text: string): void {
  const bytes = Buffer.from(text);
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(1, bytes, offset);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    through(process.stdout).write(bytes.subarray(offset));
  }
}
