/** Entry of the main step (dist/index.js). */
import { run } from './run.js';

await run();
