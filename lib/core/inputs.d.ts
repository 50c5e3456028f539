import type { SecretRegistry } from './secrets.js';
import type { TokenSourceOptions } from './token-source.js';
export interface InputSpec {
    /** kebab-case, as in action.yml and CLI flags. */
    readonly name: string;
    readonly description: string;
    /** Masked at once and redacted everywhere. */
    readonly secret?: boolean;
    readonly kind?: 'text' | 'lines' | 'number' | 'boolean';
    readonly default?: string;
    /** Inputs that only the GitHub Action has. */
    readonly actionOnly?: boolean;
}
export declare const INPUTS: readonly InputSpec[];
/** The inputs whose values are secrets. */
export declare const SECRET_INPUTS: readonly string[];
/** Registers the value of every secret input that `options` sets, before anything uses them. */
export declare function registerSecretOptions(options: TokenSourceOptions, secrets: Pick<SecretRegistry, 'add'>): void;
/** The library's option names: the camelCase of every input but the action's own, and a token source's `maxAgeSeconds`. */
export declare function libraryOptionNames(): ReadonlySet<string>;
/**
 * Reads the token options from string inputs (action inputs, CLI flags, env vars).
 * Blank means unset.
 */
export declare function optionsFromInputs(read: (input: string) => string | undefined): TokenSourceOptions;
/** `true` / `false` (YAML 1.2 core schema, as `core.getBooleanInput`), blank = false. */
export declare function booleanInput(input: string, value: string | undefined): boolean;
