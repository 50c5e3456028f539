import type * as http from 'node:http';
/** A token response is a few KiB; anything near this is not one. */
export declare const MAX_RESPONSE_BYTES: number;
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
}
/** Sends one request; rejects with a {@link TokenRequestError} on network failure or timeout. */
export type HttpTransport = (request: HttpRequest, timeoutMs: number) => Promise<HttpResponse>;
export interface HttpSession {
    send: HttpTransport;
    /** Closes kept-alive connections so the process can exit. */
    close(): void;
}
/**
 * A session whose requests share one kept-alive connection per host (discovery, then
 * token). When `https_proxy` / `http_proxy` applies to a URL and `no_proxy` does not
 * exclude it (the same test `HttpClient` makes), the agent is `@actions/http-client`'s
 * tunnelling one; otherwise it is the plain keep-alive agent `HttpClient` would create.
 * `@actions/http-client` itself is loaded only for a proxied URL: its import evaluates
 * undici and TLS, which a direct run never uses.
 */
export declare function createHttpSession(): HttpSession;
