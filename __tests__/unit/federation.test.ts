/**
 * github-oidc-audience: the job's ID token fills the subject token (RFC 8693), the
 * assertion (RFC 7523 §2.1) or the client assertion (RFC 7523 §2.2) that is needed and
 * not given; a job without `id-token: write` fails with a message saying how to add it,
 * and bad inputs fail before the runner is asked for anything.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { InputError, TokenRequestError } from '../../src/core/errors.js';
import { federatedSlots, withFederatedToken, type IdTokenSource } from '../../src/core/federation.js';
import { getToken } from '../../src/core/get-token.js';
import type { HttpSession } from '../../src/core/http.js';
import type { TokenOptions } from '../../src/core/types.js';

const idToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm15LW9yZy9teS1yZXBvIn0.ZmFrZS1zaWduYXR1cmU';
const base: TokenOptions = { tokenUrl: 'https://auth.example.test/token', clientId: 'ci', githubOidcAudience: 'api://AzureADTokenExchange' };
/** A public client of a token exchange or jwt-bearer grant says so: only a missing secret is implied otherwise. */
const publicClient: TokenOptions = { clientAuth: 'none' };
const savedUrl = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
const savedGithubActions = process.env.GITHUB_ACTIONS;

function fakeSource(token: string = idToken) {
  return jest.fn<IdTokenSource>(async () => token);
}

