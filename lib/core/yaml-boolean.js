/**
 * The booleans of the YAML 1.2 core schema, as `core.getBooleanInput` reads them. No
 * imports: the post step's entry asks {@link isTrue} before it loads anything.
 */
/** `true`, `True` or `TRUE`, blanks around it allowed. */
export function isTrue(value) {
    return /^(true|True|TRUE)$/.test(value?.trim() ?? '');
}
/** `false`, `False` or `FALSE`, blanks around it allowed. */
export function isFalse(value) {
    return /^(false|False|FALSE)$/.test(value?.trim() ?? '');
}
