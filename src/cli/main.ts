#!/usr/bin/env node
/** Entry of the `oauth-token` / `oauth-token-action` bin. */
import { runCli } from './run.js';

// Not awaited: a top-level await makes ncc wrap the bundle in its async-module runtime,
// which costs start-up time (npm run bench). runCli() never rejects.
void runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
}).then((status) => {
  process.exitCode = status;
});
