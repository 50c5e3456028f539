/** The package version, sent in the User-Agent; a test keeps it equal to package.json's. */
export declare const VERSION = "1.0.0";
export declare const USER_AGENT = "oauth-token-action/1.0.0";
