/**
 * Leak checks: a secret, and every form it can take on the wire, must appear nowhere
 * in what a process printed except in the `::add-mask::` commands that mask it.
 */
import { expect } from '@jest/globals';

/** The forms a secret takes: itself, percent-encoded, form-encoded, JSON-escaped. */
export function secretForms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), new URLSearchParams({ v: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1)];
}

/** The base64 of a Basic header for these credentials, both as RFC 6749 §2.3.1 and raw. */
export function basicForms(clientId: string, clientSecret: string): string[] {
  const form = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
  return [Buffer.from(`${form(clientId)}:${form(clientSecret)}`).toString('base64'), Buffer.from(`${clientId}:${clientSecret}`).toString('base64')];
}

/** `text` with the `::add-mask::` lines removed: what a reader of the log could see. */
export function visibleText(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** Fails when any form of any secret is visible in `text`. */
export function expectNoSecrets(text: string, secrets: string[]): void {
  const visible = visibleText(text);
  for (const secret of secrets.filter((value) => value.length > 0)) {
    for (const form of secretForms(secret)) {
      expect({ leaked: visible.includes(form) ? form : undefined }).toEqual({ leaked: undefined });
    }
  }
}
