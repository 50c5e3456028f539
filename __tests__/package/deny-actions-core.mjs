// Preloaded with `node --import`: any attempt to load @actions/core, through an ESM
// import (a module.register resolve hook) or a CommonJS require, fails loudly.
import Module, { register } from 'node:module';

const DENIED = /^@actions\/core(\/|$)/;
const hook = `export async function resolve(specifier, context, next) {
  if (${DENIED}.test(specifier)) throw new Error('DENIED: import of ' + specifier);
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (DENIED.test(request)) throw new Error(`DENIED: require of ${request}`);
  return resolveFilename.call(this, request, ...rest);
};
