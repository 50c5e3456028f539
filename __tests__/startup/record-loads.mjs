// Preloaded with `node --import` into a bin run: when the process exits, writes to the
// file named by LOADS_FILE what it loaded: Node's built-in modules, CommonJS files and
// the ES module files (a bundle's chunks are ES modules loaded by `import()`, which
// neither of the other two lists shows). A resolve hook logs those ES module files.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const loadsFile = process.env.LOADS_FILE;
if (!loadsFile) throw new Error('record-loads.mjs needs LOADS_FILE');
const esmLog = `${loadsFile}.esm`;
writeFileSync(esmLog, '');

// Hooks run off the main thread (Node 20 to 24): the hook appends to a file the main thread reads at exit.
const hook = `import { appendFileSync } from 'node:fs';
let log;
export function initialize(file) { log = file; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (resolved.url.startsWith('file:')) appendFileSync(log, resolved.url + '\\n');
  return resolved;
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, { data: esmLog });

process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice('NativeModule '.length));
  const commonJs = Object.keys(createRequire(import.meta.url).cache);
  const esModules = [
    ...new Set(
      readFileSync(esmLog, 'utf8')
        .split('\n')
        .filter((url) => url.length > 0)
    )
  ];
  writeFileSync(loadsFile, JSON.stringify({ builtins, commonJs, esModules }));
});
