/** The package version, sent in the User-Agent; a test keeps it equal to package.json's. */
export const VERSION = '1.0.0';
export const USER_AGENT = `oauth-token-action/${VERSION}`;
