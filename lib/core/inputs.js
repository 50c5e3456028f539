/**
 * The contract's inputs as one table, shared by the action (action.yml, `core.getInput`)
 * and the CLI (flags, `OAUTH_*` env vars, `--help`), and the reading of string inputs
 * into {@link TokenSourceOptions}.
 */
import { InputError } from './errors.js';
import { inputNameOf, optionNameOf } from './names.js';
import { isFalse, isTrue } from './yaml-boolean.js';
export const INPUTS = [
    { name: 'provider', description: 'Preset: datacrunch, understory, crayon, bitquery or generic.', default: 'generic' },
    { name: 'token-url', description: "Token endpoint; overrides the preset's." },
    { name: 'issuer', description: 'Authorization server issuer; the token and revocation endpoints come from RFC 8414 / OpenID discovery.' },
    {
        name: 'grant-type',
        description: "client_credentials, password, refresh_token, token_exchange or jwt_bearer (full URNs accepted), or any other absolute URI or grant name, sent as is; default: the preset's."
    },
    { name: 'client-id', description: 'OAuth client id.' },
    { name: 'client-secret', description: 'OAuth client secret.', secret: true },
    {
        name: 'client-auth',
        description: "client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt or none; default: the preset's, or chosen from the credentials given (and the issuer's metadata)."
    },
    { name: 'basic-encoding', description: "How client_secret_basic encodes id and secret: form-urlencoded (RFC 6749 §2.3.1) or raw (base64(id:secret)); default: the preset's." },
    { name: 'client-assertion-audience', description: 'aud of a signed client assertion: token-endpoint (default), endpoint (the URL of the request), issuer, or an absolute URL.' },
    { name: 'body-format', description: "form or json; default: the preset's." },
    { name: 'username', description: 'Resource owner username (password grant).' },
    { name: 'password', description: 'Resource owner password (password grant).', secret: true },
    { name: 'refresh-token', description: 'Refresh token (refresh_token grant).', secret: true },
    { name: 'scope', description: 'Space-separated scopes, or one per line.' },
    { name: 'audience', description: 'audience parameter (Auth0/Ory style; RFC 8693 for token exchange, one per line).', kind: 'lines' },
    { name: 'resource', description: 'RFC 8707 resource indicator(s), one per line.', kind: 'lines' },
    { name: 'subject-token', description: 'RFC 8693 subject token (token_exchange).', secret: true },
    { name: 'subject-token-type', description: 'RFC 8693 subject token type; default urn:ietf:params:oauth:token-type:jwt.' },
    { name: 'actor-token', description: 'RFC 8693 actor token (token_exchange).', secret: true },
    { name: 'actor-token-type', description: 'RFC 8693 actor token type; required with actor-token.' },
    { name: 'requested-token-type', description: 'RFC 8693 requested token type.' },
    {
        name: 'assertion',
        description: 'The JWT for the jwt_bearer grant (RFC 7523 §2.1), or the assertion of a custom assertion grant such as SAML 2.0 bearer (RFC 7522 §2.1).',
        secret: true
    },
    { name: 'assertion-issuer', description: 'jwt_bearer with private-key and no assertion: iss of the signed assertion; default client-id.' },
    { name: 'assertion-subject', description: 'jwt_bearer with private-key: sub of the signed assertion; default: its issuer.' },
    { name: 'assertion-audience', description: 'jwt_bearer with private-key: aud of the signed assertion; default: the token endpoint.' },
    { name: 'assertion-claims', description: 'jwt_bearer with private-key: more claims of the signed assertion, a JSON object (e.g. {"scope": "..."}).' },
    { name: 'client-assertion', description: 'A ready-made JWT for private_key_jwt client authentication.', secret: true },
    {
        name: 'private-key',
        description: 'PEM private key (RSA or EC P-256) that signs a private_key_jwt client assertion, or the jwt_bearer assertion when no assertion is given; followed by its certificate, the assertion names it (x5t#S256, as Entra ID needs).',
        secret: true
    },
    { name: 'private-key-id', description: 'kid of the private key.' },
    { name: 'signing-algorithm', description: 'RS256, PS256 or ES256; default RS256 for RSA, PS256 for an RSA-PSS key, ES256 for P-256.' },
    {
        name: 'github-oidc-audience',
        description: "Use the job's GitHub OIDC ID token, requested for this audience, wherever a subject token, assertion or client assertion is needed and not given (needs permissions: id-token: write)."
    },
    { name: 'extra-params', description: 'More body parameters, one key=value per line.', kind: 'lines' },
    { name: 'headers', description: 'More request headers, one "Name: value" per line.', kind: 'lines' },
    { name: 'timeout-seconds', description: 'Timeout of each attempt, in seconds.', kind: 'number', default: '30' },
    { name: 'retries', description: 'Extra attempts after a network error, 408, 429 or 5xx (Retry-After honoured up to 60 s).', kind: 'number', default: '3' },
    { name: 'export-env', description: 'Also export the access token to this environment variable for later steps.', actionOnly: true },
    {
        name: 'revoke',
        description: 'true: revoke the access token and any refresh token (RFC 7009) in the post step at job end, with the same client authentication; needs revocation-url or an issuer whose metadata has a revocation_endpoint, else the step fails before the token request.',
        kind: 'boolean',
        default: 'false',
        actionOnly: true
    },
    { name: 'revocation-url', description: 'Revocation endpoint (RFC 7009).' },
    {
        name: 'token-file',
        description: "true: also write the access token (alone, no newline) to a new file in RUNNER_TEMP that only the job's user can read (mode 0600; on Windows, RUNNER_TEMP's access list); output token_file is its path; the post step deletes it.",
        kind: 'boolean',
        default: 'false',
        actionOnly: true
    },
    {
        name: 'keep-fresh',
        description: 'true (implies token-file): a background renewal keeps that file holding a valid token until the job ends; the post step stops it and deletes the file.',
        kind: 'boolean',
        default: 'false',
        actionOnly: true
    },
    {
        name: 'refresh-margin-seconds',
        description: 'A cached or kept-fresh token is renewed when less than this many seconds, or half its lifetime, whichever is smaller, remain.',
        kind: 'number',
        default: '60'
    }
];
/** The inputs whose values are secrets. */
export const SECRET_INPUTS = INPUTS.filter((input) => input.secret).map((input) => input.name);
/** Registers the value of every secret input that `options` sets, before anything uses them. */
export function registerSecretOptions(options, secrets) {
    for (const input of SECRET_INPUTS)
        secrets.add(options[optionNameOf(input)]);
}
/** A token source's own option that no input has. */
const SOURCE_ONLY_OPTION = 'maxAgeSeconds';
/**
 * Whether `option` is one of the library's option names: the camelCase of an input but the
 * action's own, or {@link SOURCE_ONLY_OPTION}. Checked for the few options given, every run,
 * rather than by building every name.
 */
