/** Entry of the keep-fresh renewer (dist/renewer/index.js), started detached by the main step. */
import { runRenewer } from './renewer.js';

try {
  await runRenewer(process.stdin, (line) => process.stdout.write(`${line}\n`));
} catch (error) {
  // Never the orders themselves: they hold secrets.
  process.stdout.write(`warning: the token renewer stopped: ${error instanceof Error ? error.name : 'error'}\n`);
  process.exitCode = 1;
}
