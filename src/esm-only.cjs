// The package's "require" condition: the library is an ES module. Without this file a
// require() gets Node's ERR_PACKAGE_PATH_NOT_EXPORTED, which reads like a broken package.
'use strict';
throw Object.assign(new Error("oauth-token-action is an ES module: from CommonJS, load it with await import('oauth-token-action')"), {
  code: 'ERR_REQUIRE_ESM'
});
