/** What a secret is replaced with in messages. */
export declare const REDACTED = "***";
/** Called once for every new secret value, before it is used. */
export type SecretListener = (value: string) => void;
export declare class SecretRegistry {
    private readonly listener?;
    private readonly values;
    constructor(listener?: SecretListener | undefined);
    /** Registers a secret and its encoded forms. Empty values are ignored. */
    add(value: string | undefined): void;
    /** Registers one exact string (e.g. an Authorization header value) without variants. */
    addExact(value: string): void;
    /**
     * `value` itself, or {@link REDACTED} when it is a registered secret: for a value the
     * user gave for an input that is no secret, in case a secret went into the wrong input.
     * Unlike {@link redact}, it never garbles a value that merely contains a short secret.
     */
    redactValue(value: string): string;
    /**
     * `text` with the secrets redacted inside each `(got "value")`, the user's value that an
     * input error quotes, and nowhere else: the words around it are ours and hold no secret.
     * A value that looks like key material is not quoted at all: a PEM block, or text of
     * several lines, put in the wrong input is a secret no input declared, which no
     * redaction would catch.
     */
    redactQuoted(text: string): string;
    /** Replaces every registered secret in `text`, longest first so no fragment survives. */
    redact(text: string): string;
}
/** Whether the value of a header or body parameter called `name` is a secret. */
export declare function isCredentialName(name: string): boolean;
