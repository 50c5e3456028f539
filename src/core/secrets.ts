/**
 * Every secret the core handles is registered here first, together with the forms it
 * can take on the wire (URL-encoded, form-encoded, the Basic header's base64), so that a
 * front door can mask it before anything prints and every message can be redacted.
 */

/** What a secret is replaced with in messages. */
export const REDACTED = '***';

/** Called once for every new secret value, before it is used. */
export type SecretListener = (value: string) => void;

export class SecretRegistry {
  private readonly values = new Set<string>();

  constructor(private readonly listener?: SecretListener) {}

  /** Registers a secret and its encoded forms. Empty values are ignored. */
  add(value: string | undefined): void {
    if (!value) return;
    for (const form of encodedForms(value)) this.addExact(form);
  }

  /** Registers one exact string (e.g. an Authorization header value) without variants. */
  addExact(value: string): void {
    if (!value || this.values.has(value)) return;
    this.values.add(value);
    this.listener?.(value);
  }

  /** Replaces every registered secret in `text`, longest first so no fragment survives. */
  redact(text: string): string {
    let result = text;
    for (const secret of [...this.values].sort((a, b) => b.length - a.length)) {
      result = result.split(secret).join(REDACTED);
    }
    return result;
  }
}

/**
 * The value itself, its percent-encoded, form-encoded and JSON-escaped forms, and for multi-line
 * values (PEM keys) each line: a log line never holds more than one line of a value.
 */
function encodedForms(value: string): string[] {
  const forms = [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    JSON.stringify(value).slice(1, -1)
  ];
  if (value.includes('\n')) {
    forms.push(...value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0));
  }
  return forms;
}
