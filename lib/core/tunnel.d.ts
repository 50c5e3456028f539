/**
 * HTTP CONNECT tunnels through a proxy (RFC 9110 §9.3.6), as `node:http` / `node:https`
 * agents. Loaded only for a URL that goes through a proxy. Three things a token step
 * needs that a general-purpose tunnel does not give:
 *
 * - the CONNECT has its own deadline (the attempt's `timeout-seconds`), so a proxy that
 *   accepts the connection and never answers cannot hold the run;
 * - an `https://` proxy is verified as itself: its certificate must be valid for the
 *   proxy's own name (Node would otherwise take the name to check from the CONNECT's
 *   Host header, which is the token endpoint's);
 * - `destroy()` ends every tunnel, open or still opening, so closing the HTTP session
 *   leaves nothing that keeps the process alive.
 */
import type * as http from 'node:http';
import { type ProxySetting } from './http.js';
/** What a request tells the tunnelling agent: the deadline of its CONNECT. */
export interface TunnelRequestOptions {
    tunnelTimeoutMs?: number;
}
/**
 * A keep-alive agent for `targetProtocol` URLs whose every connection is a tunnel
 * through `proxy`; for an https:// target, TLS to the target runs inside the tunnel.
 */
export declare function createTunnelAgent(targetProtocol: 'http:' | 'https:', proxy: ProxySetting): http.Agent;
