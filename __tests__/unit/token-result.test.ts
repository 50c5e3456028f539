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
