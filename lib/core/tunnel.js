import { isIP } from 'node:net';
// node:http and node:https as ./http.js loads them (CommonJS objects: an ESM import of node:http loads Node's undici).
import { httpModule, httpsModule, TUNNEL_FAILED, TUNNEL_REFUSED, TUNNEL_TIMED_OUT } from './http.js';
/** Without a deadline of the request's own, a CONNECT still ends: at the default `timeout-seconds`. */
const DEFAULT_TUNNEL_TIMEOUT_MS = 30_000;
/**
 * A keep-alive agent for `targetProtocol` URLs whose every connection is a tunnel
 * through `proxy`; for an https:// target, TLS to the target runs inside the tunnel.
 */
export function createTunnelAgent(targetProtocol, proxy) {
    const agent = targetProtocol === 'https:' ? new (httpsModule().Agent)({ keepAlive: true }) : new (httpModule().Agent)({ keepAlive: true });
    const live = new Set();
    // https.Agent's own connection is TLS over the socket it is given.
    const overTunnel = targetProtocol === 'https:' ? agent.createConnection.bind(agent) : undefined;
    agent.createConnection = (options, callback) => {
        const host = options.host ?? 'localhost';
        // RFC 9110 §9.3.6: the authority form, an IPv6 address in brackets.
        const target = `${isIP(host) === 6 ? `[${host}]` : host}:${options.port ?? (targetProtocol === 'https:' ? 443 : 80)}`;
        openTunnel(proxy, target, options.tunnelTimeoutMs ?? DEFAULT_TUNNEL_TIMEOUT_MS, live).then((socket) => callback?.(null, overTunnel ? overTunnel({ ...options, socket }) : socket), (error) => callback?.(error, undefined));
        return undefined;
    };
    const destroyPool = agent.destroy.bind(agent);
    agent.destroy = () => {
        for (const open of live)
            open.destroy();
        destroyPool();
    };
    return agent;
}
/**
 * The bytes of a percent-encoded part of the proxy URL, as curl decodes it: each valid
 * `%XX` is its byte, anything else is taken as written (`pa%zz` stays `pa%zz`, a Latin-1
 * `caf%E9` is the byte E9). `URL` gives the part in ASCII, so the rest maps byte for byte.
 */
function percentDecoded(part) {
    return Buffer.from(part.replace(/%([0-9a-f]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
}
/** Sends `CONNECT target` to the proxy; resolves with the tunnel's socket once the proxy answers 200. */
function openTunnel({ url, variable }, target, timeoutMs, live) {
    return new Promise((resolve, reject) => {
        const secureProxy = url.protocol === 'https:';
        const host = url.hostname.replace(/^\[|\]$/g, '');
        const headers = { host: target };
        if (url.username || url.password) {
            headers['proxy-authorization'] = `Basic ${Buffer.concat([percentDecoded(url.username), Buffer.from(':'), percentDecoded(url.password)]).toString('base64')}`;
        }
        const connect = (secureProxy ? httpsModule() : httpModule()).request({
            host,
            port: url.port || (secureProxy ? 443 : 80),
            method: 'CONNECT',
            path: target,
            headers,
            agent: false,
            // The proxy's own name (none for an IP address, which is checked as such): never the Host header's.
            ...(secureProxy ? { servername: isIP(host) ? '' : host } : {})
        });
        const failed = (reason, cause, code = TUNNEL_FAILED) => {
            clearTimeout(deadline);
            live.delete(pending);
            connect.destroy();
            reject(Object.assign(new Error(`the proxy (${variable}) ${reason}`, { cause }), { code }));
        };
        const pending = { destroy: () => failed('was left: the HTTP session closed') };
        live.add(pending);
        const deadline = setTimeout(() => failed('did not answer CONNECT', undefined, TUNNEL_TIMED_OUT), timeoutMs);
        connect.once('connect', (response, socket, head) => {
            clearTimeout(deadline);
            live.delete(pending);
            const status = response.statusCode ?? 0;
            if (status !== 200 || head.length > 0) {
                socket.destroy();
                // A refusal for the job to fix (407: its credentials; 403: its policy) is not asked again, as a token endpoint's 4xx is not.
                const refused = status >= 400 && status < 500 && status !== 408 && status !== 429;
                if (status === 200)
                    failed('answered CONNECT with 200 and then bytes of its own, before the tunnel was used');
                else if (status === 407)
                    failed('asks for credentials it was not given or refused (HTTP 407): check the user and password in it', undefined, TUNNEL_REFUSED);
                else if (status === 403)
                    failed('refused the tunnel (HTTP 403), by its policy: allow this host in the proxy, or add it to no_proxy if it is to be reached directly', undefined, TUNNEL_REFUSED);
                else
                    failed(`did not open a tunnel (statusCode=${status})`, undefined, refused ? TUNNEL_REFUSED : TUNNEL_FAILED);
                return;
            }
            live.add(socket);
            socket.once('close', () => live.delete(socket));
            resolve(socket);
        });
        connect.once('error', (error) => {
            const certificate = secureProxy && /CERT|SIGNATURE|SELF_SIGNED/.test(error.code ?? '');
            failed(certificate ? `${url.host} failed TLS verification as itself (${error.code})` : `did not open a tunnel (cause=${error.message})`, error);
        });
        connect.end();
    });
}
