// The post step's bundle entry (dist/post/index.js): a .cjs entry makes ncc emit CommonJS,
// which Node starts faster than an ES module; the post step of a job that asked for nothing
// does no more than that start (npm run bench). The program is ./post-index.ts.
require('./post-index.ts');
