/**
 * One HTTP exchange, with the limits a token request needs: a deadline per attempt,
 * a cap on the answer's size, decompression, and no redirects (credentials must never
 * be resent to another URL). Proxies come from `https_proxy` / `http_proxy` and
 * `no_proxy` (see {@link proxyFor}), as self-hosted runners need.
 */
import { checkBypass } from '@actions/http-client/lib/proxy';
import { createRequire } from 'node:module';
import { TokenRequestError } from './errors.js';
import { USER_AGENT } from './version.js';
/**
 * Node's built-in modules as their CommonJS objects, each loaded when a run first needs
 * it. `request` is read from them at each call: interceptors such as nock patch these
 * objects, and an ESM namespace would keep the unpatched functions. An ESM `import` of
 * node:http would also run its `WebSocket` getters on Node 22+, loading Node's own undici
 * (about 13 MB and 20 ms at start-up); node:https (TLS) is dead weight for an http://
 * endpoint, and node:zlib for an uncompressed answer.
 */
const builtin = createRequire(import.meta.url);
export const httpModule = () => builtin('node:http');
export const httpsModule = () => builtin('node:https');
const zlibModule = () => builtin('node:zlib');
/** A token response is a few KiB; anything near this is not one. */
const MAX_RESPONSE_BYTES = 1024 * 1024;
/**
 * The proxy for `target`: `https_proxy` for an https:// URL, `http_proxy` for an http://
 * one (lower case first, then upper case, as curl reads them), none when the host is
 * loopback or `no_proxy` names it by `@actions/http-client`'s rules, which are not curl's
 * (docs/inputs.md#proxies). A value without a scheme (`proxy.corp:3128`) is an http://
 * proxy: `new URL` alone would read `proxy.corp:` as a scheme and the proxy would be
 * silently skipped.
 *
 * @throws {@link TokenRequestError} for a value that is not an http:// or https:// proxy.
 */
export function proxyFor(target) {
    if (checkBypass(target))
        return undefined;
    const names = target.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    // Named as set: on Linux the two cases are two variables, and the user must fix the one that holds the value.
    // Blank counts as unset, so that a set upper-case variable is still read (as an empty lower-case one lets it be).
    const variable = names.find((name) => process.env[name]?.trim());
    const value = variable && process.env[variable].trim();
    if (!value)
        return undefined;
    const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    const url = URL.canParse(withScheme) ? new URL(withScheme) : undefined;
    if (!url?.hostname || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        throw new TokenRequestError(`The proxy in ${variable} is not a proxy URL this step can use (host:port, http://host:port or https://host:port); fix or unset it`, {
            code: 'INVALID_PROXY'
        });
    }
    return { url, variable };
}
/**
 * A session whose requests share one kept-alive connection per host (discovery, then
 * token). A URL that {@link proxyFor} sends through a proxy gets a tunnelling agent,
 * loaded only then (./tunnel.js: TLS and more code a direct run never uses); any other
 * the plain keep-alive agent of its protocol. Closing the session destroys every agent.
 */
