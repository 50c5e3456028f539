/** See index.js: the one export `@actions/http-client` imports from undici, unusable here. */
export declare class ProxyAgent {
  constructor(options?: unknown);
}
