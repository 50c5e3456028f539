/**
 * The endpoints a run uses: `token-url` and `revocation-url` as given, and RFC 8414 /
 * OpenID discovery (./discovery.ts, loaded only by a run that discovers) for the rest;
 * and what the metadata says about client authentication.
 */
import { InputError } from './errors.js';
import { foreignText } from './neutralize.js';
/**
 * The endpoints of `plan`: `token-url` and `revocation-url` win over discovery, which
 * runs only when an issuer is given and one of them is not (RFC 8414 §3).
 *
 * @param requireRevocationEndpoint fail (before any token request) when no revocation
 *   endpoint is known, as `revoke: true` needs one (RFC 7009 §2).
 */
export async function resolveEndpoints(plan, io, requireRevocationEndpoint = false) {
    const { tokenUrl, issuer, revocationUrl } = plan;
    const { send, policy, redact } = io;
    // Discovery (its own chunk in the bundles) is loaded only by a run that discovers.
    const needed = { tokenEndpoint: !tokenUrl, revocationEndpoint: !revocationUrl };
    const discovered = issuer && (needed.tokenEndpoint || needed.revocationEndpoint) ? await (await import('./discovery.js')).discoverEndpoints(issuer, send, policy, redact, needed) : {};
    if (discovered.issuer !== undefined)
        checkAudienceIssuer(plan.clientAssertionAudience, discovered.issuer, redact);
    const tokenEndpoint = tokenUrl ?? discovered.tokenEndpoint;
    // An input to set, found after the metadata was read (as for revocation-url below).
    if (!tokenEndpoint)
        throw new InputError('token-url', `is required: the metadata of issuer ${issuer?.href ?? '(none)'} has no token_endpoint`);
    const revocationEndpoint = revocationUrl ?? discovered.revocationEndpoint;
    if (requireRevocationEndpoint && !revocationEndpoint)
        throw noRevocationEndpoint('with revoke: true', issuer);
    const clientAuth = clientAuthAfterDiscovery(plan, discovered.tokenEndpointAuthMethods, { debug: io.policy.debug, redact });
    return { tokenEndpoint, revocationEndpoint, plan: { ...plan, clientAuth } };
}
/**
 * `client-assertion-audience: issuer` sends the `issuer` input as the assertion's `aud`,
 * which the server compares with its own issuer as a string (RFC 7523 §3): discovery
 * accepts `https://auth.example` for `https://auth.example/`, the audience must not.
 */
function checkAudienceIssuer(audience, metadataIssuer, redact) {
    if (audience.kind !== 'issuer' || audience.issuer === metadataIssuer)
        return;
    const named = foreignText(metadataIssuer, redact);
    throw new InputError('issuer', `is "${audience.issuer}" but the server's metadata names its issuer "${named}", which client-assertion-audience: issuer must send exactly as the assertion's aud; set "issuer" to "${named}"`);
}
/** The input error for a revocation (RFC 7009 §2) that has no endpoint: `revocation-url` is required `when`, and why discovery did not help. */
export function noRevocationEndpoint(when, issuer) {
    const why = issuer ? `the metadata of issuer ${issuer.href} has no revocation_endpoint` : 'no "issuer" is given to discover it from';
    return new InputError('revocation-url', `is required ${when} (${why})`);
}
/**
 * The client authentication of `plan` once the server's metadata is known: a method
 * `generic` chose from a client secret becomes `client_secret_post` when the server lists
 * that and not `client_secret_basic` (RFC 8414 §2; RFC 6749 §2.3.1 lets a server support
 * Basic only, and some support post only). An explicit `client-auth`, a preset's method
 * or a `basic-encoding` (which asks for Basic) is kept. `debug` says which and why.
 */
function clientAuthAfterDiscovery(plan, methods, { debug, redact }) {
    if (plan.clientAuth !== 'client_secret_basic' || plan.clientAuthSource !== 'credentials' || !methods)
        return plan.clientAuth;
    const why = `token_endpoint_auth_methods_supported is [${methods.map((method) => foreignText(method, redact) ?? '').join(', ')}]`;
    if (methods.includes('client_secret_post') && !methods.includes('client_secret_basic') && !plan.basicEncodingGiven) {
        debug(`Client authentication client_secret_post: the server's ${why}, which lists post and not basic`);
        return 'client_secret_post';
    }
    debug(`Client authentication client_secret_basic: the server's ${why}${plan.basicEncodingGiven ? ' and basic-encoding is given' : ''}`);
    return 'client_secret_basic';
}
