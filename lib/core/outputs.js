/** The action's output with the path of the token file (`token-file`, `keep-fresh`); written only then. */
export const TOKEN_FILE_OUTPUT = 'token_file';
/** Outputs that only some answers carry; the CLI's `env` and `dotenv` write them only when present. */
export const OPTIONAL_OUTPUTS = new Set(['refresh_token', 'id_token', 'issued_token_type']);
/** Every output in the contract's order, with its value as text; undefined when unknown or absent. */
export function tokenOutputs(token) {
    return [
        ['access_token', token.accessToken],
        ['expires_in', token.expiresIn === undefined ? undefined : String(token.expiresIn)],
        ['expires_at', token.expiresAt],
        ['token_type', token.tokenType],
        ['scope', token.scope],
        ['refresh_token', token.refreshToken],
        ['id_token', token.idToken],
        ['issued_token_type', token.issuedTokenType]
    ];
}
