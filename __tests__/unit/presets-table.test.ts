/**
 * The preset table is read-only all the way down (CONTRACT.md: `providers`, the preset
 * table, read-only), and a preset's default body parameters are each replaced by the
 * input of the same name.
 */
import { describe, expect, test } from '@jest/globals';
import { planTokenRequest } from '../../src/core/plan.js';
import { providers } from '../../src/providers/presets.js';

describe('providers', () => {
  test.each([
    ['a preset', () => void ((providers as Record<string, unknown>).evil = {})],
    ['a preset field', () => void ((providers.crayon as { tokenUrl: string }).tokenUrl = 'https://evil.example')],
    ['a default parameter', () => void ((providers.understory!.defaultParams as Record<string, string>).audience = 'https://evil.example')],
    ['a grant override', () => void ((providers.datacrunch!.grantOverrides.refresh_token as { clientAuth: string }).clientAuth = 'client_secret_basic')],
    ['a required input', () => void (providers.understory!.requiredInputs as string[]).push('username')],
    ['a response alias', () => void (providers.crayon!.responseAliases.idToken as string[]).push('Other')]
  ])('refuses changes to %s', (_, change) => {
    expect(change).toThrow(TypeError);
  });

  test('requests keep following the documented presets', () => {
    const understory = planTokenRequest({ provider: 'understory', clientId: 'fake-id', clientSecret: 'fake-secret', scope: 'openid' });
    expect(understory.params).toContainEqual(['audience', 'https://api.understory.io']);
  });
});

test("an input replaces the preset's default parameter of the same name", () => {
  const crayon = { provider: 'crayon', clientId: 'fake-id', clientSecret: 'fake-secret', username: 'fake-user', password: 'fake-password' };
  expect(planTokenRequest(crayon).params).toContainEqual(['scope', 'CustomerApi']);
  const scoped = planTokenRequest({ ...crayon, scope: 'PartnerApi' }).params.filter(([name]) => name === 'scope');
  expect(scoped).toEqual([['scope', 'PartnerApi']]);
});