export function isLibraryOption(option) {
    if (option === SOURCE_ONLY_OPTION)
        return true;
    const input = inputNameOf(option);
    return optionNameOf(input) === option && INPUTS.some((spec) => spec.name === input && !spec.actionOnly);
}
/** The library's option names, for a message about one that is not. */
export function libraryOptionNames() {
    return [...INPUTS.filter((spec) => !spec.actionOnly).map((spec) => optionNameOf(spec.name)), SOURCE_ONLY_OPTION];
}
/**
 * Reads the token options from string inputs (action inputs, CLI flags, env vars).
 * Blank means unset.
 */
export function optionsFromInputs(read) {
    const options = {};
    for (const spec of INPUTS) {
        if (spec.actionOnly)
            continue;
        const raw = read(spec.name);
        const value = raw?.trim();
        if (!value)
            continue;
        // Numbers stay strings here: the plan reads and checks them, as it does the library's.
        options[optionNameOf(spec.name)] = value;
    }
    return options;
}
/** `true` / `false` (YAML 1.2 core schema, as `core.getBooleanInput`), blank = false. */
export function booleanInput(input, value) {
    const normalized = (value ?? '').trim();
    if (normalized === '' || isFalse(normalized))
        return false;
    if (isTrue(normalized))
        return true;
    throw new InputError(input, `must be true or false (got "${normalized}")`);
}
