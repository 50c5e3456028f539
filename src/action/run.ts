/**
 * The main step's logic entry point: `run()` with the real `@actions/core`. dist/index.js
 * calls it; `npm run local-action` (@github/local-action) imports this file from src/ and
 * puts its own `@actions/core` in place of the real one.
 */
import * as core from '@actions/core';
import { main } from './main.js';

export function run(): Promise<void> {
  return main(core);
}
