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
    /** Replaces every registered secret in `text`, longest first so no fragment survives. */
    redact(text: string): string;
}
