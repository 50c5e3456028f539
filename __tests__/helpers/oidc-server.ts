/**
 * A real, certified OpenID provider (`oidc-provider`) on 127.0.0.1 for end-to-end
 * tests: client credentials, introspection, revocation and RFC 8707 resource
 * indicators (JWT access tokens whose `aud` is the resource) enabled. Without a
 * resource the access token is opaque, so it can be revoked and introspected.
 */
import http from 'node:http';
import { listenOnLoopback } from './loopback.js';
import Provider, { type ClientMetadata, type Configuration } from 'oidc-provider';

export interface OidcServer {
  /** `http://127.0.0.1:PORT` */
  issuer: string;
  provider: Provider;
  /** Every request's method, path and headers, in order (bodies stay with the provider). */
  requests: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** The scope and audience every resource indicator is granted. */
export const RESOURCE_SCOPE = 'api:read';

export interface OidcServerOptions {
  /** Mount the provider under this path (`/realms/ci`), so the issuer has a path as Keycloak's and Entra's do. */
  path?: string;
}

export async function startOidcServer(clients: ClientMetadata[], configuration: Configuration = {}, options: OidcServerOptions = {}): Promise<OidcServer> {
  const server = http.createServer();
  const { origin, close } = await listenOnLoopback(server);
  const mountPath = options.path?.replace(/\/$/, '') ?? '';
  const issuer = `${origin}${mountPath}`;
  const settings: Configuration = {
    clients,
    scopes: ['openid', 'offline_access', RESOURCE_SCOPE],
    ttl: { ClientCredentials: 600, AccessToken: 600 },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      // Any authenticated client may introspect: tests ask as the token's own client.
      introspection: { enabled: true, allowedPolicy: () => true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => undefined as unknown as string,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => ({ scope: RESOURCE_SCOPE, audience: resource, accessTokenFormat: 'jwt', accessTokenTTL: 600 })
      }
    },
    ...configuration
  };
  const provider = quietly(() => new Provider(issuer, settings));
  const requests: OidcServer['requests'] = [];
  server.on('request', (req: http.IncomingMessage) => requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers }));
  server.on('request', mountPath ? mounted(mountPath, provider.callback()) : provider.callback());
  return {
    issuer,
    provider,
    requests,
    close
  };
}

/**
 * Runs `create` without oidc-provider's development-mode warnings (in-memory adapter,
 * quick-start keys), which are right for tests and would bury their output.
 */
function quietly<T>(create: () => T): T {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('oidc-provider WARNING')) warn(...args);
  };
  try {
    return create();
  } finally {
    console.warn = warn;
  }
}

/** Serves `handler` under `path` only, as oidc-provider's mounting guide does; 404 elsewhere. */
function mounted(path: string, handler: http.RequestListener): http.RequestListener {
  return (req, res) => {
    const url = req.url ?? '/';
    if (url !== path && !url.startsWith(`${path}/`) && !url.startsWith(`${path}?`)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // oidc-provider derives the mount path from originalUrl when it builds its URLs.
    (req as http.IncomingMessage & { originalUrl?: string }).originalUrl = url;
    req.url = url.slice(path.length) || '/';
    handler(req, res);
  };
}

/** A confidential client that may only use client_credentials, registered with `method`. */
export function machineClient(clientId: string, clientSecret: string, method: 'client_secret_basic' | 'client_secret_post' = 'client_secret_basic'): ClientMetadata {
  return {
    client_id: clientId,
    client_secret: clientSecret,
    grant_types: ['client_credentials'],
    redirect_uris: [],
    response_types: [],
    token_endpoint_auth_method: method,
    scope: RESOURCE_SCOPE
  };
}

/**
 * Asks the provider's introspection endpoint (RFC 7662) about `token`, as `client`
 * (which authenticates with its registered method).
 */
export async function introspect(server: OidcServer, client: ClientMetadata, token: string): Promise<Record<string, unknown>> {
  const form = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  const body = new URLSearchParams({ token });
  if (client.token_endpoint_auth_method === 'client_secret_post') {
    body.set('client_id', client.client_id);
    body.set('client_secret', String(client.client_secret));
  } else {
    headers.authorization = `Basic ${Buffer.from(`${form(client.client_id)}:${form(String(client.client_secret))}`).toString('base64')}`;
  }
  const response = await fetch(`${server.issuer}/token/introspection`, { method: 'POST', headers, body });
  if (response.status !== 200) throw new Error(`introspection answered HTTP ${response.status}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** The claims of a JWT, unverified: tests read `aud` and `client_id` from an access token. */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
