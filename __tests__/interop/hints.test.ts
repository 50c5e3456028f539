/**
 * The hints table, row by row: a loopback server answers each well-known refusal as the
 * real server does, and the error carries the row's one line saying what to fix and
 * where. Every row of HINTS is exercised; an unknown refusal gets no hint.
 */
import { afterEach, expect, test } from '@jest/globals';
import { HINTS } from '../../src/core/hints.js';
import { getToken, TokenRequestError, type TokenOptions } from '../../src/index.js';
import { startTokenServer, type Reply, type TokenServer } from '../helpers/token-server.js';
import { ciToken } from './fake-ci-token.js';
import { AWKWARD_SECRET, rsaKey } from './servers.js';

let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const entra = (status: number, error: string, description: string): Reply => ({
  status,
  json: { error, error_description: `${description}\r\nTrace ID: 0000 Correlation ID: 0000 Timestamp: 2026-01-01 00:00:00Z`, error_codes: [0] }
});
const oauthError = (status: number, error: string, description?: string): Reply => ({ status, json: { error, ...(description ? { error_description: description } : {}) } });

const federated: TokenOptions = { clientId: '00000000-0000-0000-0000-0000000000c1', clientAssertion: ciToken(200), scope: 'https://graph.microsoft.com/.default' };
const secretClient: TokenOptions = { clientId: 'ci-client', clientSecret: 'fake-client-secret-0123' };

interface Row {
  row: string;
  options: TokenOptions;
  reply: Reply;
  hint: RegExp;
}

