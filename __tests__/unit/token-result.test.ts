/**
 * The library's `requestToken` result says what was got and how (endpoints, client
 * authentication, preset, grant) and holds no secret but the token's own, so that a
 * program may log it whole.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { requestToken } from '../../src/index.js';
import { interceptTokenEndpoint, recordingRuntime, useNock } from '../helpers/nock-endpoint.js';
import { expectNoSecrets } from '../helpers/secrets.js';

useNock({ beforeAll, afterEach, afterAll });

test('the result of a password grant names its endpoint, client authentication, preset and grant, and no input secret', async () => {
  const tokenUrl = 'https://auth.example.test/token';
  interceptTokenEndpoint(tokenUrl, [{ json: { access_token: 'at-result-0123', token_type: 'Bearer', expires_in: 60 } }]);
  const secrets = ['result-client-secret-0123', 'result-password-0123'];
  const result = await requestToken(
    { tokenUrl, clientId: 'result-client', clientSecret: secrets[0], grantType: 'password', username: 'ci-user', password: secrets[1] },
    recordingRuntime()
  );
  expect({ ...result, token: result.token.accessToken, tokenEndpoint: result.tokenEndpoint.href }).toEqual({
    token: 'at-result-0123',
    tokenEndpoint: tokenUrl,
    revocationEndpoint: undefined,
    clientAuth: 'client_secret_basic',
    provider: 'generic',
    grant: 'password'
  });
  expectNoSecrets(JSON.stringify(result), secrets);
});

test('a credential in the token endpoint query (?api_key=...) is a secret: reported to onSecret and redacted from debug lines', async () => {
  const tokenUrl = 'https://auth.example.test/token?api_key=query-secret-0123&tenant=ci';
  interceptTokenEndpoint(tokenUrl, [{ json: { access_token: 'at-query-0123', token_type: 'Bearer' } }]);
  const runtime = recordingRuntime();
  await requestToken({ tokenUrl, clientId: 'query-client', clientSecret: 'query-client-secret-0123' }, runtime);
  expect(runtime.secrets).toContain('query-secret-0123');
  expect(runtime.debugLines.join('\n')).toContain('POST https://auth.example.test/token?api_key=***&tenant=ci');
  expectNoSecrets(runtime.debugLines.join('\n'), ['query-secret-0123']);
});
