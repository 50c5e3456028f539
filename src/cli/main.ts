#!/usr/bin/env node
/** Entry of the `oauth-token` / `oauth-token-action` bin. */
import { exitOnceFlushed } from '../core/process-exit.js';
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
await exitOnceFlushed();
