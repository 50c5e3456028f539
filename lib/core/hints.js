/**
 * Hints for well-known refusals: a table that maps a server's answer (RFC 6749 §5.2
 * `error`, Entra ID's `AADSTS` codes in `error_description`, a bare 401/403, a web page
 * where a token was expected) to one line saying what to fix and where. The first row that
 * matches gives the hint; none is given when no row matches. Loaded only when a request
 * fails with an answer (not a 5xx, which says "later").
 */
import { formEncode } from './form-encoding.js';
import { TokenRequestError } from './errors.js';
import { claimText, describePresentedToken } from './federated-claims.js';
import { hasInvisibleCharacter, neutralize } from './neutralize.js';
const entraCode = (refusal, codes) => codes.test(refusal.errorDescription ?? '');
const sentParam = (refusal, name) => refusal.plan.params.find(([param]) => param === name)?.[1];
const shown = (refusal, value) => (refusal.shown ?? neutralize)(value);
/** The Basic encodings that would send these credentials differently. */
function encodingsDiffer({ credentials }) {
    const values = [credentials.clientId ?? '', credentials.clientSecret ?? ''];
    return values.some((value) => formEncode(value) !== value);
}
/** The token's `sub` and `aud`, when the request presented one. */
function subjectAndAudience({ presented, redact }) {
    if (!presented)
        return "the token's sub and aud";
    return `sub "${claimText(presented.claims, 'sub', redact) ?? ''}" and aud "${claimText(presented.claims, 'aud', redact) ?? ''}"`;
}
/** A refusal of the client's credentials. Keycloak answers bad ones with 401 unauthorized_client, not invalid_client. */
function isClientRefusal({ error, status }) {
    return error === 'invalid_client' || (status === 401 && (error === undefined || error === 'unauthorized_client'));
}
/** The credential input that holds a character never shown as such, if one does. */
function invisibleIn({ credentials }) {
    if (credentials.clientId && hasInvisibleCharacter(credentials.clientId))
        return 'client-id';
    return credentials.clientSecret && hasInvisibleCharacter(credentials.clientSecret) ? 'client-secret' : undefined;
}
/** What the server checks a client by, per client authentication, for a refusal of it. */
function credentialsOf({ clientAuth, grantAssertion, grant }, error) {
    // A bare 401 to a password grant may be the resource owner's credentials, refused by a server that says no more.
    const owner = grant.known === 'password' && error === undefined ? ', or username and password' : '';
    return credentialsOfClient(clientAuth, grantAssertion !== undefined) + owner;
}
function credentialsOfClient(clientAuth, signsGrantAssertion) {
    // A key-signed jwt_bearer grant authenticates no client: the server checks the assertion's issuer, client-id.
    if (signsGrantAssertion)
        return 'the public key the server holds for private-key, which signs the assertion (its issuer is client-id, or assertion-issuer)';
    if (clientAuth === 'private_key_jwt') {
        return 'what the server holds to check its assertion (the public key of private-key, with private-key-id as its kid; the federated credential of client-assertion or github-oidc-audience)';
    }
    if (clientAuth === 'none')
        return 'whether the server wants this client authenticated (give client-secret or private-key)';
    return "the secret behind client-secret (rotated or expired, or another client's or environment's)";
}
export const HINTS = [
    {
        name: 'Entra ID AADSTS700213 / AADSTS70021: no federated credential matches',
        matches: (refusal) => entraCode(refusal, /\bAADSTS(700213|70021)\b/),
        hint: (refusal) => `no federated credential of the Entra ID app matches ${subjectAndAudience(refusal)}; add one with exactly these values in the Azure portal: App registrations > the app > Certificates & secrets > Federated credentials`
    },
    {
        name: 'Entra ID AADSTS700024: assertion outside its valid time range',
        matches: (refusal) => entraCode(refusal, /\bAADSTS700024\b/),
        hint: () => 'the assertion has expired or is not valid yet: mint it right before this step (a client-assertion or assertion stored in a secret goes stale), and check the clock of the machine that signs it'
    },
    {
        name: 'Entra ID AADSTS7000215: invalid client secret',
        matches: (refusal) => entraCode(refusal, /\bAADSTS7000215\b/),
        hint: () => "Entra ID refused the client secret: it has expired, or the secret's ID was stored instead of its Value; create a new one under App registrations > the app > Certificates & secrets and store its Value in the secret behind client-secret"
    },
    {
        name: 'Entra ID AADSTS700016: no such app in the tenant',
        matches: (refusal) => entraCode(refusal, /\bAADSTS700016\b/),
        hint: () => "Entra ID has no app with this client-id in the tenant of token-url: check client-id (the app's Application (client) ID) and the tenant in token-url"
    },
    {
        name: 'Entra ID AADSTS700027: the key that signed the client assertion is not registered',
        matches: (refusal) => entraCode(refusal, /\bAADSTS700027\b/),
        hint: () => 'Entra ID does not know the key that signed the assertion: upload its certificate under App registrations > the app > Certificates & secrets > Certificates, and give private-key as the key followed by that certificate (PEM), so that the assertion names it (x5t#S256)'
    },
    {
        name: 'Entra ID AADSTS90002: no such tenant',
        matches: (refusal) => entraCode(refusal, /\bAADSTS90002\b/),
        hint: () => 'Entra ID has no tenant of that id or domain: check the tenant in token-url (https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token)'
    },
    {
        // A zero-width space or a control character copied from a web page along with the secret.
        name: 'the client credentials refused, with an invisible character in the client id or secret',
        matches: (refusal) => isClientRefusal(refusal) && invisibleIn(refusal.plan) !== undefined,
        hint: ({ plan }) => `${invisibleIn(plan)} holds an invisible character (a zero-width space, a control character), likely copied along with it: copy the value again`
    },
    {
        name: 'client_secret_basic refused, with credentials the two Basic encodings send differently',
        matches: (refusal) => refusal.plan.clientAuth === 'client_secret_basic' &&
            (refusal.error === 'invalid_client' || (refusal.error === undefined && (refusal.status === 401 || refusal.status === 403))) &&
            encodingsDiffer(refusal.plan),
        hint: ({ plan }) => {
            const other = plan.basicEncoding === 'raw' ? 'form-urlencoded' : 'raw';
            return `the client id or secret holds a character (such as : + % / or a space) that the two Basic encodings send differently, and servers disagree on which to expect; try basic-encoding: ${other} (now ${plan.basicEncoding}), or client-auth: client_secret_post`;
        }
    },
    {
        name: 'the client credentials refused: invalid_client, or a 401',
        matches: isClientRefusal,
        hint: ({ plan, error }) => `the server refused the client's credentials: check client-id and ${credentialsOf(plan, error)}`
    },
    {
        name: 'token-url is no token endpoint: 404, 405, or a web page',
        matches: ({ status, contentType }) => status === 404 || status === 405 || (status === 200 && contentType?.toLowerCase() === 'text/html'),
        hint: () => 'token-url does not look like a token endpoint: check its path (the token endpoint, often ending in /token), or give issuer to discover it; a web page may also come from a sign-in page or proxy in front of it'
    },
    {
        name: 'unsupported_grant_type',
        matches: (refusal) => refusal.error === 'unsupported_grant_type',
        hint: (refusal) => `the server does not support grant_type "${shown(refusal, refusal.plan.grant.wire)}": check grant-type, and that the server (its admin console or configuration) has this grant enabled`
    },
    {
        name: 'unauthorized_client: the client may not use this grant',
        matches: (refusal) => refusal.error === 'unauthorized_client' && refusal.status !== 401,
        hint: (refusal) => `the client is not allowed grant_type "${shown(refusal, refusal.plan.grant.wire)}": allow this grant type in the client's (application's) settings on the authorization server, or use a grant it allows`
    },
    {
        name: 'invalid_scope',
        matches: (refusal) => refusal.error === 'invalid_scope',
        hint: (refusal) => {
            const scope = sentParam(refusal, 'scope');
            return scope
                ? `the server refused scope "${shown(refusal, scope)}": ask only for scopes the client is granted (input scope), or grant them to the client on the server`
                : 'no scope was asked and the server has no default scope for this client: set input scope, or give the client a default scope on the server';
        }
    },
    {
        name: 'Auth0 access_denied for a missing audience',
        matches: (refusal) => refusal.error === 'access_denied' && /audience/i.test(refusal.errorDescription ?? '') && !sentParam(refusal, 'audience'),
        hint: () => "Auth0 issues a token for an API only: set input audience to the API's Identifier (Auth0 dashboard > Applications > APIs), or set a Default Audience in the tenant settings"
    }
];
/** The hint of the first row that matches `refusal`, if any. */
function hintFor(refusal) {
    return HINTS.find((row) => row.matches(refusal))?.hint(refusal);
}
/**
 * `error` (a refusal of the token request) with its hint and, when the request presented
 * a CI OIDC token, that token's claims line.
 */
export function explainRefusal(error, refusal, nowMs) {
    const hint = hintFor({ ...refusal, status: error.status, error: error.error, errorDescription: error.errorDescription, contentType: error.contentType });
    // The claims explain a refusal only: a web page or a redirect did not judge the token.
    const refused = error.status !== undefined && error.status >= 400;
    const federatedClaims = refused && refusal.presented ? describePresentedToken(refusal.presented, nowMs, refusal.redact) : undefined;
    if (!hint && !federatedClaims)
        return error;
    return new TokenRequestError(error.message, { ...error, code: error.code, hint, federatedClaims });
}
