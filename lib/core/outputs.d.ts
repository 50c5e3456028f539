/**
 * The token as the contract's outputs (CONTRACT.md, "Action outputs"), shared by the
 * action's step outputs and the CLI's `env` / `dotenv` formats (their upper case).
 */
import type { Token } from './types.js';
export type OutputName = 'access_token' | 'expires_in' | 'expires_at' | 'token_type' | 'scope' | 'refresh_token' | 'id_token' | 'issued_token_type';
/** The action's output with the path of the token file (`token-file`, `keep-fresh`); written only then. */
export declare const TOKEN_FILE_OUTPUT = "token_file";
/** Outputs that only some answers carry; the CLI's `env` and `dotenv` write them only when present. */
export declare const OPTIONAL_OUTPUTS: ReadonlySet<OutputName>;
/** Every output in the contract's order, with its value as text; undefined when unknown or absent. */
export declare function tokenOutputs(token: Token): Array<[OutputName, string | undefined]>;
