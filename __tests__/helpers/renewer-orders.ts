/**
 * Orders for the keep-fresh renewer run in-process (src/action/renewer.ts): it holds
 * `accessToken`, obtained now, from `server`, and revokes it at `${origin}/revoke` when
 * stopped; its token file, stop file and alive file are in `folder`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runRenewer } from '../../src/action/renewer.js';
import type { RenewerOrders } from '../../src/action/token-file.js';
import type { Token } from '../../src/core/types.js';
import type { TokenServer } from './token-server.js';

export function revokingOrders(server: TokenServer, folder: string, clientSecret: string, token: Omit<Token, 'raw'>): RenewerOrders {
  return {
    // As the action's orders have it with revoke: true (the input, or an issuer that names the endpoint).
    options: { tokenUrl: server.tokenUrl, revocationUrl: `${server.origin}/revoke`, clientId: 'ci', clientSecret, retries: '0' },
    file: join(folder, 'token'),
    revoke: true,
    held: { token, tokenEndpoint: server.tokenUrl, revocationEndpoint: `${server.origin}/revoke`, obtainedAt: Date.now(), clientAuth: 'client_secret_basic' },
    stopFile: join(folder, 'stop'),
    aliveFile: join(folder, 'alive')
  };
}

/** Runs the renewer in-process on `orders`, its token file written first; `lines` fills with its log. */
export function runRenewerOn(orders: RenewerOrders): { lines: string[]; running: Promise<void> } {
  writeFileSync(orders.file, orders.held.token.accessToken);
  const input = new PassThrough();
  input.end(JSON.stringify(orders));
  const lines: string[] = [];
  return { lines, running: runRenewer(input, (line) => lines.push(line)) };
}
