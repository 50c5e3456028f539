/** See index.js: the one export `@actions/http-client` imports from undici, unusable here. */
export declare class ProxyAgent {
  constructor(options?: unknown);
}

/** Node's own fetch, for @github/local-action's `@actions/github` stub (see index.js). */
export declare const fetch: typeof globalThis.fetch;
