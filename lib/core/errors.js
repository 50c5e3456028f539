/**
 * Errors as data: every expected failure is one of these two classes, with a code a
 * program can branch on and a one-line message a person can act on. Neither ever
 * carries a secret: messages are built from input names, HTTP statuses and the
 * server's (redacted) `error` / `error_description`.
 */
/**
 * A missing, malformed or contradictory option, detected before any network call.
 * `input` is the kebab-case input name of the contract (`client-id`), which each front
 * door can render its own way (`--client-id`, `OAUTH_CLIENT_ID`).
 */
export class InputError extends Error {
    code = 'INVALID_INPUT';
    input;
    /** The sentence after the input's name, e.g. `is required with grant "password"`. */
    problem;
    constructor(input, problem) {
        super(`Input "${input}" ${problem}`);
        this.name = 'InputError';
        this.input = input;
        this.problem = problem;
    }
}
/**
 * A token request that failed at the server or on the way there
 * (RFC 6749 §5.2 error, HTTP error, unusable answer, network failure, timeout).
 */
export class TokenRequestError extends Error {
    code;
    status;
    error;
    errorDescription;
    contentType;
    attempts;
    constructor(message, details) {
        super(message);
        this.name = 'TokenRequestError';
        this.code = details.code;
        this.status = details.status;
        this.error = details.error;
        this.errorDescription = details.errorDescription;
        this.contentType = details.contentType;
        this.attempts = details.attempts;
    }
    /** The same error with its text passed through `redact` (for echoed secrets). */
    redacted(redact) {
        return new TokenRequestError(redact(this.message), {
            code: this.code,
            status: this.status,
            error: this.error === undefined ? undefined : redact(this.error),
            errorDescription: this.errorDescription === undefined ? undefined : redact(this.errorDescription),
            contentType: this.contentType,
            attempts: this.attempts
        });
    }
}