const ROWS: Row[] = [
  {
    row: 'Entra ID AADSTS700213 / AADSTS70021: no federated credential matches',
    options: federated,
    reply: entra(400, 'invalid_client', 'AADSTS700213: No matching federated identity record found for presented assertion subject.'),
    hint: /^no federated credential of the Entra ID app matches sub "repo:my-org\/my-repo:environment:prod" and aud "api:\/\/AzureADTokenExchange"; add one with exactly these values in the Azure portal: App registrations > the app > Certificates & secrets > Federated credentials$/
  },
  {
    row: 'Entra ID AADSTS700213 / AADSTS70021: no federated credential matches',
    options: federated,
    reply: entra(400, 'invalid_request', 'AADSTS70021: No matching federated identity record found for presented assertion.'),
    hint: /^no federated credential of the Entra ID app matches sub "repo:my-org\/my-repo:environment:prod" and aud "api:\/\/AzureADTokenExchange"; /
  },
  {
    row: 'Entra ID AADSTS700024: assertion outside its valid time range',
    options: federated,
    reply: entra(400, 'invalid_client', 'AADSTS700024: Client assertion is not within its valid time range.'),
    hint: /^the assertion has expired or is not valid yet: mint it right before this step .+ and check the clock of the machine that signs it$/
  },
  {
    row: 'Entra ID AADSTS7000215: invalid client secret',
    options: { ...secretClient, clientAuth: 'client_secret_post' },
    reply: entra(
      401,
      'invalid_client',
      'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.'
    ),
    hint: /^Entra ID refused the client secret: it has expired, or the secret's ID was stored instead of its Value; create a new one under App registrations > the app > Certificates & secrets and store its Value in the secret behind client-secret$/
  },
  {
    row: 'Entra ID AADSTS700016: no such app in the tenant',
    options: { ...secretClient, clientAuth: 'client_secret_post' },
    reply: entra(400, 'unauthorized_client', "AADSTS700016: Application with identifier 'ci-client' was not found in the directory 'Contoso'."),
    hint: /^Entra ID has no app with this client-id in the tenant of token-url: check client-id \(the app's Application \(client\) ID\) and the tenant in token-url$/
  },
  {
    row: 'Entra ID AADSTS700027: the key that signed the client assertion is not registered',
    options: { clientId: '00000000-0000-0000-0000-0000000000c1', privateKey: rsaKey().pem, scope: 'https://graph.microsoft.com/.default' },
    reply: entra(
      401,
      'invalid_client',
      "AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: 'none']"
    ),
    hint: /^Entra ID does not know the key that signed the assertion: upload its certificate under App registrations > the app > Certificates & secrets > Certificates, and give private-key as the key followed by that certificate \(PEM\), so that the assertion names it \(x5t#S256\)$/
  },
  {
    row: 'Entra ID AADSTS90002: no such tenant',
    options: { ...secretClient, clientAuth: 'client_secret_post' },
    reply: entra(400, 'invalid_request', "AADSTS90002: Tenant 'contoso.onmicrosoft.co' not found."),
    hint: /^Entra ID has no tenant of that id or domain: check the tenant in token-url/
  },
  {
    row: 'the client credentials refused, with an invisible character in the client id or secret',
    options: { clientId: 'ci-client', clientSecret: 'fake-client-secret-0123\u200b' },
    reply: oauthError(401, 'invalid_client'),
    hint: /^client-secret holds an invisible character \(a zero-width space, a control character\), likely copied along with it: copy the value again$/
  },
  {
    row: 'client_secret_basic refused, with credentials the two Basic encodings send differently',
    options: { clientId: 'ci-client', clientSecret: AWKWARD_SECRET },
    reply: { status: 401, text: '' },
    hint: /^the client id or secret holds a character .+; try basic-encoding: raw \(now form-urlencoded\), or client-auth: client_secret_post$/
  },
  {
    row: 'the client credentials refused: invalid_client, or a 401',
    options: secretClient,
    reply: oauthError(401, 'invalid_client', 'Invalid client credentials'),
    hint: /^the server refused the client's credentials: check client-id and the secret behind client-secret \(rotated or expired, or another client's or environment's\)$/
  },
  {
    // How Keycloak answers a wrong client secret.
    row: 'the client credentials refused: invalid_client, or a 401',
    options: secretClient,
    reply: oauthError(401, 'unauthorized_client', 'Invalid client or Invalid client credentials'),
    hint: /^the server refused the client's credentials: check client-id and the secret behind client-secret/
  },
  {
    row: 'the client credentials refused: invalid_client, or a 401',
    options: secretClient,
    reply: { status: 401, text: '' },
    hint: /^the server refused the client's credentials: check client-id and the secret behind client-secret/
  },
  {
    row: 'the client credentials refused: invalid_client, or a 401',
    options: { clientId: 'ci-client', privateKey: rsaKey().pem },
    reply: oauthError(400, 'invalid_client', 'Invalid client assertion'),
    hint: /^the server refused the client's credentials: check client-id and what the server holds to check its assertion \(the public key of private-key, with private-key-id as its kid;/
  },
  {
    // A bare 401 to a password grant: the resource owner's credentials may be what was refused.
    row: 'the client credentials refused: invalid_client, or a 401',
    options: { ...secretClient, grantType: 'password', username: 'u', password: 'fake-pw-1' },
    reply: { status: 401, text: '' },
    hint: /^the server refused the client's credentials: check client-id and the secret behind client-secret \(.*\), or username and password$/
  },
  {
    // A key-signed jwt_bearer grant authenticates no client: the server checks the assertion.
    row: 'the client credentials refused: invalid_client, or a 401',
    options: { clientId: 'ci-client', grantType: 'jwt_bearer', privateKey: rsaKey().pem },
    reply: oauthError(401, 'invalid_client'),
    hint: /^the server refused the client's credentials: check client-id and the public key the server holds for private-key, which signs the assertion/
  },
  {
    row: 'token-url is no token endpoint: 404, 405, or a web page',
    options: secretClient,
    reply: { status: 404, headers: { 'content-type': 'text/html' }, text: '<h1>Not Found</h1>' },
    hint: /^token-url does not look like a token endpoint: check its path \(the token endpoint, often ending in \/token\), or give issuer to discover it; a web page may also come from a sign-in page or proxy in front of it$/
  },
  {
    // The authorization endpoint's sign-in page, or an issuer's home page.
    row: 'token-url is no token endpoint: 404, 405, or a web page',
    options: secretClient,
    reply: { status: 200, headers: { 'content-type': 'Text/HTML; charset=utf-8' }, text: '<form>Sign in</form>' },
    hint: /^token-url does not look like a token endpoint/
  },
  {
    row: 'unsupported_grant_type',
    options: { ...secretClient, grantType: 'account_credentials', extraParams: 'account_id=fake-42' },
    reply: oauthError(400, 'unsupported_grant_type'),
    hint: /^the server does not support grant_type "account_credentials": check grant-type, and that the server \(its admin console or configuration\) has this grant enabled$/
  },
  {
    row: 'unauthorized_client: the client may not use this grant',
    options: { ...secretClient, grantType: 'password', username: 'u', password: 'fake-pw-1' },
    reply: oauthError(400, 'unauthorized_client', 'Client not enabled for direct access grants'),
    hint: /^the client is not allowed grant_type "password": allow this grant type in the client's \(application's\) settings on the authorization server, or use a grant it allows$/
  },
  {
    row: 'invalid_scope',
    options: { ...secretClient, scope: 'admin:all' },
    reply: oauthError(400, 'invalid_scope'),
    hint: /^the server refused scope "admin:all": ask only for scopes the client is granted \(input scope\), or grant them to the client on the server$/
  },
  {
    row: 'invalid_scope',
    options: secretClient,
    reply: oauthError(400, 'invalid_scope'),
    hint: /^no scope was asked and the server has no default scope for this client: set input scope, or give the client a default scope on the server$/
  },
  {
    row: 'Auth0 access_denied for a missing audience',
    options: { ...secretClient, clientAuth: 'client_secret_post' },
    reply: oauthError(403, 'access_denied', 'No audience parameter was provided, and no default audience has been configured'),
    hint: /^Auth0 issues a token for an API only: set input audience to the API's Identifier \(Auth0 dashboard > Applications > APIs\), or set a Default Audience in the tenant settings$/
  }
];

async function refusedWith(reply: Reply, options: TokenOptions): Promise<TokenRequestError> {
  server = await startTokenServer([reply]);
  const error = await getToken({ tokenUrl: server.tokenUrl, ...options }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(TokenRequestError);
  return error as TokenRequestError;
}

test('every row of the table is exercised below', () => {
  expect([...new Set(ROWS.map((row) => row.row))]).toEqual(HINTS.map((row) => row.name));
});

test.each(ROWS.map((row) => [row.row, row] as const))('%s', async (_, row) => {
  const error = await refusedWith(row.reply, row.options);
  expect(error.hint).toMatch(row.hint);
});

test('a web page answered to a request that presented a CI token: the hint, but no claims line, which explains a refusal only', async () => {
  const error = await refusedWith({ status: 200, headers: { 'content-type': 'text/html' }, text: '<html></html>' }, federated);
  expect({ hint: error.hint, federatedClaims: error.federatedClaims }).toEqual({ hint: expect.stringMatching(/^token-url does not look like/), federatedClaims: undefined });
});

test.each([
  ['an error no row knows', oauthError(400, 'invalid_grant', 'expired'), secretClient],
  ['access_denied that is not about the audience', oauthError(403, 'access_denied', 'Unauthorized'), secretClient],
  [
    'access_denied for an audience when one was sent',
    oauthError(403, 'access_denied', 'Service not found: bad audience'),
    { ...secretClient, audience: 'https://api.example.test' }
  ],
  ['a bare 403 (a firewall, a missing permission)', { status: 403, text: '' } as Reply, secretClient],
  ['a 200 JSON answer without a token', { json: { status: 'ok' } } as Reply, secretClient]
])('no hint for %s', async (_, reply, options) => {
  expect((await refusedWith(reply, options)).hint).toBeUndefined();
});
