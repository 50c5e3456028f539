import { getProxyUrl } from '@actions/http-client/lib/proxy';
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
const httpModule = () => builtin('node:http');
const httpsModule = () => builtin('node:https');
const zlibModule = () => builtin('node:zlib');
/** A token response is a few KiB; anything near this is not one. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;
/**
 * A session whose requests share one kept-alive connection per host (discovery, then
 * token). When `https_proxy` / `http_proxy` applies to a URL and `no_proxy` does not
 * exclude it (the same test `HttpClient` makes), the agent is `@actions/http-client`'s
 * tunnelling one; otherwise it is the plain keep-alive agent `HttpClient` would create.
 * `@actions/http-client` itself is loaded only for a proxied URL: its import evaluates
 * undici and TLS, which a direct run never uses.
 */
export function createHttpSession() {
    const direct = new Map();
    let proxying;
    const agentFor = async (url) => {
        if (getProxyUrl(url)?.hostname) {
            proxying ??= import('@actions/http-client').then(({ HttpClient }) => new HttpClient(USER_AGENT, [], { keepAlive: true, allowRedirects: false, allowRetries: false }));
            return (await proxying).getAgent(url.href);
        }
        let agent = direct.get(url.protocol);
        if (!agent) {
            agent = new (url.protocol === 'https:' ? httpsModule() : httpModule()).Agent({ keepAlive: true });
            direct.set(url.protocol, agent);
        }
        return agent;
    };
    return {
        send: async (request, timeoutMs) => exchange(request, timeoutMs, await agentFor(request.url)),
        close: () => {
            for (const agent of direct.values())
                agent.destroy();
            // A failed import already failed the request that asked for it.
            void proxying?.then((client) => client.dispose(), () => undefined);
        }
    };
}
function exchange(request, timeoutMs, agent) {
    const where = `${request.url.host}`;
    return new Promise((resolve, reject) => {
        const headers = { 'User-Agent': USER_AGENT, 'Accept-Encoding': 'gzip, deflate, br' };
        for (const [name, value] of request.headers)
            headers[name] = value;
        if (request.body !== undefined)
            headers['Content-Length'] = Buffer.byteLength(request.body);
        const send = request.url.protocol === 'https:' ? httpsModule().request : httpModule().request;
        const req = send(request.url, { method: request.method, headers, agent });
        const fail = (error) => {
            clearTimeout(deadline);
            req.destroy();
            reject(error);
        };
        const deadline = setTimeout(() => fail(new TokenRequestError(`No complete answer from ${where} within ${timeoutMs / 1000} s (timeout-seconds)`, { code: 'TIMEOUT' })), timeoutMs);
        req.on('error', (error) => fail(networkError(where, error)));
        req.on('response', (res) => {
            readBody(res, where).then((body) => {
                clearTimeout(deadline);
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
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
                reject(new TokenRequestError(`The answer from ${where} (HTTP ${res.statusCode}) is larger than ${MAX_RESPONSE_BYTES} bytes; not a token response`, {
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
        decoder?.on('error', () => reject(new TokenRequestError(`The answer from ${where} (HTTP ${res.statusCode}) could not be decoded (content-encoding ${encoding})`, {
            code: 'INVALID_RESPONSE',
            status: res.statusCode
        })));
    });
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
/** How the proxy tunnel (`tunnel`, under `@actions/http-client`) says that the proxy refused or was unreachable. */
const TUNNEL_FAILURE = /^tunneling socket could not be established, (.*)$/;
function networkError(where, error, status) {
    // The tunnel's errors all have the code ECONNRESET; what happened is in the message.
    const tunnel = TUNNEL_FAILURE.exec(error.message);
    const reason = tunnel ? `the proxy (https_proxy) did not open a tunnel (${tunnel[1]})` : (error.code ?? error.message);
    const hint = UNTRUSTED_CERTIFICATE.test(reason) ? ' (for a private CA, set NODE_EXTRA_CA_CERTS to its PEM file)' : '';
    const message = status === undefined ? `Could not reach ${where}: ${reason}${hint}` : `The answer from ${where} (HTTP ${status}) broke off: ${reason}`;
    return new TokenRequestError(message, { code: 'NETWORK_ERROR', status });
}
