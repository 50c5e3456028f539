"use strict";
exports.id = 521;
exports.ids = [521];
exports.modules = {

/***/ 521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discoverEndpoints: () => (/* binding */ discoverEndpoints),
/* harmony export */   metadataUrls: () => (/* binding */ metadataUrls)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _neutralize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(248);
/* harmony import */ var _redirect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(939);
/* harmony import */ var _response_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(984);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(253);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(221);
/**
 * Endpoint discovery: RFC 8414 authorization server metadata, falling back to
 * OpenID Connect Discovery 1.0. At most one request per metadata URL per run (more
 * only when a network error, 408, 429 or 5xx is retried; a 4xx never is), and none
 * when the explicit inputs leave nothing to discover.
 */






/**
 * The metadata URLs to try for `issuer`, in order: RFC 8414 §3.1 inserts the
 * well-known segment before the issuer's path; OpenID Connect Discovery §4 appends it.
 * For an issuer without a path both rules give the same place, so only the RFC 8414
 * and the OpenID names differ.
 */
function metadataUrls(issuer) {
    const path = issuer.pathname.replace(/\/$/, '');
    return [new URL(`${issuer.origin}/.well-known/oauth-authorization-server${path}`), new URL(`${issuer.origin}${path}/.well-known/openid-configuration`)];
}
/**
 * Fetches the issuer's metadata, RFC 8414 first and OpenID Connect Discovery when that
 * is not there, and checks that it describes that very issuer (RFC 8414 §3.3).
 *
 * @throws {@link TokenRequestError} `DISCOVERY_ERROR` when neither URL serves usable
 *   metadata or the metadata names another issuer; `NETWORK_ERROR` / `TIMEOUT` as sent.
 */
async function discoverEndpoints(issuer, send, policy, redact) {
    if (issuer.search) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('issuer', 'must not contain a ?query (RFC 8414 §2)');
    }
    const failures = [];
    for (const url of metadataUrls(issuer)) {
        const { response } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .sendWithRetries */ .HI)(send, { method: 'GET', url, headers: [['Accept', 'application/json']] }, policy);
        const metadata = response.status === 200 ? (0,_response_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonObject */ .dw)(response) : undefined;
        if (metadata) {
            const endpoints = endpointsOf(metadata, issuer, url, redact);
            const shown = (endpoint) => (endpoint ? (0,_urls_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .z)(endpoint, redact) : 'none');
            policy.debug(`Metadata at ${url.href}: token endpoint ${shown(endpoints.tokenEndpoint)}, revocation endpoint ${shown(endpoints.revocationEndpoint)}`);
            return endpoints;
        }
        failures.push(`${url.href} (${describeMiss(response, redact)})`);
        policy.debug(`No authorization server metadata at ${url.href}: ${describeMiss(response, redact)}`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`Input "issuer": no authorization server metadata at ${failures.join(' or ')}; check the issuer, or set "token-url"`, {
        code: 'DISCOVERY_ERROR'
    });
}
function describeMiss(response, redact) {
    // Never followed, as on the token endpoint.
    const target = response.status >= 300 && response.status < 400 ? (0,_redirect_js__WEBPACK_IMPORTED_MODULE_4__/* .redirectTarget */ .E)(response, redact) : undefined;
    if (target)
        return `HTTP ${response.status} redirecting to ${target}`;
    if (response.status !== 200)
        return `HTTP ${response.status}`;
    const contentType = (0,_response_js__WEBPACK_IMPORTED_MODULE_1__/* .mediaTypeOf */ .c0)(response, redact) ?? 'no content type';
    return `HTTP 200 with ${contentType} that is not a JSON object`;
}
function endpointsOf(metadata, issuer, url, redact) {
    const named = typeof metadata.issuer === 'string' ? metadata.issuer : undefined;
    if (named === undefined || !sameIssuer(named, issuer)) {
        const shown = named === undefined ? '(none)' : `"${(0,_neutralize_js__WEBPACK_IMPORTED_MODULE_5__/* .foreignText */ .qk)(named, redact) ?? ''}"`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`Input "issuer" is "${issuer.href}" but the metadata at ${url.href} names issuer ${shown}; set "issuer" to exactly the server's issuer (RFC 8414 §3.3)`, { code: 'DISCOVERY_ERROR' });
    }
    const methods = metadata.token_endpoint_auth_methods_supported;
    return {
        tokenEndpoint: endpointOf(metadata, 'token_endpoint', url, redact),
        revocationEndpoint: endpointOf(metadata, 'revocation_endpoint', url, redact),
        tokenEndpointAuthMethods: Array.isArray(methods) ? methods.filter((method) => typeof method === 'string') : undefined
    };
}
/** An endpoint named by the metadata, held to the same rules as an endpoint input. */
function endpointOf(metadata, field, url, redact) {
    const value = metadata[field];
    if (value === undefined)
        return undefined;
    try {
        if (typeof value !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(field, 'is not a string');
        return (0,_urls_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEndpointUrl */ .y)(field, value);
    }
    catch (error) {
        // The problem quotes the server's value (its scheme or host).
        const problem = (0,_neutralize_js__WEBPACK_IMPORTED_MODULE_5__/* .foreignText */ .qk)(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? error.problem : String(error), redact);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRequestError */ .Nj(`The metadata at ${url.href} names a ${field} which ${problem}`, { code: 'DISCOVERY_ERROR' });
    }
}
/**
 * Issuers compare as strings (RFC 8414 §3.3), after the normalisation URL parsing
 * gives the input (lower-case host, default port dropped); a trailing slash is not a
 * difference, since `https://tenant.example` parses to `https://tenant.example/`.
 */
function sameIssuer(fromMetadata, issuer) {
    const strip = (value) => value.replace(/\/$/, '');
    return strip(fromMetadata) === strip(issuer.href);
}


/***/ })

};
;