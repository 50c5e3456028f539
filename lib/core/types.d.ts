/**
 * The vocabulary shared by the core, the presets and the front doors.
 */
/**
 * The grant types the core knows, by their short names (RFC 6749 §4.3, §4.4, §6;
 * RFC 8693; RFC 7523 §2.1). Any other grant is sent as is (RFC 6749 §4.5).
 */
export type GrantType = 'client_credentials' | 'password' | 'refresh_token' | 'token_exchange' | 'jwt_bearer';
/**
 * Client authentication methods (RFC 6749 §2.3.1; OpenID Connect Core §9;
 * RFC 7523 §2.2) by their registered names.
 */
export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'client_secret_jwt' | 'private_key_jwt' | 'none';
/** How the token request body is encoded. */
export type BodyFormat = 'form' | 'json';
/** JWS algorithms we sign client assertions with. */
export type SigningAlgorithm = 'RS256' | 'PS256' | 'ES256' | 'HS256';
/**
 * Options of a token request: the camelCase of the action's inputs
 * (see CONTRACT.md). Only what a flow needs is required, and that is checked
 * before any request.
 */
export interface TokenOptions {
    /** A preset name (`datacrunch`, `understory`, `crayon`, `bitquery`, `generic`). */
    provider?: string | undefined;
    /** Token endpoint (RFC 6749 §3.2); overrides the preset's. */
    tokenUrl?: string | undefined;
    /** Authorization server issuer for RFC 8414 / OpenID discovery. */
    issuer?: string | undefined;
    /**
     * A known grant's short name or full `urn:ietf:params:oauth:grant-type:*` URI, or any
     * other absolute URI or grant name, sent as is (RFC 6749 §4.5).
     */
    grantType?: string | undefined;
    clientId?: string | undefined;
    clientSecret?: string | undefined;
    clientAuth?: string | undefined;
    /**
     * How `client_secret_basic` puts id and secret in the Basic header: `form-urlencoded`
     * (RFC 6749 §2.3.1) or `raw`; default: the preset's.
     */
    basicEncoding?: string | undefined;
    /**
     * The `aud` of a client assertion this library signs (RFC 7523 §3): `token-endpoint`
     * (default; OpenID Connect Core §9), `endpoint` (the URL of the request: token or
     * revocation), `issuer`, or an absolute URL used as is.
     */
    clientAssertionAudience?: string | undefined;
    bodyFormat?: string | undefined;
    username?: string | undefined;
    password?: string | undefined;
    refreshToken?: string | undefined;
    /** Space-separated scopes (RFC 6749 §3.3), or one per line: any white space between two is sent as one space. */
    scope?: string | undefined;
    /** `audience` parameters: Auth0's and Ory's API identifier, or RFC 8693 §2.1 token exchange targets (one per line or entry, each sent as its own parameter). */
    audience?: string | string[] | undefined;
    /** RFC 8707 resource indicators. */
    resource?: string | string[] | undefined;
    subjectToken?: string | undefined;
    subjectTokenType?: string | undefined;
    actorToken?: string | undefined;
    actorTokenType?: string | undefined;
    requestedTokenType?: string | undefined;
    /** The JWT for the `jwt_bearer` grant (RFC 7523 §2.1). */
    assertion?: string | undefined;
    /** `jwt_bearer` with a `privateKey` and no `assertion`: the signed assertion's `iss` (RFC 7523 §3); default `clientId`. */
    assertionIssuer?: string | undefined;
    /** The signed assertion's `sub`; default: its issuer. */
    assertionSubject?: string | undefined;
    /** The signed assertion's `aud`; default: the token endpoint. */
    assertionAudience?: string | undefined;
    /** More claims of the signed assertion: a JSON object (e.g. Google's `{"scope": "..."}`). */
    assertionClaims?: string | undefined;
    /** A ready-made JWT for `private_key_jwt` (RFC 7523 §2.2). */
    clientAssertion?: string | undefined;
    /** PEM private key (RSA or EC) that signs a `private_key_jwt` assertion. */
    privateKey?: string | undefined;
    privateKeyId?: string | undefined;
    signingAlgorithm?: string | undefined;
    /** More body parameters: a record, or `key=value` lines. */
    extraParams?: Record<string, string> | string | undefined;
    /** More request headers: a record, or `Name: value` lines. */
    headers?: Record<string, string> | string | undefined;
    /**
     * Audience of the job's GitHub OIDC ID token, used wherever a subject token, assertion
     * or client assertion is needed and not given.
     */
    githubOidcAudience?: string | undefined;
    /** Per attempt, in seconds (a number or a numeric string such as `'5'`); default 30. */
    timeoutSeconds?: number | string | undefined;
    /** Extra attempts after a network error, 408, 429 or 5xx (a number or a numeric string such as `'3'`); default 3. */
    retries?: number | string | undefined;
    /** RFC 7009 revocation endpoint. */
    revocationUrl?: string | undefined;
}
/** The token as the front doors hand it out (CONTRACT.md, "Library"). */
export interface Token {
    accessToken: string;
    /** Whole seconds until expiry, when known. */
    expiresIn?: number;
    /** ISO-8601 UTC instant of expiry, when known. */
    expiresAt?: string;
    /** As returned (`Bearer`, `bearer`, `DPoP`, ...); `Bearer` when the server omits it. */
    tokenType: string;
    /** Granted scope, when the server says. */
    scope?: string;
    refreshToken?: string;
    idToken?: string;
    /** RFC 8693 §2.2.1 `issued_token_type`. */
    issuedTokenType?: string;
    /** The parsed response body as the server sent it. */
    raw: Record<string, unknown>;
}
