/** `client-secret` -> `clientSecret`. */
export function optionNameOf(input) {
    return input.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}
/** `clientSecret` -> `client-secret`. */
export function inputNameOf(option) {
    return option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
