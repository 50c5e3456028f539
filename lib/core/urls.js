/**
 * Endpoint URL checks shared by every endpoint input.
 */
import { InputError } from './errors.js';
import { foreignText } from './neutralize.js';
import { isCredentialName, REDACTED } from './secrets.js';
/**
 * An absolute URI (RFC 3986 §4.3) as written: no white space, control character or `\`,
 * which URL parsing would drop or rewrite, so the string sent is the string checked.
 */
export function isAbsoluteUri(value) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s\x00-\x1f\x7f\\]+$/.test(value) && URL.canParse(value);
}
/** Hosts where plain `http://` is acceptable: the traffic never leaves the machine. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/**
 * Parses an endpoint input: absolute `https://` URL, or `http://` on a loopback host
 * (RFC 6749 §3.2 requires TLS for the token endpoint). Credentials in the URL and
 * fragments are refused, as neither belongs in an endpoint.
 */
export function parseEndpointUrl(input, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new InputError(input, 'is not an absolute URL (expected https://host/path)');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(input, `must be an https:// URL (got ${url.protocol}//)`);
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new InputError(input, `must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]; got host ${url.hostname})`);
    }
    if (url.username || url.password) {
        throw new InputError(input, 'must not contain credentials; use "client-id" and "client-secret"');
    }
    if (url.hash) {
        throw new InputError(input, 'must not contain a #fragment');
    }
    return url;
}
/**
 * An endpoint as a message shows it: the origin and path as they are, the query (where
 * a user may have put an API key, `?key=...`) redacted and neutralised, so that a short
 * secret never garbles the host or the path.
 */
export function shownUrl(url, redact) {
    return `${url.origin}${url.pathname}${foreignText(withCredentialsHidden(url.search), redact) ?? ''}`;
}
/**
 * The query with the value of each parameter named like a credential replaced, by name:
 * the query keeps the escapes the user wrote (`%c3%a9`, an unneeded `%2D`), which no
 * registered form of the decoded secret matches.
 */
function withCredentialsHidden(search) {
    return search.replace(/([?&])([^=&]*)=[^&]*/g, (param, separator, name) => (isCredentialName(decodedName(name)) ? `${separator}${name}=${REDACTED}` : param));
}
function decodedName(name) {
    try {
        return decodeURIComponent(name.replaceAll('+', ' '));
    }
    catch {
        return name;
    }
}
