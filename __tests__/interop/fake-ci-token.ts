/**
 * A CI OIDC token as GitHub issues one (the claims trust policies match on), signed with
 * a throwaway key: what a refused federated request presents.
 */
import { generateKeyPairSync } from 'node:crypto';
import { rs256 } from '../helpers/github-oidc.js';

export const CI_CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:my-org/my-repo:environment:prod',
  aud: 'api://AzureADTokenExchange',
  repository: 'my-org/my-repo',
  ref: 'refs/heads/main',
  environment: 'prod',
  job_workflow_ref: 'my-org/my-repo/.github/workflows/deploy.yml@refs/heads/main'
};

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** An RS256 JWT with `claims` on top of {@link CI_CLAIMS}, expiring `expiresIn` seconds from now. */
export function ciToken(expiresIn: number, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  return rs256({ ...CI_CLAIMS, iat: now - 60, nbf: now - 60, exp: now + expiresIn, ...claims }, privateKey, 'fake-ci');
}
