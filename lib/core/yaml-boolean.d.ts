/**
 * The booleans of the YAML 1.2 core schema, as `core.getBooleanInput` reads them. No
 * imports: the post step's entry asks {@link isTrue} before it loads anything.
 */
/** `true`, `True` or `TRUE`, blanks around it allowed. */
export declare function isTrue(value: string | undefined): boolean;
/** `false`, `False` or `FALSE`, blanks around it allowed. */
export declare function isFalse(value: string | undefined): boolean;
