/**
 * A stricter leak check than a whole-value search: a secret cut short (say by a
 * message truncated mid-way) still leaks, so no 10-character piece of any form of a
 * secret may be visible either.
 */
import { expect } from '@jest/globals';
import type { RecordedRequest } from '../helpers/token-server.js';
import { secretForms, visibleText } from '../helpers/secrets.js';

/** The length of the shortest piece of a secret that counts as a leak. */
export const FRAGMENT_LENGTH = 10;

/** Body parameters whose values are secrets (RFC 6749, RFC 7523, RFC 8693). */
const SECRET_PARAMS = ['client_secret', 'password', 'refresh_token', 'client_assertion', 'assertion', 'subject_token', 'actor_token', 'token'];

/** The pieces to look for: every form of every secret, cut into overlapping windows. */
export function secretFragments(secrets: string[]): string[] {
  const fragments = new Set<string>();
  for (const secret of secrets) {
    for (const part of secret.includes('\n') ? secret.split(/\r?\n/).filter((line) => !line.startsWith('-----')) : [secret]) {
      for (const form of secretForms(part.trim())) {
        if (form.length <= FRAGMENT_LENGTH) {
          if (form.length >= 4) fragments.add(form);
          continue;
        }
        for (let at = 0; at + FRAGMENT_LENGTH <= form.length; at++) fragments.add(form.slice(at, at + FRAGMENT_LENGTH));
      }
    }
  }
  return [...fragments];
}

/** Fails, naming the piece, when any fragment of any secret is visible in `text`. */
export function expectNoSecretFragments(where: string, text: string, secrets: string[]): number {
  const visible = visibleText(text);
  const fragments = secretFragments(secrets);
  const leaked = fragments.find((fragment) => visible.includes(fragment));
  expect({ where, leaked }).toEqual({ where, leaked: undefined });
  return fragments.length;
}

/** The secrets a server saw on the wire: the Authorization value and secret body parameters. */
export function secretsOnTheWire(requests: RecordedRequest[]): string[] {
  const found: string[] = [];
  for (const request of requests) {
    const authorization = request.headers.authorization;
    if (authorization) found.push(authorization, authorization.replace(/^\w+\s+/, ''));
    const params = request.headers['content-type']?.includes('json') ? jsonParams(request.body) : new URLSearchParams(request.body);
    for (const name of SECRET_PARAMS) {
      const value = params.get(name);
      if (value) found.push(value);
    }
  }
  return found;
}

function jsonParams(body: string): { get(name: string): string | undefined } {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    return { get: (name) => (typeof parsed[name] === 'string' ? (parsed[name] as string) : undefined) };
  } catch {
    return { get: () => undefined };
  }
}
