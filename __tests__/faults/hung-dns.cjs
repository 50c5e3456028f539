// Preloaded with `node --require` into a spawned action or CLI: a resolver that never
// answers for *.test names, as a DNS server that drops queries does. Like a real pending
// getaddrinfo, the lookup keeps the process alive (here for two minutes) unless the
// process ends on its own; loopback names still resolve.
const dns = require('node:dns');

const lookup = dns.lookup;
dns.lookup = function hungLookup(hostname, options, callback) {
  if (!String(hostname).endsWith('.test')) return lookup.apply(this, arguments);
  const done = typeof options === 'function' ? options : callback;
  setTimeout(() => done(Object.assign(new Error(`getaddrinfo EAI_AGAIN ${hostname}`), { code: 'EAI_AGAIN' })), 120_000);
  return {};
};
