/**
 * `oauth2-mock-server` on 127.0.0.1 for the grants oidc-provider does not have:
 * password and refresh_token. The mock issues signed JWTs but checks nothing, so this
 * helper makes it behave like a real server through its own hooks: the client must
 * authenticate as registered (Basic, RFC 6749 §2.3.1, or in the body), the user's
 * password must match, and only refresh tokens it issued and did not revoke are
 * accepted. Token and revocation requests are recorded.
 */
import http from 'node:http';
import { listenOnLoopback } from './loopback.js';
import { OAuth2Issuer, OAuth2Service, type MutableResponse } from 'oauth2-mock-server';

export interface MockClient {
  clientId: string;
  clientSecret: string;
}

export interface RecordedMockRequest {
  headers: http.IncomingHttpHeaders;
  /** The form body's parameters. */
  params: Record<string, string>;
}

export interface MockOAuth2Server {
  /** `http://127.0.0.1:PORT`; metadata only at `/.well-known/openid-configuration`. */
  issuer: string;
  tokenUrl: string;
  revocationUrl: string;
  /** `METHOD /path` of every request, in order. */
  requestLines: string[];
  tokenRequests: RecordedMockRequest[];
  revocationRequests: RecordedMockRequest[];
  /** Refresh tokens issued and not revoked. */
  liveRefreshTokens: Set<string>;
  close(): Promise<void>;
}

type ParsedRequest = http.IncomingMessage & { body?: Record<string, string> };

export async function startMockOAuth2Server(client: MockClient, users: Record<string, string>): Promise<MockOAuth2Server> {
  const issuer = new OAuth2Issuer();
  await issuer.keys.generate('RS256');
  const service = new OAuth2Service(issuer);
  const tokenRequests: RecordedMockRequest[] = [];
  const revocationRequests: RecordedMockRequest[] = [];
  const liveRefreshTokens = new Set<string>();

  service.on('beforeResponse', (response: MutableResponse, req: ParsedRequest) => {
    const params = req.body ?? {};
    tokenRequests.push({ headers: req.headers, params });
    const refusal = clientRefusal(req.headers, params, client) ?? grantRefusal(params, users, liveRefreshTokens);
    if (refusal) {
      Object.assign(response, refusal);
      return;
    }
    const issued = (response.body as Record<string, unknown>).refresh_token;
    if (typeof issued === 'string') liveRefreshTokens.add(issued);
  });
  service.on('beforeRevoke', (response: { statusCode: number }, req: ParsedRequest) => {
    const params = req.body ?? {};
    revocationRequests.push({ headers: req.headers, params });
    if (clientRefusal(req.headers, params, client)) response.statusCode = 401;
    else if (params.token) liveRefreshTokens.delete(params.token);
  });

  const handler = service.requestHandler;
  const requestLines: string[] = [];
  const server = http.createServer((req, res) => {
    requestLines.push(`${req.method} ${req.url}`);
    // The mock reads no body at its revocation endpoint: read it here for the hook.
    if (req.method === 'POST' && req.url === '/revoke') {
      readForm(req).then((body) => {
        (req as ParsedRequest).body = body;
        handler(req, res);
      });
      return;
    }
    handler(req, res);
  });
  const { origin, close } = await listenOnLoopback(server);
  issuer.url = origin;
  return {
    issuer: origin,
    tokenUrl: `${origin}/token`,
    revocationUrl: `${origin}/revoke`,
    requestLines,
    tokenRequests,
    revocationRequests,
    liveRefreshTokens,
    close
  };
}

function readForm(req: http.IncomingMessage): Promise<Record<string, string>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')))));
  });
}

/** RFC 6749 §5.2 `invalid_client` unless the client authenticated as registered. */
function clientRefusal(headers: http.IncomingHttpHeaders, params: Record<string, string>, client: MockClient): MutableResponse | undefined {
  const basic = /^Basic (.+)$/i.exec(headers.authorization ?? '');
  let id = params.client_id;
  let secret = params.client_secret;
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    // RFC 6749 §2.3.1: each half is form-urlencoded before joining.
    const formDecode = (value: string) => decodeURIComponent(value.replace(/\+/g, ' '));
    id = formDecode(decoded.slice(0, colon));
    secret = formDecode(decoded.slice(colon + 1));
  }
  if (id === client.clientId && secret === client.clientSecret) return undefined;
  return { statusCode: 401, body: { error: 'invalid_client', error_description: 'client authentication failed' } };
}

/** RFC 6749 §5.2 `invalid_grant` for a wrong password or an unknown refresh token. */
function grantRefusal(params: Record<string, string>, users: Record<string, string>, liveRefreshTokens: Set<string>): MutableResponse | undefined {
  const invalidGrant = (description: string): MutableResponse => ({ statusCode: 400, body: { error: 'invalid_grant', error_description: description } });
  if (params.grant_type === 'password') {
    const expected = params.username === undefined ? undefined : users[params.username];
    if (expected === undefined || expected !== params.password) return invalidGrant('wrong username or password');
  }
  if (params.grant_type === 'refresh_token' && !liveRefreshTokens.has(params.refresh_token ?? '')) {
    return invalidGrant('unknown or revoked refresh token');
  }
  return undefined;
}
