/** Entry of the main step (dist/index.js): the logic entry point, then the end of the process once its output is written. */
import { exitOnceFlushed } from '../core/process-exit.js';
import { run } from './run.js';

// Not awaited: a top-level await makes ncc wrap the bundle in its async-module runtime,
// which costs about 5% of the step's start-up (npm run bench). run() never rejects.
void run().then(() => exitOnceFlushed());
