/** Entry of the post step (dist/post.js): the real `@actions/core`, injected. */
import * as core from '@actions/core';
import { post } from './post.js';

await post(core);
