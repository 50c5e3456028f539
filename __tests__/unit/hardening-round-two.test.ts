/**
 * Issue 10, the library's part: number options given as numeric strings, PEM keys with
 * literal `\r\n` escapes, JSON bodies built from own keys only, proxies read as curl
 * reads them, and redirects named with their resolved `Location`. Each has a runner-level
 * counterpart in the fault suite, the leak matrix or the proxy suite.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { TokenRequestError } from '../../src/core/errors.js';
import { proxyFor } from '../../src/core/http.js';
import { signClientAssertion } from '../../src/core/jwt.js';
import { redirectTarget } from '../../src/core/redirect.js';
import { parseTokenResponse } from '../../src/core/response.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { encodeBody } from '../../src/core/token-request.js';
import { getToken } from '../../src/index.js';
import { startTokenServer, tokenReply, type TokenServer } from '../helpers/token-server.js';
import { verifyJwt } from '../helpers/jwt-verify.js';

describe('number options as numeric strings', () => {
  let server: TokenServer;
  beforeAll(async () => {
    server = await startTokenServer([{ status: 503, text: 'down' }, tokenReply({ access_token: 'at-numeric-strings-0123' })]);
  });
  afterAll(() => server.close());

  test("retries: '1' and timeoutSeconds: '5' are one retry and five seconds, as the action reads them", async () => {
    const slept: number[] = [];
    const token = await getToken(
      { tokenUrl: server.tokenUrl, clientId: 'c', clientSecret: 'fake-numeric-secret', retries: '1', timeoutSeconds: '5' },
      { sleep: async (ms) => void slept.push(ms), random: () => 0.5 }
    );
    expect({ accessToken: token.accessToken, requests: server.requests.length, slept }).toEqual({ accessToken: 'at-numeric-strings-0123', requests: 2, slept: [375] });
  });
});

describe('a PEM key with literal \\r\\n escapes (JSON-escaped on Windows)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const escaped = pem.trim().split('\n').join('\\r\\n');

  test('signs like the same key with literal \\n escapes', () => {
    const assertion = signClientAssertion({ clientId: 'ci', audience: 'https://auth.example.test/token', key: { privateKeyPem: escaped }, now: 1_700_000_000 });
    expect(verifyJwt(assertion, publicKey).header).toMatchObject({ alg: 'ES256' });
  });

  test('is read also with a real newline at its end, as a file read whole gives it', () => {
    const assertion = signClientAssertion({ clientId: 'ci', audience: 'https://auth.example.test/token', key: { privateKeyPem: `${escaped}\n` }, now: 1_700_000_000 });
    expect(verifyJwt(assertion, publicKey).header).toMatchObject({ alg: 'ES256' });
  });

  test('each of its lines is a secret on its own, without the escape', () => {
    const secrets = new SecretRegistry();
    secrets.add(escaped);
    const line = pem.split('\n')[1]!;
    expect(secrets.redact(`a log line: ${line}`)).toBe('a log line: ***');
    expect(secrets.redact('-----BEGIN PRIVATE KEY-----')).toBe('-----BEGIN PRIVATE KEY-----');
  });
});

describe('JSON bodies from own keys only', () => {
  test('constructor, toString and __proto__ are sent exactly as given, repeated names as an array', () => {
    const body = encodeBody(
      [
        ['grant_type', 'client_credentials'],
        ['constructor', 'c1'],
        ['toString', 't1'],
        ['__proto__', 'p1'],
        ['resource', 'https://a.example.test'],
        ['resource', 'https://b.example.test']
      ],
      'json'
    );
    expect(body).toBe('{"grant_type":"client_credentials","constructor":"c1","toString":"t1","__proto__":"p1","resource":["https://a.example.test","https://b.example.test"]}');
  });
});

describe('proxies, read as curl reads them', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });
  const target = new URL('https://auth.example.test/token');

  test.each([
    ['localhost:3128', 'http://localhost:3128/'],
    ['proxy.corp.example:8080', 'http://proxy.corp.example:8080/'],
    ['127.0.0.1:3128', 'http://127.0.0.1:3128/'],
    ['http://user:pa55@proxy.corp.example:3128', 'http://user:pa55@proxy.corp.example:3128/'],
    ['https://proxy.corp.example', 'https://proxy.corp.example/']
  ])('https_proxy=%s is %s', (value, href) => {
    process.env.https_proxy = value;
    const proxy = proxyFor(target);
    expect({ href: proxy?.url.href, variable: proxy?.variable }).toEqual({ href, variable: 'https_proxy' });
  });

  test('HTTPS_PROXY counts when https_proxy is unset; http_proxy is for http:// URLs; no_proxy and loopback bypass', () => {
    delete process.env.https_proxy;
    process.env.HTTPS_PROXY = 'upper.example:1';
    process.env.http_proxy = 'plain.example:2';
    expect(proxyFor(target)?.url.host).toBe('upper.example:1');
    const plain = proxyFor(new URL('http://auth.example.test/token'));
    expect({ href: plain?.url.href, variable: plain?.variable }).toEqual({ href: 'http://plain.example:2/', variable: 'http_proxy' });
    expect(proxyFor(new URL('https://127.0.0.1/token'))).toBeUndefined();
    process.env.no_proxy = '.example.test';
    expect(proxyFor(target)).toBeUndefined();
  });

  test('a proxy this step cannot use is refused in one line that names the variable, never its value', () => {
    process.env.https_proxy = 'socks5://user:pa55-SECRET@proxy.example:1080';
    expect(() => proxyFor(target)).toThrow(TokenRequestError);
    expect(() => proxyFor(target)).toThrow('The proxy in https_proxy is not a proxy URL this step can use (host:port, http://host:port or https://host:port); fix or unset it');
  });

  test('the refusal names the variable that holds the value, upper case included', () => {
    delete process.env.https_proxy;
    process.env.HTTPS_PROXY = 'socks5://proxy.example:1080';
    expect(() => proxyFor(target)).toThrow('The proxy in HTTPS_PROXY is not a proxy URL');
    process.env.HTTPS_PROXY = 'upper.example:3128';
    expect(proxyFor(target)?.variable).toBe('HTTPS_PROXY');
  });

  test('an unusable proxy fails the request at once: the job has to fix it, so no attempt is retried', async () => {
    process.env.https_proxy = 'socks5://proxy.example:1080';
    const slept: number[] = [];
    const failure = getToken({ tokenUrl: target.href, clientId: 'c', clientSecret: 'fake-proxy-secret', retries: 3 }, { sleep: async (ms) => void slept.push(ms) });
    await expect(failure).rejects.toMatchObject({ code: 'INVALID_PROXY', message: expect.stringMatching(/; fix or unset it$/) });
    expect(slept).toEqual([]);
  });
});

describe('redirects named by their resolved Location', () => {
  const answered = new URL('https://auth.example.test/o/token');
  const redirect = (location: string) => ({ status: 302, headers: { location }, body: '', url: answered });

  test.each([
    ['/o/token/', 'https://auth.example.test/o/token/'],
    ['token/?client_secret=s3cr3t', 'https://auth.example.test/o/token/'],
    ['https://login.example.test/oauth2/token?x=1#f', 'https://login.example.test/oauth2/token'],
    ['//cdn.example.test/a', 'https://cdn.example.test/a']
  ])('Location %s is %s (origin and path only)', (location, named) => {
    expect(redirectTarget(redirect(location), (text) => text)).toBe(named);
  });

  test('a Location that is no http(s) URL is not named', () => {
    expect(redirectTarget(redirect('javascript:alert(1)'), (text) => text)).toBeUndefined();
    expect(redirectTarget({ ...redirect('/o/token/'), url: undefined }, (text) => text)).toBeUndefined();
  });

  test('the token endpoint failure names it, and the secret in its path is redacted', () => {
    const secrets = new SecretRegistry();
    secrets.add('pa55word');
    const error = (() => {
      try {
        parseTokenResponse(redirect('/o/pa55word/token/'), 0, (text) => secrets.redact(text));
      } catch (caught) {
        return caught as TokenRequestError;
      }
      return undefined;
    })();
    expect(error?.message).toBe(
      'Token endpoint answered HTTP 302 redirecting to https://auth.example.test/o/***/token/; redirects are not followed so credentials are not resent: set "token-url" to the token endpoint itself (a redirect means this URL is not it: a moved endpoint, or a sign-in page or proxy in front)'
    );
  });
});
