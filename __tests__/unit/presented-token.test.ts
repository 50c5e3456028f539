/**
 * Which CI token a refused request is explained by (the claims line, the Entra hints):
 * the job's OIDC token when `github-oidc-audience` filled a slot, even when the user gave
 * another JWT beside it, since the server's trust policy is matched against the job's.
 */
import { expect, test } from '@jest/globals';
import { presentedToken } from '../../src/core/federated-claims.js';
import type { TokenOptions } from '../../src/core/types.js';

const jwt = (claims: Record<string, unknown>) => `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const jobToken = jwt({ iss: 'https://token.actions.githubusercontent.com', sub: 'repo:org/app:ref:refs/heads/main' });
const userAssertion = jwt({ iss: 'cid', sub: 'cid' });

test('the job token that filled the subject token is shown, not the client assertion the user gave', () => {
  const given: TokenOptions = { grantType: 'token_exchange', clientAssertion: userAssertion, githubOidcAudience: 'api://AzureADTokenExchange' };
  const presented = presentedToken({ ...given, subjectToken: jobToken }, given);
  expect({ source: presented?.source, sub: presented?.claims.sub }).toEqual({ source: 'github-oidc-audience', sub: 'repo:org/app:ref:refs/heads/main' });
});

test('without the job token, the first JWT the user gave is shown', () => {
  const given: TokenOptions = { grantType: 'token_exchange', clientAssertion: userAssertion, subjectToken: jwt({ sub: 'subject' }) };
  expect(presentedToken(given, given)?.source).toBe('client-assertion');
});
