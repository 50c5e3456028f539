/** Entry of the post step (dist/post/index.js, which dist/post.js imports): the real `@actions/core`, injected. */
import * as core from '@actions/core';
import { exitOnceFlushed } from '../core/process-exit.js';
import { post } from './post.js';

await post(core);
await exitOnceFlushed();
