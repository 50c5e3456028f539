/**
 * What one run of the core shares between its requests: the secret registry, the HTTP
 * session, the retry policy and redacted debug output.
 */
import { InputError, TokenRequestError } from './errors.js';
import { checkClientAuthKey } from './client-auth.js';
import { withFederatedToken } from './federation.js';
import { createHttpSession } from './http.js';
import { SECRET_INPUTS } from './inputs.js';
import { optionNameOf } from './names.js';
import { planTokenRequest, retriesOf, timeoutSecondsOf } from './plan.js';
import { parseJsonObject } from './response.js';
import { sendWithRetries } from './retry.js';
import { SecretRegistry } from './secrets.js';
/**
 * Runs `work` with a fresh context and a validated plan of `options`: every secret
 * option registered first, the federated ID token filled in, errors redacted, the
 * HTTP session closed at the end.
 */
export async function withRunContext(options, runtime, work) {
    const secrets = new SecretRegistry(runtime.onSecret);
    const given = compact(options);
    for (const input of SECRET_INPUTS)
        secrets.add(given[optionNameOf(input)]);
    if (given.githubOidcAudience)
        secrets.add(process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    const http = runtime.http ?? createHttpSession();
    const debug = (message) => runtime.debug?.(secrets.redact(message));
    const now = runtime.now ?? Date.now;
    const context = {
        secrets,
        http,
        debug,
        now,
        policy: (plan) => ({
            retries: plan.retries,
            timeoutMs: plan.timeoutMs,
            sleep: runtime.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
            random: runtime.random ?? Math.random,
            now,
            debug
        })
    };
    try {
        // The runner's endpoint is held to the user's limits too: a hung endpoint must not outlast timeout-seconds.
        const limits = { retries: retriesOf(given.retries), timeoutMs: timeoutSecondsOf(given.timeoutSeconds) * 1000 };
        const idTokenSource = runtime.getIdToken ?? runnerIdToken(http, context.policy(limits));
        const withIdToken = await withFederatedToken(given, idTokenSource, (token) => secrets.add(token), validPlan);
        return await work(await validPlan(withIdToken), context);
    }
    catch (error) {
        throw redacted(error, secrets);
    }
    finally {
        if (!runtime.http)
            http.close();
    }
}
/** The plan of `options`, with a JWT signing key checked too: every input fails before any request. */
async function validPlan(options) {
    const plan = planTokenRequest(options);
    await checkClientAuthKey(plan.clientAuth, plan.credentials);
    return plan;
}
/** Options without blank strings, so `''` from an unset input means "not given". */
function compact(options) {
    return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined && value !== ''));
}
function redacted(error, secrets) {
    if (error instanceof TokenRequestError)
        return error.redacted((text) => secrets.redact(text));
    if (error instanceof InputError)
        return new InputError(error.input, secrets.redact(error.problem));
    return error;
}
/**
 * The runner's OIDC endpoint, asked directly as `@actions/core`'s `getIDToken` does
 * (the CLI and library have no `@actions/core`): `GET $ACTIONS_ID_TOKEN_REQUEST_URL`
 * with `audience`, authorized by `$ACTIONS_ID_TOKEN_REQUEST_TOKEN`, answering
 * `{"value": "<JWT>"}`. Network errors and 5xx are retried like a token request.
 */
function runnerIdToken(http, policy) {
    return async (audience) => {
        const url = new URL(process.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
        url.searchParams.set('audience', audience);
        const bearer = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
        const request = { method: 'GET', url, headers: [['Authorization', `Bearer ${bearer}`], ['Accept', 'application/json']] };
        const { response } = await sendWithRetries(http.send, request, policy);
        const value = parseJsonObject(response)?.value;
        if (response.status !== 200 || typeof value !== 'string' || !value) {
            const what = response.status === 200 ? 'without a "value"' : 'instead of 200';
            throw new TokenRequestError(`the runner's OIDC endpoint answered HTTP ${response.status} ${what}`, { code: 'HTTP_ERROR', status: response.status });
        }
        return value;
    };
}
