/**
 * A real, certified OpenID provider (`oidc-provider`) on 127.0.0.1 for end-to-end
 * tests: client credentials, introspection, revocation and RFC 8707 resource
 * indicators (JWT access tokens whose `aud` is the resource) enabled.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata, type Configuration } from 'oidc-provider';

export interface OidcServer {
  /** `http://127.0.0.1:PORT` */
  issuer: string;
  provider: Provider;
  close(): Promise<void>;
}

/** The scope and audience every resource indicator is granted. */
export const RESOURCE_SCOPE = 'api:read';

export async function startOidcServer(clients: ClientMetadata[], configuration: Configuration = {}): Promise<OidcServer> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients,
    scopes: ['openid', 'offline_access', RESOURCE_SCOPE],
    ttl: { ClientCredentials: 600, AccessToken: 600 },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => undefined as unknown as string,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => ({ scope: RESOURCE_SCOPE, audience: resource, accessTokenFormat: 'jwt', accessTokenTTL: 600 })
      }
    },
    ...configuration
  });
  server.on('request', provider.callback());
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    issuer,
    provider,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}
