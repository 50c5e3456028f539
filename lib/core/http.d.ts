import type * as http from 'node:http';
import type * as https from 'node:https';
export declare const httpModule: () => typeof http;
export declare const httpsModule: () => typeof https;
export interface HttpRequest {
    method: 'GET' | 'POST';
    url: URL;
    headers: Array<[string, string]>;
    body?: string;
}
export interface HttpResponse {
    status: number;
    headers: http.IncomingHttpHeaders;
    body: string;
    /** The URL that answered: a relative `Location` is resolved against it. */
    url?: URL;
}
/** Sends one request; rejects with a {@link TokenRequestError} on network failure or timeout. */
export type HttpTransport = (request: HttpRequest, timeoutMs: number) => Promise<HttpResponse>;
export interface HttpSession {
    send: HttpTransport;
    /** Closes kept-alive connections and every proxy tunnel, open or opening, so the process can exit. */
    close(): void;
}
/** The proxy a URL goes through, and the variable that named it (for messages: never its value, which may hold a password). */
export interface ProxySetting {
    url: URL;
    variable: 'https_proxy' | 'HTTPS_PROXY' | 'http_proxy' | 'HTTP_PROXY';
}
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
export declare function proxyFor(target: URL): ProxySetting | undefined;
/**
 * A session whose requests share one kept-alive connection per host (discovery, then
 * token). A URL that {@link proxyFor} sends through a proxy gets a tunnelling agent,
 * loaded only then (./tunnel.js: TLS and more code a direct run never uses); any other
 * the plain keep-alive agent of its protocol. Closing the session destroys every agent.
 */
export declare function createHttpSession(): HttpSession;
/** A 2xx status (RFC 9110 §15.3). */
export declare function isSuccessStatus(status: number): boolean;
/** The codes of a proxy tunnel's failures (./tunnel.js; kept here so that a direct run need not load it). */
export declare const TUNNEL_FAILED = "ERR_PROXY_TUNNEL";
export declare const TUNNEL_TIMED_OUT = "ERR_PROXY_TUNNEL_TIMEOUT";
export declare const TUNNEL_REFUSED = "ERR_PROXY_TUNNEL_REFUSED";
