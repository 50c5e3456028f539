/**
 * Turns the token endpoint's answer into a {@link Token} (RFC 6749 §5.1) or a
 * {@link TokenRequestError} (RFC 6749 §5.2). Field names are matched whatever their
 * casing (`access_token`, `AccessToken`, `accessToken`), so PascalCase providers need
 * no special code.
 */
import { isUtf8 } from 'node:buffer';
import { TokenRequestError } from './errors.js';
import { isSuccessStatus } from './http.js';
import { asciiEscaped, foreignText, isVisibleAscii } from './neutralize.js';
import { redirectTarget } from './redirect.js';
/** A field name without case or separators: `access_token`, `AccessToken` -> `accesstoken`. */
function fieldKey(name) {
    return name.toLowerCase().replace(/[_-]/g, '');
}
function fieldsOf(body) {
    const fields = new Map();
    for (const [key, value] of Object.entries(body)) {
        if (value !== null && value !== undefined && value !== '')
            fields.set(fieldKey(key), value);
    }
    return fields;
}
function text(fields, ...names) {
    for (const name of names) {
        const value = fields.get(name);
        if (typeof value === 'string' && value !== '')
            return value;
    }
    return undefined;
}
/**
 * Parses an answer of the token endpoint (or of any endpoint answering in its
 * format). `nowMs` anchors `expiresAt`. Every piece of the answer that goes into an
 * error passes through {@link foreignText}: `redact` removes the secrets the server
 * echoed, and workflow commands, escapes and control characters are neutralised.
 */
export function parseTokenResponse(response, nowMs, redact = (text) => text, aliases = {}) {
    const { status } = response;
    if (isRedirect(response))
        throw redirectError(response, redact);
    const body = parseJsonObject(response);
    if (!isSuccessStatus(status))
        throw errorResponse(response, body, redact);
    if (!body)
        throw notJson(response, 'is not a JSON object', redact);
    const fields = fieldsOf(body);
    if (fields.has('error'))
        throw errorResponse(response, body, redact);
    const accessToken = fields.get('accesstoken');
    const tokenEndpoint = text(fields, 'tokenendpoint');
    if (accessToken === undefined && tokenEndpoint)
        throw metadataNotToken(status, tokenEndpoint, redact);
    if (typeof accessToken !== 'string' || accessToken === '') {
        const why = accessToken === undefined ? 'has no access_token' : 'has an access_token that is not a non-empty string';
        // Escaped, so that `access_\u200btoken` is not shown as the access_token it is missing.
        const names = foreignText(asciiEscaped(Object.keys(body).join(', ')), redact) ?? 'none';
        throw new TokenRequestError(`Token endpoint answered HTTP ${status} but the response ${why} (fields: ${names})`, {
            code: 'INVALID_RESPONSE',
            status
        });
    }
    const refreshToken = text(fields, 'refreshtoken');
    const idToken = text(fields, 'idtoken', ...(aliases.idToken ?? []).map(fieldKey));
    refuseUnprintableToken(status, 'an access_token', accessToken, 'RFC 6749 §A.12 VSCHAR');
    refuseUnprintableToken(status, 'a refresh_token', refreshToken, 'RFC 6749 §A.17 VSCHAR');
    refuseUnprintableToken(status, 'an id_token', idToken, 'a JWT, RFC 7519 §7.2');
    const expiresIn = representable(secondsOf(fields.get('expiresin')) ?? secondsUntilJwtExpiry(accessToken, nowMs), nowMs);
    return {
        accessToken,
        expiresIn,
        expiresAt: expiresIn === undefined ? undefined : isoInstant(nowMs + expiresIn * 1000),
        tokenType: text(fields, 'tokentype') ?? 'Bearer',
        scope: scopeOf(fields.get('scope')),
        refreshToken,
        idToken,
        issuedTokenType: text(fields, 'issuedtokentype'),
        raw: body
    };
}
/**
 * A token is printable ASCII: anything else (a line break, an escape sequence, a byte
 * that was not UTF-8) would print as more than the token, or was damaged on the way and
 * would be refused when used. Never shown, not even escaped: it is still a token.
 */
