/** Entry of the post step (dist/post.js): the real `@actions/core`, injected. */
import * as core from '@actions/core';
import { exitOnceFlushed } from '../core/process-exit.js';
import { post } from './post.js';

await post(core);
await exitOnceFlushed();
