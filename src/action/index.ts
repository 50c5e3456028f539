/** Entry of the main step (dist/index.js): the logic entry point, then the end of the process once its output is written. */
import { exitOnceFlushed } from '../core/process-exit.js';
import { run } from './run.js';

await run();
await exitOnceFlushed();