function refuseUnprintableToken(status, field, token, rule) {
    if (token === undefined || isVisibleAscii(token))
        return;
    throw new TokenRequestError(`Token endpoint answered HTTP ${status} with ${field} that is not printable ASCII (${rule}); refusing it`, { code: 'INVALID_RESPONSE', status });
}
/** The answer's media type without parameters (`text/html`), neutralised; undefined when it has none. */
export function mediaTypeOf(response, redact) {
    return foreignText(String(response.headers['content-type'] ?? '').split(';')[0], redact);
}
/** The body as a JSON object, or undefined when it is not one. */
export function parseJsonObject(response) {
    try {
        // RFC 8259 §8.1 lets a parser ignore a byte order mark, which some .NET servers send.
        const parsed = JSON.parse(response.body.replace(/^\uFEFF/, ''));
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** Reads an RFC 6749 §5.2 / RFC 7009 §2.2.1 error (or a provider's `Error` field) from a JSON body. */
export function oauthErrorOf(body, redact) {
    const fields = body ? fieldsOf(body) : new Map();
    const error = foreignText(fields.get('error'), redact);
    const errorDescription = foreignText(fields.get('errordescription'), redact);
    const detail = [error, errorDescription].filter(Boolean).join(': ') || undefined;
    return { error, errorDescription, detail };
}
/**
 * An RFC 6749 §5.2 error (or a provider's `Error` field; else one a 401's `WWW-Authenticate`
 * carries, RFC 6750 §3), or a plain HTTP failure with what the server said instead.
 */
function errorResponse(response, body, redact) {
    const { status } = response;
    const fromBody = oauthErrorOf(body, redact);
    const { error, errorDescription, detail } = fromBody.detail ? fromBody : challengeErrorOf(response, redact);
    if (detail) {
        return new TokenRequestError(`Token endpoint answered HTTP ${status}: ${detail}`, { code: 'OAUTH_ERROR', status, error, errorDescription });
    }
    if (!body)
        return response.body.trim() === ''
            ? new TokenRequestError(`Token endpoint answered HTTP ${status} with an empty body`, { code: 'HTTP_ERROR', status })
            : notJson(response, 'is not a JSON error response', redact);
    const said = otherErrorTextOf(body, redact);
    return new TokenRequestError(`Token endpoint answered HTTP ${status} without an OAuth error code${said ? `: ${said}` : ''}`, { code: 'HTTP_ERROR', status });
}
/**
 * RFC 9110 §11.2 auth-params: a name, `=`, and a token or a quoted-string (whose backslash
 * escapes the next character), each quoted-string taken whole so that its text is never
 * read as a parameter of its own; an unclosed quote runs to the end. A name starts only
 * where a run of name characters does: else a long run without `=` is rescanned from each
 * of its characters (0.5 s for a 16 KB header).
 */
const AUTH_PARAM = /(?<![!#$%&'*+.^_`|~\w-])([!#$%&'*+.^_`|~\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)(?:"|$)|([^\s,"]*))/g;
/** The `error` and `error_description` auth-params of a `WWW-Authenticate` challenge (RFC 6750 §3), which some servers send instead of a body; the first of each counts. */
function challengeErrorOf(response, redact) {
    const params = new Map();
    for (const [, name, quoted, token] of headerText(response.headers['www-authenticate']).matchAll(AUTH_PARAM)) {
        const key = name.toLowerCase();
        if (!params.has(key))
            params.set(key, quoted?.replace(/\\(.)/g, '$1') ?? token ?? '');
    }
    const error = params.get('error');
    return error ? oauthErrorOf({ error, error_description: params.get('error_description') }, redact) : {};
}
/**
 * A header as the server wrote it: Node reads header bytes as latin1, so UTF-8 text (a
 * non-ASCII password echoed back) arrives as mojibake that matches no secret; bytes that are
 * valid UTF-8 are read as such.
 */
function headerText(value) {
    const latin1 = Array.isArray(value) ? value.join(', ') : (value ?? '');
    const bytes = Buffer.from(latin1, 'latin1');
    return isUtf8(bytes) ? bytes.toString('utf8') : latin1;
}
/** What a JSON error without an OAuth `error` says instead: Okta's `errorSummary`, or RFC 9457's `detail` or `title`, or a `message`. */
function otherErrorTextOf(body, redact) {
    return foreignText(text(fieldsOf(body), 'errorsummary', 'detail', 'message', 'title'), redact);
}
/** A 200 with the authorization server's metadata (RFC 8414 §2): token-url is its discovery document or issuer. */
function metadataNotToken(status, tokenEndpoint, redact) {
    return new TokenRequestError(`Token endpoint answered HTTP ${status} with authorization server metadata, not a token: set "token-url" to its token_endpoint (${foreignText(tokenEndpoint, redact) ?? ''}), or give "issuer" instead`, { code: 'INVALID_RESPONSE', status });
}
function notJson(response, what, redact) {
    const contentType = mediaTypeOf(response, redact);
    return new TokenRequestError(`Token endpoint answered HTTP ${response.status} with ${contentType ?? 'no content type'} that ${what}`, {
        code: isSuccessStatus(response.status) ? 'INVALID_RESPONSE' : 'HTTP_ERROR',
        status: response.status,
        contentType
    });
}
/** RFC 9110 §15.4: the redirect statuses, or any 3xx naming a `Location`; a 304 or a 300 without one points nowhere. */
function isRedirect({ status, headers }) {
    return [301, 302, 303, 307, 308].includes(status) || (status >= 300 && status < 400 && headers.location !== undefined);
}
function redirectError(response, redact) {
    const target = redirectTarget(response, redact);
    return new TokenRequestError(`Token endpoint answered HTTP ${response.status} redirecting ${target ? `to ${target}` : 'elsewhere'}; redirects are not followed so credentials are not resent: set "token-url" to the token endpoint itself (a redirect means this URL is not it: a moved endpoint, or a sign-in page or proxy in front)`, { code: 'REDIRECT', status: response.status });
}
/** The latest instant a `Date` holds (ECMA-262 §21.4.1.22), in ms since the epoch. */
const LAST_INSTANT_MS = 8.64e15;
/** A lifetime whose end is an instant a `Date` can hold; a larger one (`1e308`) is unknown. */
function representable(seconds, nowMs) {
    return seconds !== undefined && nowMs + seconds * 1000 <= LAST_INSTANT_MS ? seconds : undefined;
}
/** `expires_in` as a number or numeric string (RFC 6749 §5.1), in whole seconds. */
function secondsOf(value) {
    const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
    return Number.isFinite(seconds) && seconds >= 0 ? Math.floor(seconds) : undefined;
}
/** For a JWT access token without `expires_in`: seconds until its `exp` (RFC 7519 §4.1.4). */
function secondsUntilJwtExpiry(token, nowMs) {
    const exp = jwtClaims(token)?.exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? Math.max(0, Math.floor(exp - nowMs / 1000)) : undefined;
}
/**
 * The claims of a JWT (RFC 7519 §7.2 steps 1 to 3 only: the signature is not checked, so
 * they serve only to show a token or to learn when it expires); undefined when `token`
 * is not a JWT with a JSON object as its payload.
 */
export function jwtClaims(token) {
    const parts = token?.split('.');
    if (parts?.length !== 3)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
function scopeOf(value) {
    if (typeof value === 'string' && value !== '')
        return value;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
        return value.join(' ');
    return undefined;
}
/**
 * ISO-8601 UTC to the second. Written out field by field: the first `toISOString()` of a
 * process costs about 0.25 ms (npm run bench), a few percent of a token step's own work.
 * A year outside 0000-9999 takes `toISOString()`'s extended form.
 */
export function isoInstant(ms) {
    const date = new Date(ms);
    const year = date.getUTCFullYear();
    if (year < 0 || year > 9999)
        return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const two = (value) => String(value).padStart(2, '0');
    const day = `${String(year).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
    return `${day}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}Z`;
}
