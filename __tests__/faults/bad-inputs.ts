/**
 * The validation table: one wrong (or missing) value of an input per row, on top of the
 * fault scenarios' base inputs, and the sentence that must follow the input's name. Each
 * row must fail before any request is sent, naming the input and what it accepts.
 */
import { generateKeyPairSync } from 'node:crypto';

/** Private keys as PKCS #8 PEM: secrets, so the leak matrix looks for them too. */
function pemKey(type: 'ec', namedCurve: string): string {
  return generateKeyPairSync(type, { namedCurve }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
export const P256_KEY = pemKey('ec', 'prime256v1');
export const P384_KEY = pemKey('ec', 'secp384r1');

export interface BadInput {
  /** What is wrong. */
  name: string;
  /** Inputs that replace the base ones; '' removes one (blank means unset). */
  inputs: Record<string, string>;
  /** The input the failure names. */
  input: string;
  /** What follows the input's name in the message. */
  problem: RegExp;
  /** Only the GitHub Action takes this input (export-env, revoke; revocation-url, which the CLI's token command refuses). */
  actionOnly?: boolean;
}

const oneOf = (values: string, got: string) => new RegExp(`^must be one of ${values} \\(got "${got.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\)$`);
const PRESETS = '[a-z]+(, [a-z]+)*';
const GRANTS = 'client_credentials, password, refresh_token, token_exchange, jwt_bearer';
const CUSTOM_GRANT_RULE = (got: string) =>
  new RegExp(
    `^must be one of ${GRANTS}, an absolute URI or a grant name of letters, digits, "-", "\\." and "_" \\(RFC 6749 §4\\.5\\) \\(got "${got.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\)$`
  );
const CLIENT_AUTHS = 'client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt, none';
const TIMEOUT_RULE = (got: string) => new RegExp(`^must be a number of seconds above 0 and at most 600 \\(got "${got}"\\)$`);
const RETRIES_RULE = (got: string) => new RegExp(`^must be a whole number from 0 to 10 \\(got "${got}"\\)$`);
const keyAuth = { 'client-auth': 'private_key_jwt', 'client-secret': '' };
/** The base inputs are a password grant; another grant must not carry its inputs along. */
const notPassword = { username: '', password: '' };
/** A jwt_bearer grant whose assertion the private key signs (RFC 7523 §3). */
const signedGrant = { ...notPassword, 'grant-type': 'jwt_bearer', 'client-secret': '', 'private-key': P256_KEY };

const RESERVED_ENV = (name: string) =>
  new RegExp(`^names a variable the runner, Node or the shell of later steps rely on \\(got "${name}"\\); choose a name of your own like ACCESS_TOKEN$`);

export const BAD_INPUTS: readonly BadInput[] = [
  { name: 'unknown provider', inputs: { provider: 'okta' }, input: 'provider', problem: oneOf(PRESETS, 'okta') },
  { name: 'provider that is an Object property', inputs: { provider: 'constructor' }, input: 'provider', problem: oneOf(PRESETS, 'constructor') },
  {
    name: 'browser-only grant type',
    inputs: { 'grant-type': 'implicit' },
    input: 'grant-type',
    problem: /^must be a grant with a token request this step can make: "implicit" is a browser flow with no token request \(RFC 6749 §4\.2\)$/
  },
  {
    name: 'grant type that needs a redirect',
    inputs: { 'grant-type': 'authorization_code' },
    input: 'grant-type',
    problem: /^must be a grant with a token request this step can make: "authorization_code" needs a browser redirect \(RFC 6749 §4\.1\), which a CI job cannot follow$/
  },
  { name: 'custom grant type with a space', inputs: { 'grant-type': 'account credentials' }, input: 'grant-type', problem: CUSTOM_GRANT_RULE('account credentials') },
  {
    name: 'custom grant type with a control character',
    inputs: { 'grant-type': 'urn:example:grant\u0007bell' },
    input: 'grant-type',
    problem: CUSTOM_GRANT_RULE('urn:example:grant\\u0007bell')
  },
  { name: 'unknown client auth', inputs: { 'client-auth': 'basic' }, input: 'client-auth', problem: oneOf(CLIENT_AUTHS, 'basic') },
  { name: 'unknown body format', inputs: { 'body-format': 'xml' }, input: 'body-format', problem: oneOf('form, json', 'xml') },
  { name: 'unknown signing algorithm', inputs: { 'signing-algorithm': 'HS512' }, input: 'signing-algorithm', problem: oneOf('RS256, PS256, ES256', 'HS512') },
  { name: 'non-numeric timeout', inputs: { 'timeout-seconds': 'ten' }, input: 'timeout-seconds', problem: TIMEOUT_RULE('ten') },
  { name: 'zero timeout', inputs: { 'timeout-seconds': '0' }, input: 'timeout-seconds', problem: TIMEOUT_RULE('0') },
  { name: 'negative timeout', inputs: { 'timeout-seconds': '-5' }, input: 'timeout-seconds', problem: TIMEOUT_RULE('-5') },
  { name: 'timeout above the cap', inputs: { 'timeout-seconds': '601' }, input: 'timeout-seconds', problem: TIMEOUT_RULE('601') },
  { name: 'negative retries', inputs: { retries: '-1' }, input: 'retries', problem: RETRIES_RULE('-1') },
  { name: 'non-numeric retries', inputs: { retries: 'three' }, input: 'retries', problem: RETRIES_RULE('three') },
  { name: 'fractional retries', inputs: { retries: '1.5' }, input: 'retries', problem: RETRIES_RULE('1.5') },
  { name: 'retries above the cap', inputs: { retries: '11' }, input: 'retries', problem: RETRIES_RULE('11') },
  {
    name: 'signing-algorithm with no private key to sign (client_secret_jwt signs HS256)',
    inputs: { 'client-auth': 'client_secret_jwt', 'signing-algorithm': 'ES256' },
    input: 'signing-algorithm',
    problem: /^is only used when a private-key signs here/
  },
  {
    name: 'private-key-id holding the key (swapped inputs), which the header would send',
    inputs: { ...signedGrant, 'private-key-id': P256_KEY },
    input: 'private-key-id',
    problem: /^holds a line break, a control character or PEM armor; /
  },
  {
    name: 'private-key-id holding the key on one line, its line breaks turned into spaces',
    inputs: { ...signedGrant, 'private-key-id': P256_KEY.trim().replaceAll('\n', ' ') },
    input: 'private-key-id',
    problem: /^holds a line break, a control character or PEM armor; it is the key's short name \(RFC 7515 §4\.1\.4\), sent in the clear, not the key$/
  },
  { name: 'private-key-id with a client secret', inputs: { 'private-key-id': 'kid-1' }, input: 'private-key-id', problem: /^is only used when a private-key signs here/ },
  { name: 'header line without a colon', inputs: { headers: 'X-Custom value' }, input: 'headers', problem: /^line 1 is not "Name: value"$/ },
  {
    name: 'a framing header (Transfer-Encoding)',
    inputs: { headers: 'Transfer-Encoding: chunked' },
    input: 'headers',
    problem: /^must not set Transfer-Encoding: it follows from/
  },
  { name: 'a header given twice, whatever the case', inputs: { headers: 'X-A: 1\nx-a: 2' }, input: 'headers', problem: /^sets x-a twice; give one line for it$/ },
  {
    name: 'an extra param that another input controls, in another case',
    inputs: { 'extra-params': 'Grant_Type=password' },
    input: 'extra-params',
    problem: /^sets "Grant_Type", which another input controls; use that input$/
  },
  {
    name: 'a client id with ":" and raw Basic credentials',
    inputs: { 'client-id': 'a:b', 'basic-encoding': 'raw' },
    input: 'client-id',
    problem: /^holds ":", which raw Basic credentials cannot carry \(RFC 7617 §2\)/
  },
  {
    name: 'a client secret with a tab and raw Basic credentials',
    inputs: { 'client-secret': 'fake\tsecret-0123', 'basic-encoding': 'raw' },
    input: 'client-secret',
    problem:
      /^holds a control character \(a line break, a tab\), which raw Basic credentials cannot carry \(RFC 7617 §2\); check the value, or use basic-encoding: form-urlencoded$/
  },
  {
    name: 'a client id with a line break and raw Basic credentials',
    inputs: { 'client-id': 'my\nclient', 'basic-encoding': 'raw' },
    input: 'client-id',
    problem: /^holds a control character \(a line break, a tab\), which raw Basic credentials cannot carry/
  },
  { name: 'second header line malformed', inputs: { headers: 'X-Ok: 1\nno colon here' }, input: 'headers', problem: /^line 2 is not "Name: value"$/ },
  {
    name: 'header name with a space',
    inputs: { headers: 'Bad Name: v' },
    input: 'headers',
    problem: /^line 1 has an invalid header name \(letters, digits and .+ only, then ":"\)$/
  },
  {
    name: 'header value outside Latin-1',
    inputs: { headers: 'X-Note: snow \u2603' },
    input: 'headers',
    problem: /^header "X-Note" has a character outside printable ASCII in its value \(a control character, or a letter servers read in different ways\); percent-encode it$/
  },
  {
    name: 'header value with a Latin-1 letter, which would go out as UTF-8',
    inputs: { headers: 'X-Note: caf\u00e9' },
    input: 'headers',
    problem: /^header "X-Note" has a character outside printable ASCII in its value/
  },
  {
    name: 'header value with a C1 control',
    inputs: { headers: 'X-Note: a\u0085b' },
    input: 'headers',
    problem: /^header "X-Note" has a character outside printable ASCII in its value/
  },
  {
    name: 'Authorization header over client_secret_basic',
    inputs: { headers: 'Authorization: Bearer abc' },
    input: 'headers',
    problem: /^must not set Authorization with client-auth "client_secret_basic", which sets it$/
  },
  {
    name: 'Content-Type header',
    inputs: { headers: 'content-type: text/plain' },
    input: 'headers',
    problem: /^must not set content-type: it follows from "body-format" and the URL$/
  },
  {
    name: 'Content-Length header',
    inputs: { headers: 'Content-Length: 1' },
    input: 'headers',
    problem: /^must not set Content-Length: it follows from "body-format" and the URL$/
  },
  { name: 'Host header', inputs: { headers: 'Host: evil.example' }, input: 'headers', problem: /^must not set Host: it follows from "body-format" and the URL$/ },
  { name: 'extra-params line without =', inputs: { 'extra-params': 'novalue' }, input: 'extra-params', problem: /^line 1 is not key=value$/ },
  { name: 'extra-params line without a key', inputs: { 'extra-params': '=value' }, input: 'extra-params', problem: /^line 1 is not key=value$/ },
  {
    name: 'extra-params overriding grant_type',
    inputs: { 'extra-params': 'grant_type=client_credentials' },
    input: 'extra-params',
    problem: /^sets "grant_type", which another input controls; use that input$/
  },
  {
    name: 'extra-params overriding client_secret',
    inputs: { 'extra-params': 'client_secret=other' },
    input: 'extra-params',
    problem: /^sets "client_secret", which another input controls; use that input$/
  },
  {
    name: 'extra-params overriding username',
    inputs: { 'extra-params': 'username=other' },
    input: 'extra-params',
    problem: /^sets "username", which another input controls; use that input$/
  },
  { name: 'token URL that does not parse', inputs: { 'token-url': 'not a url' }, input: 'token-url', problem: /^is not an absolute URL \(expected https:\/\/host\/path\)$/ },
  { name: 'token URL with another scheme', inputs: { 'token-url': 'ftp://auth.example.com/token' }, input: 'token-url', problem: /^must be an https:\/\/ URL \(got ftp:\/\/\)$/ },
  {
    name: 'plain http token URL on a public host',
    inputs: { 'token-url': 'http://auth.example.com/token' },
    input: 'token-url',
    problem: /^must use https:\/\/ \(http:\/\/ is accepted only for localhost, 127\.0\.0\.0\/8 and \[::1\]; got host auth\.example\.com\)$/
  },
  {
    name: 'token URL with credentials',
    inputs: { 'token-url': 'https://ci:hunter2@auth.example.com/token' },
    input: 'token-url',
    problem: /^must not contain credentials; use "client-id" and "client-secret"$/
  },
  { name: 'token URL with a fragment', inputs: { 'token-url': 'https://auth.example.com/token#x' }, input: 'token-url', problem: /^must not contain a #fragment$/ },
  { name: 'no token URL and no issuer', inputs: { 'token-url': '' }, input: 'token-url', problem: /^is required with provider "generic" \(or give "issuer" for discovery\)$/ },
  { name: 'issuer that does not parse', inputs: { issuer: 'my issuer' }, input: 'issuer', problem: /^is not an absolute URL \(expected https:\/\/host\/path\)$/ },
  {
    name: 'issuer with a query',
    inputs: { 'token-url': '', issuer: 'https://auth.example.com/?tenant=1' },
    input: 'issuer',
    problem: /^must not contain a \?query \(RFC 8414 §2\)$/
  },
  // The CLI's token command refuses --revocation-url whatever its value (it has no effect there): see __tests__/cli/exit-usage.test.ts.
  {
    name: 'revocation URL that does not parse',
    inputs: { 'revocation-url': 'nope' },
    input: 'revocation-url',
    problem: /^is not an absolute URL \(expected https:\/\/host\/path\)$/,
    actionOnly: true
  },
  { name: 'relative resource', inputs: { resource: 'api' }, input: 'resource', problem: /^must be absolute URIs without a #fragment, one per line \(got "api"\)$/ },
  { name: 'missing client id', inputs: { 'client-id': '' }, input: 'client-id', problem: /^is required with client-auth "client_secret_basic"$/ },
  {
    name: 'missing client secret',
    inputs: { 'client-auth': 'client_secret_basic', 'client-secret': '' },
    input: 'client-secret',
    problem: /^is required with client-auth "client_secret_basic"$/
  },
  {
    name: 'client credentials: client id with an empty secret and no client-auth (a misnamed secret)',
    inputs: { ...notPassword, 'grant-type': 'client_credentials', 'client-secret': '' },
    input: 'client-secret',
    problem:
      /^is required when "client-id" is given for grant-type "client_credentials" \(or give "private-key", "client-assertion" or "github-oidc-audience"\), or set client-auth: none for a public client$/
  },
  {
    name: 'client credentials with no client id and no credential at all',
    inputs: { ...notPassword, 'grant-type': 'client_credentials', 'client-id': '', 'client-secret': '' },
    input: 'client-id',
    problem: /^is required for grant-type "client_credentials" \(with a client-secret, private-key, client-assertion or github-oidc-audience\)$/
  },
  { name: 'missing username', inputs: { username: '' }, input: 'username', problem: /^is required with grant-type "password"$/ },
  { name: 'missing password', inputs: { password: '' }, input: 'password', problem: /^is required with grant-type "password"$/ },
  {
    name: 'refresh grant without a refresh token',
    inputs: { ...notPassword, 'grant-type': 'refresh_token' },
    input: 'refresh-token',
    problem: /^is required with grant-type "refresh_token"$/
  },
  {
    name: 'token exchange without a subject token',
    inputs: { ...notPassword, 'grant-type': 'token_exchange' },
    input: 'subject-token',
    problem: /^is required with grant-type "token_exchange"$/
  },
  {
    name: 'actor token without its type',
    inputs: { ...notPassword, 'grant-type': 'token_exchange', 'subject-token': 'st-FAULT-subject-0123', 'actor-token': 'act-FAULT-actor-4567' },
    input: 'actor-token-type',
    problem: /^is required when "actor-token" is given$/
  },
  {
    name: 'jwt_bearer without an assertion',
    inputs: { ...notPassword, 'grant-type': 'jwt_bearer' },
    input: 'assertion',
    problem: /^is required with grant-type "jwt_bearer" \(or give "private-key" to sign one\)$/
  },
  {
    name: 'private_key_jwt without a key',
    inputs: keyAuth,
    input: 'private-key',
    problem: /^\(or "client-assertion", or "github-oidc-audience"\) is required with client-auth "private_key_jwt"$/
  },
  { name: 'private key that is not PEM', inputs: { ...keyAuth, 'private-key': 'pk-FAULT-not-a-pem-key-0123456789' }, input: 'private-key', problem: /^must be a PEM private key/ },
  {
    name: 'private key and client assertion both',
    inputs: { ...keyAuth, 'private-key': P256_KEY, 'client-assertion': 'ca-FAULT.assertion.0123456789' },
    input: 'client-assertion',
    problem: /^and input "private-key" are both given; give one of them$/
  },
  {
    name: 'signing algorithm that does not fit the key',
    inputs: { ...keyAuth, 'private-key': P256_KEY, 'signing-algorithm': 'RS256' },
    input: 'signing-algorithm',
    problem: /^"RS256" does not fit the private key \(ec prime256v1\); use RS256 or PS256 with an RSA key, ES256 with an EC P-256 key$/
  },
  {
    name: 'private key on an unsupported curve',
    inputs: { ...keyAuth, 'private-key': P384_KEY },
    input: 'private-key',
    problem: /^must be an RSA or EC P-256 key \(got ec secp384r1\)$/
  },
  {
    name: 'github-oidc-audience with nothing to stand in for',
    inputs: { 'github-oidc-audience': 'api://ci' },
    input: 'github-oidc-audience',
    problem: /^is given but nothing uses it/
  },
  {
    name: 'github-oidc-audience without the id-token permission',
    inputs: { ...notPassword, 'grant-type': 'client_credentials', 'client-secret': '', 'github-oidc-audience': 'api://ci' },
    input: 'github-oidc-audience',
    // The action runs in a GitHub Actions job; the CLI here does not (federation.test has each message whole).
    problem: /ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job lacks "permissions: id-token: write"|^works only in a GitHub Actions job/
  },
  {
    name: 'password-grant inputs with another grant',
    inputs: { 'grant-type': 'client_credentials' },
    input: 'username',
    problem: /^is only used with grant-type "password", but grant-type is "client_credentials"$/
  },
  {
    name: 'client secret with client-auth none',
    inputs: { 'client-auth': 'none' },
    input: 'client-secret',
    problem: /^is not used with client-auth "none"; remove it or choose a client_secret_\* method$/
  },
  {
    name: 'private key with a client-secret method',
    inputs: { 'client-auth': 'client_secret_post', 'private-key': P256_KEY },
    input: 'private-key',
    problem: /^is only used with client-auth "private_key_jwt", but client-auth is "client_secret_post"$/
  },
  { name: 'unknown basic encoding', inputs: { 'basic-encoding': 'base64' }, input: 'basic-encoding', problem: oneOf('form-urlencoded, raw', 'base64') },
  {
    name: 'basic encoding without Basic',
    inputs: { 'client-auth': 'client_secret_post', 'basic-encoding': 'raw' },
    input: 'basic-encoding',
    problem: /^is only used with client-auth "client_secret_basic", but client-auth is "client_secret_post"$/
  },
  {
    name: 'client assertion audience that is neither a keyword nor an absolute URL',
    inputs: { ...keyAuth, 'private-key': P256_KEY, 'client-assertion-audience': 'tokenendpoint' },
    input: 'client-assertion-audience',
    problem: /^must be one of token-endpoint, endpoint, issuer or an absolute URL \(got "tokenendpoint"\)$/
  },
  {
    name: 'client assertion audience issuer with no issuer known',
    inputs: { ...keyAuth, 'private-key': P256_KEY, 'client-assertion-audience': 'issuer' },
    input: 'client-assertion-audience',
    problem: /^is "issuer" but no "issuer" is given; set "issuer" or use another audience$/
  },
  {
    name: 'client assertion audience with no client assertion to sign',
    inputs: { 'client-assertion-audience': 'endpoint' },
    input: 'client-assertion-audience',
    problem:
      /^is only used when a client assertion is signed here \(client-auth "private_key_jwt" with "private-key", or "client_secret_jwt"\), not for a client-assertion or the job's OIDC token$/
  },
  {
    name: 'assertion claims that are not JSON',
    inputs: { ...signedGrant, 'assertion-claims': 'scope=x' },
    input: 'assertion-claims',
    problem: /^must be a JSON object, e\.g\. \{"scope": "[^"]+"\} \(it is not valid JSON\)$/
  },
  {
    name: 'assertion claims that are not an object',
    inputs: { ...signedGrant, 'assertion-claims': '"scope"' },
    input: 'assertion-claims',
    problem: /^must be a JSON object, e\.g\. .+ \(got a string\)$/
  },
  {
    name: 'assertion claims setting jti, which each signing sets anew',
    inputs: { ...signedGrant, 'assertion-claims': '{"jti": "fixed"}' },
    input: 'assertion-claims',
    problem: /^sets "jti", which is set here for each request \(now, 5 minutes, a fresh UUID\); remove it$/
  },
  {
    name: 'assertion claims setting sub to a number',
    inputs: { ...signedGrant, 'assertion-claims': '{"sub": 123}' },
    input: 'assertion-claims',
    problem: /^sets "sub" to something other than a non-empty string$/
  },
  {
    name: 'assertion claims setting iss with assertion-issuer',
    inputs: { ...signedGrant, 'assertion-claims': '{"iss": "a"}', 'assertion-issuer': 'b' },
    input: 'assertion-claims',
    problem: /^sets "iss", which input "assertion-issuer" sets too; set it in one place$/
  },
  {
    name: 'assertion claims setting aud with assertion-audience',
    inputs: { ...signedGrant, 'assertion-claims': '{"aud": "a"}', 'assertion-audience': 'https://login.example.test' },
    input: 'assertion-claims',
    problem: /^sets "aud", which input "assertion-audience" sets too; set it in one place$/
  },
  {
    name: 'assertion issuer with nothing to sign',
    inputs: { 'assertion-issuer': 'someone' },
    input: 'assertion-issuer',
    problem: /^is only used with grant-type "jwt_bearer", a "private-key" and no "assertion" \(the assertion is then signed here\)$/
  },
  {
    name: 'signed jwt_bearer assertion with no issuer',
    inputs: { ...signedGrant, 'client-id': '' },
    input: 'assertion-issuer',
    problem: /^is required to sign the jwt_bearer assertion \(its default, "client-id", is not given either\)$/
  },
  {
    name: 'signed jwt_bearer assertion with an unsupported key',
    inputs: { ...signedGrant, 'private-key': P384_KEY },
    input: 'private-key',
    problem: /^must be an RSA or EC P-256 key \(got ec secp384r1\)$/
  },
  { name: 'preset that needs a scope', inputs: { provider: 'understory', 'grant-type': 'client_credentials' }, input: 'scope', problem: /^is required by provider "understory"$/ },
  {
    name: 'export-env that is not a variable name',
    inputs: { 'export-env': 'ACCESS-TOKEN' },
    input: 'export-env',
    problem: /^must be an environment variable name like ACCESS_TOKEN \(got "ACCESS-TOKEN"\)$/,
    actionOnly: true
  },
  { name: 'export-env PATH (every later step would run the token)', inputs: { 'export-env': 'PATH' }, input: 'export-env', problem: RESERVED_ENV('PATH'), actionOnly: true },
  { name: 'export-env node_options, in lower case', inputs: { 'export-env': 'node_options' }, input: 'export-env', problem: RESERVED_ENV('node_options'), actionOnly: true },
  { name: 'export-env LD_PRELOAD', inputs: { 'export-env': 'LD_PRELOAD' }, input: 'export-env', problem: RESERVED_ENV('LD_PRELOAD'), actionOnly: true },
  { name: 'export-env GITHUB_PATH', inputs: { 'export-env': 'GITHUB_PATH' }, input: 'export-env', problem: RESERVED_ENV('GITHUB_PATH'), actionOnly: true },
  { name: 'export-env BASH_ENV', inputs: { 'export-env': 'BASH_ENV' }, input: 'export-env', problem: RESERVED_ENV('BASH_ENV'), actionOnly: true },
  {
    name: 'export-env GIT_SSH_COMMAND (git would run the token)',
    inputs: { 'export-env': 'GIT_SSH_COMMAND' },
    input: 'export-env',
    problem: RESERVED_ENV('GIT_SSH_COMMAND'),
    actionOnly: true
  },
  { name: 'export-env EDITOR', inputs: { 'export-env': 'EDITOR' }, input: 'export-env', problem: RESERVED_ENV('EDITOR'), actionOnly: true },
  { name: 'export-env Home, as Windows compares names', inputs: { 'export-env': 'Home' }, input: 'export-env', problem: RESERVED_ENV('Home'), actionOnly: true },
  { name: 'revoke that is not a boolean', inputs: { revoke: 'yes' }, input: 'revoke', problem: /^must be true or false \(got "yes"\)$/, actionOnly: true },
  { name: 'revoke without a revocation endpoint', inputs: { revoke: 'true' }, input: 'revocation-url', problem: /^is required with revoke: true/, actionOnly: true },
  {
    name: 'keep-fresh with a refresh-margin-seconds that is not a duration',
    inputs: { 'keep-fresh': 'true', 'refresh-margin-seconds': 'soon' },
    input: 'refresh-margin-seconds',
    problem: /^must be a number of seconds, 0 or more \(got "soon"\)$/,
    actionOnly: true
  },
  {
    name: 'an issuer with its metadata path copied along',
    inputs: { issuer: 'https://auth.example.test/realms/ci/.well-known/openid-configuration' },
    input: 'issuer',
    problem: /^is a metadata URL, not the issuer: leave out "\/\.well-known\/openid-configuration"$/
  },
  {
    name: 'an issuer with the metadata path inserted before its own (RFC 8414 §3.1)',
    inputs: { issuer: 'https://auth.example.test/.well-known/oauth-authorization-server/tenant1' },
    input: 'issuer',
    problem: /^is a metadata URL, not the issuer: leave out "\/\.well-known\/oauth-authorization-server"$/
  },
  {
    name: 'a refresh-margin-seconds that is not a duration, without keep-fresh',
    inputs: { 'refresh-margin-seconds': '60s' },
    input: 'refresh-margin-seconds',
    problem: /^must be a number of seconds, 0 or more \(got "60s"\)$/,
    actionOnly: true
  },
  {
    name: 'keep-fresh with a one-shot subject token given by value',
    inputs: { 'keep-fresh': 'true', 'grant-type': 'token_exchange', 'subject-token': 'a.b.c', 'client-secret': '', 'client-auth': 'none' },
    input: 'subject-token',
    problem: /^is a one-shot token given by value, which keep-fresh cannot use again/,
    actionOnly: true
  }
];
