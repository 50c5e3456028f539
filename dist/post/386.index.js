export const id = 386;
export const ids = [386];
export const modules = {

/***/ 386:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

/**
 * What `@actions/http-client` gets for `undici` in this repository (package.json
 * "overrides"), so that the action's bundle neither carries nor evaluates undici: about
 * 440 KB of dist/index.js and 20 ms and 7 MB of start-up in every job.
 *
 * `@actions/http-client` imports undici for one thing, `ProxyAgent`, which only
 * `HttpClient.getAgentDispatcher()` constructs (a dispatcher for `fetch`). Neither
 * oauth-token-action nor `@actions/core` calls it: both go through proxies with
 * `getAgent()`, the `tunnel` agents for node:http. Should a later version start calling
 * it, constructing this one fails loudly instead of silently bypassing a proxy.
 *
 * Users who install oauth-token-action from npm are not affected: npm applies
 * "overrides" only to the root project, so they get the real undici (and the library
 * loads `@actions/http-client` only when a proxy applies; see src/core/http.ts).
 */
class ProxyAgent {
  constructor() {
    throw new Error('undici is left out of the oauth-token-action build (shims/undici): HttpClient.getAgentDispatcher() is unavailable; use HttpClient.getAgent()');
  }
}

exports.k = ProxyAgent;

/**
 * `npm run local-action` (@github/local-action) gets this stand-in for `undici` too, and its
 * `@actions/github` stub imports `fetch` from it: Node's own fetch stands in. The action
 * never calls it.
 */
__webpack_unused_export__ = (...args) => globalThis.fetch(...args);


/***/ })

};
