/**
 * Secretless CI: the job's GitHub OIDC ID token stands in for whichever of subject
 * token (RFC 8693 §2.1), assertion (RFC 7523 §2.1) or client assertion (RFC 7523 §2.2)
 * the request needs and was not given.
 */
import { errorText, InputError, TokenRequestError } from './errors.js';
import { chooseClientAuth, planTokenRequest, presetAndGrantOf } from './plan.js';
import { jwtClaims } from './response.js';
/** What the runner sets only for a job with `permissions: id-token: write`. */
const ID_TOKEN_REQUEST_URL_VAR = 'ACTIONS_ID_TOKEN_REQUEST_URL';
/** The failure of a job without `id-token: write`, saying how to grant it. */
const MISSING_PERMISSION_PROBLEM = `needs the job's OIDC ID token, but ${ID_TOKEN_REQUEST_URL_VAR} is not set: the job lacks "permissions: id-token: write". ` +
    'Add "permissions: { id-token: write, contents: read }" to the job (or the workflow); ' +
    'a pull request from a fork does not get it by default';
/** The failure outside a GitHub Actions job (GitLab CI, Jenkins, a laptop), saying what to use there. */
const NOT_ON_GITHUB_PROBLEM = "works only in a GitHub Actions job, whose runner issues the OIDC ID token; elsewhere give the CI's own OIDC token as subject-token, assertion or client-assertion (GitLab CI: an id_tokens entry, docs/gitlab.md)";
/**
 * Which options the federated token fills, given what is already there: the grant's
 * own token, and the client assertion when the client authenticates with a JWT it was
 * not given (explicit `private_key_jwt`, or `generic` client credentials with no secret).
 */
export function federatedSlots(options) {
    const { preset, grant } = presetAndGrantOf(options);
    const slots = [];
    if (grant.known === 'token_exchange' && !options.subjectToken)
        slots.push('subjectToken');
    if (grant.known === 'jwt_bearer' && !options.assertion)
        slots.push('assertion');
    const hasClientKey = options.clientAssertion || options.privateKey;
    if (!hasClientKey && chooseClientAuth(options, preset, grant) === 'private_key_jwt')
        slots.push('clientAssertion');
    return slots;
}
/**
 * `options` with the job's ID token filled in where it is needed. Everything else is
 * validated first with `validate` (a stand-in token in the slots), so a bad input fails
 * before the runner is asked for a token; the token is handed to `onToken` (to mask
 * it) before it is used. `redact` removes secrets from the text of an unexpected
 * failure of `source`.
 */
export async function withFederatedToken(options, source, onToken, validate = planTokenRequest, redact = (text) => text) {
    const audience = options.githubOidcAudience;
    if (!audience)
        return options;
    const slots = federatedSlots(options);
    if (slots.length === 0) {
        throw new InputError('github-oidc-audience', 'is given but nothing uses it: subject-token, assertion and client-assertion are given or not needed');
    }
    await validate(filled(options, slots, 'placeholder.federated.token'));
    if (!process.env[ID_TOKEN_REQUEST_URL_VAR])
        throw new InputError('github-oidc-audience', process.env.GITHUB_ACTIONS === 'true' ? MISSING_PERMISSION_PROBLEM : NOT_ON_GITHUB_PROBLEM);
    const idToken = await fetchIdToken(source, audience, redact);
    onToken(idToken);
    return filled(options, slots, idToken);
}
function filled(options, slots, token) {
    const result = { ...options };
    for (const slot of slots)
        result[slot] = token;
    return result;
}
/**
 * Asks `source`, turning any failure into one line that names the input: a
 * {@link TokenRequestError}, since the runner's endpoint refused or could not be reached.
 */
async function fetchIdToken(source, audience, redact) {
    const failure = (reason, status, code = 'HTTP_ERROR') => new TokenRequestError(`Could not get the job's OIDC ID token (github-oidc-audience): ${reason}`, { code, status });
    let token;
    try {
        token = await source(audience);
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        if (error instanceof TokenRequestError)
            throw failure(error.message, error.status, error.code);
        throw failure(errorText(error, redact));
    }
    if (typeof token !== 'string' || !isCompactJwt(token))
        throw failure("the runner's answer holds no JWT", undefined, 'INVALID_RESPONSE');
    return token;
}
/** RFC 7515 §7.1, RFC 7519 §7.2: three base64url parts, the header and the claims JSON objects. What else the runner sends is not sent on. */
function isCompactJwt(token) {
    if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token) || !jwtClaims(token))
        return false;
    try {
        const header = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('utf8'));
        return header !== null && typeof header === 'object' && !Array.isArray(header);
    }
    catch {
        return false;
    }
}
