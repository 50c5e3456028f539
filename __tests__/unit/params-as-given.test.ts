/**
 * What the body carries is what the user wrote: a resource indicator is sent as given
 * (RFC 8707 §2; a server may compare it as a string), and a name may repeat within
 * `extra-params` (only a name another input controls is refused).
 */
import { expect, test } from '@jest/globals';
import { planTokenRequest } from '../../src/core/plan.js';

const base = { tokenUrl: 'https://auth.example.test/token', clientId: 'c', clientSecret: 'params-secret-0123' };

test('a resource indicator is sent as given, not as URL parsing would write it', () => {
  const plan = planTokenRequest({ ...base, resource: 'https://API.Example.COM\nurn:example:api' });
  expect(plan.params.filter(([name]) => name === 'resource')).toEqual([
    ['resource', 'https://API.Example.COM'],
    ['resource', 'urn:example:api']
  ]);
});

test('a name may repeat within extra-params', () => {
  const plan = planTokenRequest({ ...base, extraParams: 'a=1\na=2' });
  expect(plan.params.filter(([name]) => name === 'a')).toEqual([
    ['a', '1'],
    ['a', '2']
  ]);
});

test.each([
  ['white space inside', 'https://api.example.com/some path'],
  ['a backslash', 'https:\\\\api.example.com\\v1'],
  ['a tab', 'https://api.exa\tmple.com'],
  ['an empty fragment', 'https://api.example.com/#']
])('a resource with %s, which URL parsing would rewrite, is refused', (_, resource) => {
  expect(() => planTokenRequest({ ...base, resource: [resource] })).toThrow('Input "resource" must be absolute URIs without a #fragment');
});

test('library resource entries are trimmed, as lines are', () => {
  const plan = planTokenRequest({ ...base, resource: [' https://api.example.com '] });
  expect(plan.params.filter(([name]) => name === 'resource')).toEqual([['resource', 'https://api.example.com']]);
});
