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
/**
 * Whether `option` is one of the library's option names: the camelCase of an input but the
 * action's own, or {@link SOURCE_ONLY_OPTION}. Checked for the few options given, every run,
 * rather than by building every name.
 */
export declare function isLibraryOption(option: string): boolean;
/** The library's option names, for a message about one that is not. */
export declare function libraryOptionNames(): string[];
/**
 * Reads the token options from string inputs (action inputs, CLI flags, env vars).
 * Blank means unset.
 */
export declare function optionsFromInputs(read: (input: string) => string | undefined): TokenSourceOptions;
/** `true` / `false` (YAML 1.2 core schema, as `core.getBooleanInput`), blank = false. */
export declare function booleanInput(input: string, value: string | undefined): boolean;
