/** Types of loopback-token-server.mjs, for the tests that import it. */
export declare const DEMO: Readonly<{ clientId: string; clientSecret: string; username: string; password: string; accessToken: string; expiresIn: number }>;

export declare function startLoopbackTokenServer(): Promise<{ tokenUrl: string; revocationUrl: string; close(): Promise<void> }>;
