/**
 * Every secret the core handles is registered here first, together with the forms it
 * can take on the wire (URL-encoded, form-encoded, the Basic header's base64), so that a
 * front door can mask it before anything prints and every message can be redacted.
 */
import { formEncode } from './form-encoding.js';
import { asciiEscaped } from './neutralize.js';
/** What a secret is replaced with in messages. */
export const REDACTED = '***';
export class SecretRegistry {
    listener;
    values = new Set();
    constructor(listener) {
        this.listener = listener;
    }
    /** Registers a secret and its encoded forms. Empty values are ignored. */
    add(value) {
        if (!value)
            return;
        for (const form of encodedForms(value))
            this.addExact(form);
    }
    /** Registers one exact string (e.g. an Authorization header value) without variants. */
    addExact(value) {
        if (!value || this.values.has(value))
            return;
        this.values.add(value);
        this.listener?.(value);
    }
    /**
     * `value` itself, or {@link REDACTED} when it is a registered secret: for a value the
     * user gave for an input that is no secret, in case a secret went into the wrong input.
     * Unlike {@link redact}, it never garbles a value that merely contains a short secret.
     */
    redactValue(value) {
        return this.values.has(value) ? REDACTED : value;
    }
    /**
     * `text` with the secrets redacted inside each `(got "value")`, the user's value that an
     * input error quotes, and nowhere else: the words around it are ours and hold no secret.
     * A value that looks like key material is not quoted at all: a PEM block, or text of
     * several lines, put in the wrong input is a secret no input declared, which no
     * redaction would catch.
     */
    redactQuoted(text) {
        // [\s\S]: a quoted value may span lines. Greedy, to the last `")`: the value itself may hold `")`.
        return text.replace(/\(got "([\s\S]*)"\)/g, (_, value) => `(got ${quotedUnlessKeyLike(this.redact(value))})`);
    }
    /** Replaces every registered secret in `text`, longest first so no fragment survives. */
    redact(text) {
        let result = text;
        for (const secret of [...this.values].sort((a, b) => b.length - a.length)) {
            result = result.split(secret).join(REDACTED);
        }
        return result;
    }
}
/**
 * Names of headers and body parameters whose values are credentials: `Authorization`
 * and its kin, and any name with key, token, secret, password, auth, session,
 * signature, cookie, credential or assertion in it, whatever the case. A name ending in `type` or
 * `hint` (`subject_token_type`, `token_type_hint`) names a kind of credential, not one.
 */
const CREDENTIAL_NAME = /key|token|secret|passw|auth|session|signature|cookie|credential|assertion/i;
const CREDENTIAL_KIND = /(type|hint)$/i;
/** Whether the value of a header or body parameter called `name` is a secret. */
export function isCredentialName(name) {
    return CREDENTIAL_NAME.test(name) && !CREDENTIAL_KIND.test(name);
}
function quotedUnlessKeyLike(value) {
    if (/-----BEGIN |PRIVATE KEY/.test(value))
        return 'a PEM block, not shown';
    if (/[\r\n]/.test(value))
        return `${value.split(/\r?\n|\r/).length} lines, not shown`;
    return `"${value}"`;
}
function hasNonAscii(text) {
    for (let index = 0; index < text.length; index++)
        if (text.charCodeAt(index) > 0x7f)
            return true;
    return false;
}
/** A line of a multi-line value shorter than this is no secret on its own (a PEM key's last `==` line). */
const MIN_SECRET_LINE_LENGTH = 8;
/**
 * The value itself, its percent-encoded (also in lower case), form-encoded and JSON-escaped
 * forms, the half-decoded one with `+` for spaces, for non-ASCII text the mojibake of its
 * UTF-8 read as Latin-1 and its NFC and NFD forms, and for
 * multi-line values (PEM keys, also with literal `\n` or `\r\n` escapes) each line, since a log
 * line never holds more than one line of a value. A PEM key's `-----BEGIN ... KEY-----`
 * armor is public text: masking it would only garble messages and the job's log.
 */
function encodedForms(value) {
    // asciiEscaped: how a message quotes a value with non-ASCII or control characters (`w\u00f6rd`). Spaces as `+`:
    // how a server that percent-decodes a form body without reading `+` back as a space echoes it.
    const forms = [value, encodeURIComponent(value), formEncode(value), JSON.stringify(value).slice(1, -1), asciiEscaped(value), value.replaceAll(' ', '+')];
    // Echoes spelt the server's way: escapes in lower case (.NET's HttpUtility.UrlEncode), only
    // where there are escapes; and for non-ASCII text its UTF-8 read as Latin-1 (as some servers
    // decode a Basic header) and its other Unicode normalisation.
    if (forms[1] !== value)
        forms.push(...forms.slice(1, 3).map((form) => form.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())));
    if (hasNonAscii(value))
        forms.push(Buffer.from(value, 'utf8').toString('latin1'), value.normalize('NFC'), value.normalize('NFD'));
    const lines = value.split(/\r?\n|\\r\\n|\\n/);
    if (lines.length > 1) {
        const secretLines = lines.map((line) => line.trim()).filter((line) => line.length >= MIN_SECRET_LINE_LENGTH && !line.startsWith('-----'));
        forms.push(...secretLines);
    }
    return forms;
}
