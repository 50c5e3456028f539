/** Entry of the main step (dist/index.js): the real `@actions/core`, injected. */
import * as core from '@actions/core';
import { exitOnceFlushed } from '../core/process-exit.js';
import { main } from './main.js';

await main(core);
await exitOnceFlushed();
