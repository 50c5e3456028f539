/** What went wrong with a token request, for programs that branch on it. */
export type TokenErrorCode = 
/** RFC 6749 §5.2 error response (or a provider's own error field). */
'OAUTH_ERROR'
/** Non-2xx answer without an RFC 6749 §5.2 error body. */
 | 'HTTP_ERROR'
/** An answer the request cannot use: a 2xx without a usable token, malformed HTTP, an unasked-for 101. */
 | 'INVALID_RESPONSE'
/** The server answered with a redirect; credentials are never resent elsewhere. */
 | 'REDIRECT'
/** The answer exceeded the size a token response can reasonably have. */
 | 'RESPONSE_TOO_LARGE'
/** Connection refused, reset, DNS failure, TLS failure. */
 | 'NETWORK_ERROR'
/** `https_proxy` / `http_proxy` holds no proxy URL this step can use: fixed by the job, so never retried. */
 | 'INVALID_PROXY'
/** The proxy refused to open a tunnel (CONNECT answered 407, 403, ...): its credentials or its policy, so never retried. */
 | 'PROXY_REFUSED'
/** An attempt exceeded `timeout-seconds`. */
 | 'TIMEOUT'
/** The server asked us to wait longer than we are willing to. */
 | 'RETRY_AFTER_TOO_LONG'
/** Authorization server metadata (RFC 8414) could not be used. */
 | 'DISCOVERY_ERROR';
/**
 * A missing, malformed or contradictory option, detected before any network call.
 * `input` is the kebab-case input name of the contract (`client-id`), which each front
 * door can render its own way (`--client-id`, `OAUTH_CLIENT_ID`).
 */
export declare class InputError extends Error {
    readonly code: "INVALID_INPUT";
    readonly input: string;
    /** The sentence after the input's name, e.g. `is required with grant "password"`. */
    readonly problem: string;
    constructor(input: string, problem: string);
}
/** Details of a failed token request; every field is optional but `code`. */
export interface TokenRequestErrorDetails {
    code: TokenErrorCode;
    /** HTTP status, when there was a response. */
    status?: number;
    /** RFC 6749 §5.2 `error`. */
    error?: string;
    /** RFC 6749 §5.2 `error_description`. */
    errorDescription?: string;
    /** The response's content type, when it was not the JSON we expected. */
    contentType?: string;
    /** How many HTTP attempts were made, when there were more than one (the message then says so too). */
    attempts?: number;
    /** For a well-known refusal: one line saying what to fix and where (see `hints.ts`). */
    hint?: string;
    /**
     * When the refused request presented a CI OIDC token: its non-secret claims (`iss`,
     * `sub`, `aud`, `exp`, GitHub's `repository`, `ref`, ...) as one line, never the token.
     */
    federatedClaims?: string;
}
/**
 * A token request that failed at the server or on the way there
 * (RFC 6749 §5.2 error, HTTP error, unusable answer, network failure, timeout).
 */
export declare class TokenRequestError extends Error {
    readonly code: TokenErrorCode;
    readonly status?: number;
    readonly error?: string;
    readonly errorDescription?: string;
    readonly contentType?: string;
    readonly attempts?: number;
    readonly hint?: string;
    readonly federatedClaims?: string;
    constructor(message: string, details: TokenRequestErrorDetails);
}
/**
 * The lines a front door prints after an error's own line: the hint (`Hint: ...`), then
 * the claims of the CI token the refused request presented. None for other errors.
 */
export declare function followUpLines(error: unknown): string[];
/** The text of anything thrown: an error's message, else the value as a string. Not yet redacted or neutralised. */
export declare function messageOf(error: unknown): string;
/**
 * The text of `error` for a log line: the message of one of ours as it is (its server parts
 * are redacted already, and redacting our own words would garble them around a short
 * secret), any other error's text as foreign text, redacted and neutralised.
 */
export declare function errorText(error: unknown, redact: (text: string) => string): string;
/** The code of a failed system call (`ENOENT`, `EACCES`), as a message names it: never its text, which holds paths. */
export declare function codeOf(error: unknown): string;