beforeEach(() => {
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'http://127.0.0.1:9/_apis/idtoken?api-version=2.0';
});
afterEach(() => {
  if (savedUrl === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  else process.env.ACTIONS_ID_TOKEN_REQUEST_URL = savedUrl;
  if (savedGithubActions === undefined) delete process.env.GITHUB_ACTIONS;
  else process.env.GITHUB_ACTIONS = savedGithubActions;
});

describe('federatedSlots', () => {
  test.each<[string, TokenOptions, string[]]>([
    ['client credentials without a secret: the client assertion', {}, ['clientAssertion']],
    ['client credentials with a secret: nothing', { clientSecret: 'fake-secret' }, []],
    ['client credentials with a private key: nothing', { privateKey: 'pem' }, []],
    ['client credentials with a client assertion: nothing', { clientAssertion: 'a.b.c' }, []],
    ['explicit private_key_jwt without a key: the client assertion', { clientAuth: 'private_key_jwt', clientSecret: 'fake-secret' }, ['clientAssertion']],
    ['explicit client_secret_post: nothing', { clientAuth: 'client_secret_post', clientSecret: 'fake-secret' }, []],
    ['token exchange: the subject token', { grantType: 'token_exchange' }, ['subjectToken']],
    ['token exchange by URN with a subject token: nothing', { grantType: 'urn:ietf:params:oauth:grant-type:token-exchange', subjectToken: 'given' }, []],
    [
      'token exchange with private_key_jwt: subject token and client assertion',
      { grantType: 'token_exchange', clientAuth: 'private_key_jwt' },
      ['subjectToken', 'clientAssertion']
    ],
    ['jwt bearer: the assertion', { grantType: 'jwt_bearer' }, ['assertion']],
    ['jwt bearer with an assertion: nothing', { grantType: 'jwt-bearer', assertion: 'given' }, []],
    ['jwt bearer with a private key: the job token is the assertion, the key signs the client assertion', { grantType: 'jwt_bearer', privateKey: 'pem' }, ['assertion']],
    ['a custom grant without a secret: nothing (only client_credentials sends the job token as client assertion)', { grantType: 'account_credentials' }, []],
    ['a preset with its own client auth: nothing', { provider: 'bitquery' }, []]
  ])('%s', (_, options, slots) => {
    expect(federatedSlots({ ...base, ...options })).toEqual(slots);
  });
});

describe('withFederatedToken', () => {
  test('without github-oidc-audience the options pass through and the runner is not asked', async () => {
    const source = fakeSource();
    const options = { tokenUrl: base.tokenUrl, clientId: 'ci', clientSecret: 'fake-secret' };
    await expect(withFederatedToken(options, source, () => undefined)).resolves.toBe(options);
    expect(source).not.toHaveBeenCalled();
  });

  test('asks for the audience, hands the token to onToken first, and fills the client assertion', async () => {
    const source = fakeSource();
    const seen: string[] = [];
    const filled = await withFederatedToken(base, source, (token) => seen.push(token));
    expect(source).toHaveBeenCalledWith('api://AzureADTokenExchange');
    expect(seen).toEqual([idToken]);
    expect(filled).toEqual({ ...base, clientAssertion: idToken });
  });

  test('fills the subject token of a token exchange, leaving client auth as it was', async () => {
    const filled = await withFederatedToken({ ...base, ...publicClient, grantType: 'token_exchange', audience: 'inventory-api' }, fakeSource(), () => undefined);
    expect(filled.subjectToken).toBe(idToken);
    expect(filled.clientAssertion).toBeUndefined();
  });

  test('fills the assertion of a jwt-bearer grant', async () => {
    const filled = await withFederatedToken({ ...base, ...publicClient, grantType: 'jwt_bearer' }, fakeSource(), () => undefined);
    expect(filled.assertion).toBe(idToken);
  });

  test('without id-token: write it fails saying exactly that and how to add it, before asking anything', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    process.env.GITHUB_ACTIONS = 'true';
    const source = fakeSource();
    const failure = withFederatedToken(base, source, () => undefined);
    await expect(failure).rejects.toBeInstanceOf(InputError);
    await expect(failure).rejects.toThrow(
      'Input "github-oidc-audience" needs the job\'s OIDC ID token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job lacks "permissions: id-token: write". ' +
        'Add "permissions: { id-token: write, contents: read }" to the job (or the workflow); a pull request from a fork does not get it by default'
    );
    expect(source).not.toHaveBeenCalled();
  });

  test('outside a GitHub Actions job (GitLab CI, Jenkins, a laptop) it says so, and what to give there instead', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete process.env.GITHUB_ACTIONS;
    const source = fakeSource();
    await expect(withFederatedToken(base, source, () => undefined)).rejects.toThrow(
      new InputError(
        'github-oidc-audience',
        "works only in a GitHub Actions job, whose runner issues the OIDC ID token; elsewhere give the CI's own OIDC token as subject-token, assertion or client-assertion (GitLab CI: an id_tokens entry, docs/gitlab.md)"
      )
    );
    expect(source).not.toHaveBeenCalled();
  });

  test('a bad input fails before the runner is asked', async () => {
    const source = fakeSource();
    await expect(withFederatedToken({ ...base, tokenUrl: undefined }, source, () => undefined)).rejects.toThrow('Input "token-url" is required');
    await expect(withFederatedToken({ ...base, clientId: undefined }, source, () => undefined)).rejects.toThrow('Input "client-id" is required');
    await expect(withFederatedToken({ ...base, ...publicClient, grantType: 'token_exchange', actorToken: 'fake-actor' }, source, () => undefined)).rejects.toThrow(
      'Input "actor-token-type" is required when "actor-token" is given'
    );
    expect(source).not.toHaveBeenCalled();
  });

  test('a private key that cannot sign fails before the runner is asked', async () => {
    const getIdToken = fakeSource();
    const options: TokenOptions = {
      ...base,
      grantType: 'token_exchange',
      clientAuth: 'private_key_jwt',
      privateKey: '-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----'
    };
    const http: HttpSession = { send: async () => Promise.reject(new Error('no request may be sent')), close: () => undefined };
    await expect(getToken(options, { http, getIdToken })).rejects.toMatchObject({ code: 'INVALID_INPUT', input: 'private-key' });
    expect(getIdToken).not.toHaveBeenCalled();
  });

  test('an audience that nothing uses is refused', async () => {
    await expect(withFederatedToken({ ...base, clientSecret: 'fake-secret' }, fakeSource(), () => undefined)).rejects.toThrow(
      'Input "github-oidc-audience" is given but nothing uses it'
    );
  });

  test("the runner's failure becomes one line naming the input", async () => {
    const source = jest.fn<IdTokenSource>(async () => {
      throw new Error('Failed to get ID Token. \n \n        Error Code : 403\n \n        Error Message: Forbidden');
    });
    const failure = withFederatedToken(base, source, () => undefined);
    await expect(failure).rejects.toBeInstanceOf(TokenRequestError);
    await expect(failure).rejects.toThrow("Could not get the job's OIDC ID token (github-oidc-audience): Failed to get ID Token. Error Code : 403 Error Message: Forbidden");
  });

  test('an answer that is not a JWT is refused', async () => {
    await expect(withFederatedToken(base, fakeSource('not-a-jwt'), () => undefined)).rejects.toThrow("the runner's answer holds no JWT");
  });
});

describe('through getToken', () => {
  test('the ID token is masked (onSecret) before the request carries it as client_assertion', async () => {
    const events: string[] = [];
    const http: HttpSession = {
      send: async (request) => {
        events.push(`send ${new URLSearchParams(request.body).get('client_assertion') === idToken ? 'with' : 'without'} the ID token`);
        return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ access_token: 'fake-access-token', token_type: 'Bearer' }) };
      },
      close: () => undefined
    };
    const token = await getToken(base, {
      http,
      getIdToken: fakeSource(),
      onSecret: (value) => {
        if (value === idToken) events.push('masked the ID token');
      }
    });
    expect(token.accessToken).toBe('fake-access-token');
    expect(events).toEqual(['masked the ID token', 'send with the ID token']);
  });
});
