/**
 * What one run of the core shares between its requests: the secret registry, the HTTP
 * session, the retry policy and debug output.
 *
 * Messages are never redacted whole: our own text holds no secret by construction, and
 * each piece a server (or an exception) supplied is redacted and neutralised where it is
 * put in (see `foreignText`). Redacting a whole line would garble it around a short
 * secret: with the client secret `secret`, `client_secret_basic` would read `client_***_basic`.
 */
import { InputError } from './errors.js';
import type { PresentedToken } from './federated-claims.js';
import type { IdTokenSource } from './federation.js';
import { type HttpSession } from './http.js';
import { type TokenRequestPlan } from './plan.js';
import { type RetryPolicy } from './retry.js';
import { SecretRegistry } from './secrets.js';
import type { TokenOptions } from './types.js';
/** How the core reaches the outside world; every field has a sensible default. */
export interface TokenRuntime {
    /** Called with each secret (and derived form) before it is used: mask it here. */
    onSecret?: ((value: string) => void) | undefined;
    /** Diagnostics: one line each, without a secret. */
    debug?: ((message: string) => void) | undefined;
    /** The job's OIDC ID token for `githubOidcAudience`; default: the runner's endpoint. */
    getIdToken?: IdTokenSource | undefined;
    /** HTTP; default: a kept-alive, proxy-aware session closed at the end. */
    http?: HttpSession | undefined;
    sleep?: ((ms: number) => Promise<void>) | undefined;
    random?: (() => number) | undefined;
    now?: (() => number) | undefined;
}
export interface RunContext {
    secrets: SecretRegistry;
    /** The CI OIDC token the request presents, if any: its claims explain a refusal. */
    presented?: PresentedToken;
    http: HttpSession;
    debug: (message: string) => void;
    now: () => number;
    policy(limits: Pick<TokenRequestPlan, 'retries' | 'timeoutMs'>): RetryPolicy;
}
/**
 * Runs `work` with a fresh context and a validated plan of `options`: every secret
 * option registered first, the federated ID token filled in, the values of
 * credential-like headers and body parameters registered, the HTTP session closed at
 * the end.
 */
export declare function withRunContext<T>(options: TokenOptions, runtime: TokenRuntime, work: (plan: TokenRequestPlan, context: RunContext) => Promise<T>): Promise<T>;
/**
 * An input error may quote the value the user gave (`(got "...")`), and a secret may
 * have gone into the wrong input: a quoted value that is a secret is redacted, never the
 * words around it.
 */
export declare function withoutQuotedSecrets(error: InputError, secrets: SecretRegistry): InputError;
