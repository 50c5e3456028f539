/**
 * How a message shows an endpoint: origin and path as they are, a query parameter named
 * like a credential as `***` whatever its name's or value's escapes, the rest as written.
 */
import { expect, test } from '@jest/globals';
import { shownUrl } from '../../src/core/urls.js';

const shown = (url: string) => shownUrl(new URL(url), (text) => text);

test.each([
  ['https://auth.example.test/token?api_key=s%c3%a9cret', 'https://auth.example.test/token?api_key=***'],
  ['https://auth.example.test/token?tenant=t1&api%5Fkey=SECRET%2dvalue&x=1', 'https://auth.example.test/token?tenant=t1&api%5Fkey=***&x=1'],
  ['https://auth.example.test/token?Client+Secret=a+b&code=%ZZ', 'https://auth.example.test/token?Client+Secret=***&code=%ZZ'],
  ['https://auth.example.test/token?tenant=t1&key', 'https://auth.example.test/token?tenant=t1&key'],
  ['https://auth.example.test/token', 'https://auth.example.test/token']
])('%s is shown as %s', (url, expected) => {
  expect(shown(url)).toBe(expected);
});
