/** Entry of the main step (dist/index.js): the real `@actions/core`, injected. */
import * as core from '@actions/core';
import { main } from './main.js';

// Not awaited: a top-level await makes ncc wrap the bundle in its async-module runtime,
// which costs about 5% of the step's start-up (npm run bench). main() never rejects.
void main(core);
