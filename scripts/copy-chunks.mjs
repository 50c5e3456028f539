// `node scripts/copy-chunks.mjs FROM TO`: copies the lazy chunks (`<id>.index.js`) of one
// ncc bundle next to another's. ncc names a chunk by a webpack module id, so the main
// and post steps' bundles can each have a chunk of the same name whose code refers to
// modules by that bundle's own ids: copying one over the other would break the first
// bundle's runs that load it. Identical chunks are shared; different ones fail the build.
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [from, to] = process.argv.slice(2);
for (const name of readdirSync(from).filter((file) => file.endsWith('.index.js'))) {
  const source = path.join(from, name);
  const target = path.join(to, name);
  if (!existsSync(target)) copyFileSync(source, target);
  else if (!readFileSync(source).equals(readFileSync(target))) {
    console.error(`copy-chunks: ${name} differs between ${from} and ${to}; load that module statically in one of the two entries`);
    process.exit(1);
  }
}
