/**
 * Errors as data: every expected failure is one of these two classes, with a code a
 * program can branch on and a one-line message a person can act on. Neither ever
 * carries a secret: messages are built from input names, HTTP statuses and the
 * server's `error` / `error_description`, redacted and neutralised where they are put in.
 */
import { foreignText } from './neutralize.js';
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
    hint;
    federatedClaims;
    constructor(message, details) {
        super(message);
        this.name = 'TokenRequestError';
        this.code = details.code;
        this.status = details.status;
        this.error = details.error;
        this.errorDescription = details.errorDescription;
        this.contentType = details.contentType;
        this.attempts = details.attempts;
        this.hint = details.hint;
        this.federatedClaims = details.federatedClaims;
    }
}
/**
 * The lines a front door prints after an error's own line: the hint (`Hint: ...`), then
 * the claims of the CI token the refused request presented. None for other errors.
 */
export function followUpLines(error) {
    if (!(error instanceof TokenRequestError))
        return [];
    return [...(error.hint ? [`Hint: ${error.hint}`] : []), ...(error.federatedClaims ? [error.federatedClaims] : [])];
}
/** The text of anything thrown: an error's message, else the value as a string. Not yet redacted or neutralised. */
export function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * The text of `error` for a log line: the message of one of ours as it is (its server parts
 * are redacted already, and redacting our own words would garble them around a short
 * secret), any other error's text as foreign text, redacted and neutralised.
 */
export function errorText(error, redact) {
    if (error instanceof TokenRequestError || error instanceof InputError)
        return error.message;
    return foreignText(messageOf(error), redact) ?? 'failed';
}
/** The code of a failed system call (`ENOENT`, `EACCES`), as a message names it: never its text, which holds paths. */
export function codeOf(error) {
    return error.code ?? 'error';
}
