/**
 * An absolute URI (RFC 3986 §4.3) as written: no white space, control character or `\`,
 * which URL parsing would drop or rewrite, so the string sent is the string checked.
 */
export declare function isAbsoluteUri(value: string): boolean;
/**
 * Parses an endpoint input: absolute `https://` URL, or `http://` on a loopback host
 * (RFC 6749 §3.2 requires TLS for the token endpoint). Credentials in the URL and
 * fragments are refused, as neither belongs in an endpoint.
 */
export declare function parseEndpointUrl(input: string, value: string): URL;
/**
 * An endpoint as a message shows it: the origin and path as they are, the query (where
 * a user may have put an API key, `?key=...`) redacted and neutralised, so that a short
 * secret never garbles the host or the path.
 */
export declare function shownUrl(url: URL, redact: (text: string) => string): string;
