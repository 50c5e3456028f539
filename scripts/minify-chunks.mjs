/**
 * `node scripts/minify-chunks.mjs DIR...`: minifies the chunks ncc writes beside a bundle
 * (`<id>.index.js`, `<id>.index.cjs.js`), which ncc's `-m` leaves as they are, and writes
 * them in ASCII. A run that loads a chunk reads it into a string of its own: unminified,
 * and two bytes a character for one "§", the CLI's request chunks filled enough of V8's
 * young generation to cost every CLI run a garbage collection (npm run bench).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

const CHUNK = /^\d+\.index(\.cjs)?\.js$/;

for (const dir of process.argv.slice(2)) {
  for (const file of readdirSync(dir).filter((name) => CHUNK.test(name))) {
    const chunk = path.join(dir, file);
    // `format` unset: each chunk keeps its module syntax (ES module in dist/, CommonJS in lib/bin/).
    const { code } = transformSync(readFileSync(chunk, 'utf8'), { minify: true, charset: 'ascii', target: 'node20', sourcefile: file });
    writeFileSync(chunk, code);
  }
}