export function createHttpSession() {
    const agents = new Map();
    const agentFor = (url) => {
        const proxy = proxyFor(url);
        const key = proxy ? `${url.protocol} via ${proxy.url.href}` : url.protocol;
        let agent = agents.get(key);
        if (!agent) {
            agent = proxy
                ? import('./tunnel.js').then(({ createTunnelAgent }) => createTunnelAgent(url.protocol === 'https:' ? 'https:' : 'http:', proxy))
                : Promise.resolve(new (url.protocol === 'https:' ? httpsModule() : httpModule()).Agent({ keepAlive: true }));
            agents.set(key, agent);
        }
        return agent;
    };
    return {
        send: async (request, timeoutMs) => exchange(request, timeoutMs, await agentFor(request.url)),
        close: () => {
            // A failed import already failed the request that asked for it.
            for (const agent of agents.values())
                void agent.then((open) => open.destroy(), () => undefined);
        }
    };
}
function exchange(request, timeoutMs, agent) {
    const where = `${request.url.host}`;
    return new Promise((resolve, reject) => {
        // No Accept-Encoding, as curl sends none: a token answer is a few hundred bytes, and a compressed one would
        // cost the run node:zlib and its thread pool. An answer compressed all the same is still decoded.
        const headers = { 'User-Agent': USER_AGENT };
        for (const [name, value] of request.headers)
            headers[name] = value;
        if (request.body !== undefined)
            headers['Content-Length'] = Buffer.byteLength(request.body);
        const send = request.url.protocol === 'https:' ? httpsModule().request : httpModule().request;
        // A tunnelling agent gives the proxy's CONNECT the same deadline (./tunnel.js).
        const options = { method: request.method, headers, agent, tunnelTimeoutMs: timeoutMs };
        const req = send(request.url, options);
        const fail = (error) => {
            clearTimeout(deadline);
            req.destroy();
            reject(error);
        };
        const timedOut = (detail = '') => new TokenRequestError(`No complete answer from ${where} within ${timeoutMs / 1000} s (timeout-seconds)${detail}`, { code: 'TIMEOUT' });
        const deadline = setTimeout(() => fail(timedOut()), timeoutMs);
        let answer;
        req.on('error', (error) => {
            // Bytes after a complete answer break the connection, not the answer (RFC 9112 §9.3 lets a client
            // discard them): it stands. Asking again would get a second token, or none for a rotated refresh token.
            if (answer?.complete)
                return;
            if (error.code === TUNNEL_TIMED_OUT)
                fail(timedOut(`: ${error.message}`));
            else
                fail(networkError(where, error, answer?.statusCode));
        });
        // RFC 9110 §15.2.2: no token, metadata or revocation request asks to switch protocols; Node
        // hands such an answer to 'upgrade' only, and the attempt would wait for its deadline.
        req.on('upgrade', (res, socket) => {
            socket.destroy();
            fail(new TokenRequestError(`The answer from ${where} (HTTP ${res.statusCode}) switches protocols, which this request did not ask for`, {
                code: 'INVALID_RESPONSE',
                status: res.statusCode
            }));
        });
        req.on('response', (res) => {
            answer = res;
            readBody(res, where).then((body) => {
                clearTimeout(deadline);
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body, url: request.url });
            }, (error) => fail(error));
        });
        req.end(request.body);
    });
}
/** Reads the whole body, decompressed, failing once it passes {@link MAX_RESPONSE_BYTES}. */
function readBody(res, where) {
    return new Promise((resolve, reject) => {
        const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
        const decoder = decoderFor(encoding);
        const stream = decoder ? res.pipe(decoder) : res;
        const chunks = [];
        let size = 0;
        stream.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_RESPONSE_BYTES) {
                stream.destroy();
                res.destroy();
                reject(new TokenRequestError(`The answer from ${where} (HTTP ${res.statusCode}) is larger than ${MAX_RESPONSE_BYTES} bytes, more than any answer this step asks for has`, {
                    code: 'RESPONSE_TOO_LARGE',
                    status: res.statusCode
                }));
                return;
            }
            chunks.push(chunk);
        });
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        // A connection cut mid-body is an error of `res` that `pipe` does not pass on to the
        // decoder: listened to apart, it fails the attempt at once instead of at the deadline.
        res.on('error', (error) => reject(networkError(where, error, res.statusCode)));
        // What came on the wire, for an answer that is not what its Content-Encoding says (capped as the body is).
        const encoded = [];
        let encodedSize = 0;
        // Kept for a refusal only: a 2xx that does not decode fails whatever its bytes.
        const keep = !isSuccessStatus(res.statusCode ?? 0);
        if (decoder) {
            res.on('data', (chunk) => {
                encodedSize += chunk.length;
                if (keep && encodedSize <= MAX_RESPONSE_BYTES)
                    encoded.push(chunk);
            });
        }
        decoder?.on('error', () => {
            // zlib refuses an empty input, which a 503 or a 302 with `Content-Encoding` often is; and a refusal
            // labelled gzip is often plain JSON: the status stands (for retries and messages), with the bytes
            // as they came, so that a plain `{"error":"invalid_client"}` is still read.
            if (encodedSize === 0 || keep) {
                res.destroy();
                resolve(encodedSize > MAX_RESPONSE_BYTES ? '' : Buffer.concat(encoded).toString('utf8'));
                return;
            }
            reject(new TokenRequestError(`The answer from ${where} (HTTP ${res.statusCode}) could not be decoded (content-encoding ${encoding})`, {
                code: 'INVALID_RESPONSE',
                status: res.statusCode
            }));
        });
    });
}
/** A 2xx status (RFC 9110 §15.3). */
export function isSuccessStatus(status) {
    return status >= 200 && status < 300;
}
/** The decompressor for a `Content-Encoding` (RFC 9110 §8.4), or none for identity and unknown codings. */
function decoderFor(encoding) {
    switch (encoding) {
        case 'gzip':
        case 'x-gzip':
            return zlibModule().createGunzip();
        case 'deflate':
            return zlibModule().createInflate();
        case 'br':
            return zlibModule().createBrotliDecompress();
        default:
            return undefined;
    }
}
/** Node's codes for a server certificate that does not chain to a trusted CA. */
const UNTRUSTED_CERTIFICATE = /^(UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT)$/;
function networkError(where, error, status) {
    // Node's HTTP parser refused the answer: the server did answer, with what no client can read; asking
    // again would send the credentials again for the same.
    if (error.code?.startsWith('HPE_')) {
        return new TokenRequestError(`The answer from ${where} is not well-formed HTTP (${error.code})`, { code: 'INVALID_RESPONSE', status });
    }
    // TLS met something that is no TLS (OpenSSL's "wrong version number"): a plain http:// port,
    // which asking again will not change.
    if (error.code === 'EPROTO' && /wrong version number/i.test(error.message)) {
        return new TokenRequestError(`Could not reach ${where}: no TLS there (EPROTO); check that this port serves https://, or whether the URL should be http://`, {
            code: 'INVALID_RESPONSE',
            status
        });
    }
    // A tunnel's failure says in words what the proxy did (./tunnel.js).
    const reason = error.code === TUNNEL_FAILED || error.code === TUNNEL_REFUSED ? error.message : (error.code ?? error.message);
    const certificateCode = error.code === TUNNEL_FAILED ? error.cause?.code : error.code;
    const hint = UNTRUSTED_CERTIFICATE.test(certificateCode ?? '') ? ' (for a private CA, set NODE_EXTRA_CA_CERTS to its PEM file)' : '';
    const message = status === undefined ? `Could not reach ${where}: ${reason}${hint}` : `The answer from ${where} (HTTP ${status}) broke off: ${reason}`;
    // A proxy's refusal is the job's to fix (its credentials, its policy): not retried, as a 4xx is not.
    return new TokenRequestError(message, { code: error.code === TUNNEL_REFUSED ? 'PROXY_REFUSED' : 'NETWORK_ERROR', status });
}
/** The codes of a proxy tunnel's failures (./tunnel.js; kept here so that a direct run need not load it). */
export const TUNNEL_FAILED = 'ERR_PROXY_TUNNEL';
export const TUNNEL_TIMED_OUT = 'ERR_PROXY_TUNNEL_TIMEOUT';
export const TUNNEL_REFUSED = 'ERR_PROXY_TUNNEL_REFUSED';
