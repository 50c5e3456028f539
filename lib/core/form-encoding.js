/**
 * `application/x-www-form-urlencoded` (RFC 6749 Appendix B) of one value: how a secret
 * looks in a form body and, per RFC 6749 §2.3.1, inside a Basic header.
 */
export function formEncode(value) {
    return new URLSearchParams({ v: value }).toString().slice(2);
}
