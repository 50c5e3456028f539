#!/usr/bin/env node
// The bin's bundle entry (lib/bin/oauth-token.js): a .cjs entry makes ncc emit CommonJS,
// which Node starts faster than an ES module and whose chunks load synchronously
// (npm run bench). The program is ./main.ts.
require('./main.ts');
