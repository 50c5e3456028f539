/** Freezes a preset all the way down: the table is read-only for every caller. */
function deepFreeze(value) {
    if (value !== null && typeof value === 'object') {
        for (const nested of Object.values(value))
            deepFreeze(nested);
        Object.freeze(value);
    }
    return value;
}
function preset(fields) {
    return deepFreeze({
        grantType: 'client_credentials',
        bodyFormat: 'form',
        basicEncoding: 'form-urlencoded',
        defaultParams: {},
        requiredInputs: [],
        grantOverrides: {},
        responseAliases: {},
        ...fields
    });
}
/** The preset table (CONTRACT.md, "Provider presets"), read-only; its keys are known, so `providers.crayon` needs no check. */
export const providers = Object.freeze({
    /** Any RFC 6749 server: Keycloak, Auth0, Okta, Entra ID, Ory Hydra, ... */
    generic: preset({ name: 'generic' }),
    /** JSON body with the credentials in it; a refresh sends only grant_type and refresh_token. */
    datacrunch: preset({
        name: 'datacrunch',
        tokenUrl: 'https://api.datacrunch.io/v1/oauth2/token',
        clientAuth: 'client_secret_post',
        bodyFormat: 'json',
        grantOverrides: { refresh_token: { clientAuth: 'none', omitClientId: true, grantParamsOnly: true } }
    }),
    /** Ory-based: form body with `audience`, and scopes the user must choose. */
    understory: preset({
        name: 'understory',
        tokenUrl: 'https://api.auth.understory.io/oauth2/token',
        clientAuth: 'client_secret_post',
        defaultParams: { audience: 'https://api.understory.io' },
        requiredInputs: ['scope']
    }),
    /** Password grant for an API user; client id and secret in a plain Basic header; a PascalCase answer. */
    crayon: preset({
        name: 'crayon',
        tokenUrl: 'https://api.crayon.com/api/v1/connect/token/',
        grantType: 'password',
        clientAuth: 'client_secret_basic',
        basicEncoding: 'raw',
        defaultParams: { scope: 'CustomerApi' },
        responseAliases: { idToken: ['IdentityToken'] }
    }),
    /** Ory-based: form body with the credentials and `scope=api`. */
    bitquery: preset({
        name: 'bitquery',
        tokenUrl: 'https://oauth2.bitquery.io/oauth2/token',
        clientAuth: 'client_secret_post',
        defaultParams: { scope: 'api' }
    })
});
