// The floor as an ES module: an `import` of node:http (which on Node 22+ also runs its
// WebSocket getters and so loads Node's own undici), then the same request.
import 'node:http';
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./floor-node-http.cjs');
