/**
 * Proxies and private CAs, through the built action and CLI (NODE_EXTRA_CA_CERTS is read
 * at process start, so only a spawned process can show it works).
 *
 * `@actions/http-client` never proxies loopback hosts, so the proxied token URL is
 * `https://auth.test:PORT/token`: the test proxy (helpers/proxy.ts) tunnels every
 * CONNECT to the local HTTPS token server whatever host is asked, so no DNS is needed,
 * and the server's certificate (helpers/tls.ts) is valid for auth.test. Every run is
 * also leak-checked, the proxy's password included.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startProxy, type TestProxy } from '../helpers/proxy.js';
import { NODE_BINARY, REPO_ROOT, spawnCollect } from '../helpers/run-action.js';
import { basicForms } from '../helpers/secrets.js';
import { createTestCertificates, type TestCertificates } from '../helpers/tls.js';
import { startTokenServer, type TokenServer } from '../helpers/token-server.js';
import { expectDoorOutcome, expectNoLeaks, FRONT_DOORS, runDoor, type DoorExpectation, type DoorRun } from './front-doors.js';
import { secretsOnTheWire } from './leaks.js';
import { baseInputs, CLIENT_ID, SECRETS } from './scenarios.js';
import { createTally } from './tally.js';

const tally = createTally(
  'Proxy and TLS',
  'runs',
  () =>
    'CONNECT proxy, proxy credentials (undecodable ones too), no_proxy, a blank proxy variable, proxy without a scheme, https:// proxy, refusing (407, 403) and failing (502) proxies, hung proxy, hung DNS, private CA, untrusted and misnamed certificates, https:// to a plain HTTP port'
);

/** A resolver that never answers for *.test names (preloaded into the spawned run). */
const HUNG_DNS = { NODE_OPTIONS: `--require ${join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'hung-dns.cjs')}` };
/** What a spawned run may take beyond its attempts and waits: Node's start-up on a busy machine (a run that hangs would take minutes). */
const START_UP_MARGIN_MS = 10_000;

const PROXY_PASSWORD = 'proxy-FAULT-pa55:w@rd';
let certificates: TestCertificates;

beforeAll(() => {
  certificates = createTestCertificates();
});
afterAll(() => certificates.remove());

interface Network {
  server: TokenServer;
  proxy: TestProxy;
  /** The HTTPS server's port: the proxied URL names it, the proxy ignores it. */
  port: number;
}

interface ProxyCase {
  name: string;
  /** The token URL, given the network. */
  tokenUrl(network: Network): string;
  env(network: Network): Record<string, string>;
  expect: DoorExpectation;
  /** Answer CONNECT with this status instead of tunnelling. */
  refuseWith?: number;
  /** Stop the proxy before the run: nothing listens at its address. */
  proxyDown?: boolean;
  /** The proxy accepts CONNECT and never answers. */
  hang?: boolean;
  /** The proxy serves TLS (an https:// proxy) with a certificate for these names only. */
  proxyCertificate?: { dns: string[]; ip: string[] };
  /** Inputs on top of the base ones (timeout-seconds 1, retries 0). */
  inputs?: Record<string, string>;
  /** Attempts x timeout-seconds + waits: the run is killed (and fails) past this plus the start-up margin. */
  boundMs?: number;
  verify?(network: Network, run: DoorRun): void;
}

const trusted = (): Record<string, string> => ({ NODE_EXTRA_CA_CERTS: certificates.caFile });
const viaProxy = (network: Network): Record<string, string> => ({ ...trusted(), https_proxy: network.proxy.url });
const authTest = (network: Network) => `https://auth.test:${network.port}/token`;

/** The one token request the server got, with its credentials and the host it was meant for. */
function expectOneTokenRequest(network: Network, host: string): void {
  expect(
    network.server.requests.map((request) => ({ method: request.method, url: request.url, host: request.headers.host, authorization: request.headers.authorization }))
  ).toEqual([{ method: 'POST', url: '/token', host, authorization: `Basic ${basicForms(CLIENT_ID, SECRETS.clientSecret)[0]}` }]);
}

const CASES: ProxyCase[] = [
  {
    name: 'https_proxy: the token request goes through a CONNECT tunnel, the private CA trusted via NODE_EXTRA_CA_CERTS',
    tokenUrl: authTest,
    env: viaProxy,
    expect: { ok: true },
    verify: (network) => {
      expect(network.proxy.visits).toEqual([{ method: 'CONNECT', target: `auth.test:${network.port}`, proxyAuthorization: undefined }]);
      expectOneTokenRequest(network, `auth.test:${network.port}`);
    }
  },
  {
    name: 'HTTPS_PROXY with credentials: Proxy-Authorization is sent to the proxy, its password printed nowhere',
    tokenUrl: authTest,
    env: (network) => ({ ...trusted(), HTTPS_PROXY: network.proxy.url.replace('http://', `http://ci-proxy:${encodeURIComponent(PROXY_PASSWORD)}@`) }),
    expect: { ok: true },
    verify: (network) => {
      const credentials = Buffer.from(`ci-proxy:${PROXY_PASSWORD}`).toString('base64');
      expect(network.proxy.visits).toEqual([{ method: 'CONNECT', target: `auth.test:${network.port}`, proxyAuthorization: `Basic ${credentials}` }]);
      expectOneTokenRequest(network, `auth.test:${network.port}`);
    }
  },
  {
    name: 'no_proxy naming the host: the request goes direct, the proxy sees nothing',
    // Linux connects 0.0.0.0 to the local host, and http-client only bypasses 127.*, localhost and [::1] by itself.
    tokenUrl: (network) => `https://0.0.0.0:${network.port}/token`,
    env: (network) => ({ ...viaProxy(network), no_proxy: 'example.com, 0.0.0.0' }),
    expect: { ok: true },
    verify: (network) => {
      expect(network.proxy.visits).toEqual([]);
      expectOneTokenRequest(network, `0.0.0.0:${network.port}`);
    }
  },
  {
    name: 'a loopback endpoint is never proxied, whatever http_proxy and https_proxy say',
    tokenUrl: (network) => `https://localhost:${network.port}/token`,
    env: (network) => ({ ...trusted(), http_proxy: network.proxy.url, https_proxy: network.proxy.url }),
    expect: { ok: true },
    verify: (network) => {
      expect(network.proxy.visits).toEqual([]);
      expectOneTokenRequest(network, `localhost:${network.port}`);
    }
  },
  {
    name: 'a proxy that asks for credentials (407): fails at once, not retried (wrong credentials sent again can lock the account)',
    tokenUrl: authTest,
    env: viaProxy,
    refuseWith: 407,
    inputs: { retries: '2' },
    expect: {
      fails: 'PROXY_REFUSED',
      message: /^Could not reach auth\.test:\d+: the proxy \(https_proxy\) asks for credentials it was not given or refused \(HTTP 407\): check the user and password in it$/
    },
    verify: (network) => {
      expect(network.proxy.visits).toEqual([{ method: 'CONNECT', target: `auth.test:${network.port}`, proxyAuthorization: undefined }]);
      expect(network.server.requests).toEqual([]);
    }
  },
  {
    name: 'a proxy whose policy refuses the host (403): fails at once, not retried',
    tokenUrl: authTest,
    env: viaProxy,
    refuseWith: 403,
    inputs: { retries: '2' },
    expect: {
      fails: 'PROXY_REFUSED',
      message:
        /^Could not reach auth\.test:\d+: the proxy \(https_proxy\) refused the tunnel \(HTTP 403\), by its policy: allow this host in the proxy, or add it to no_proxy if it is to be reached directly$/
    },
    verify: (network) => expect(network.proxy.visits).toHaveLength(1)
  },
  {
    name: 'a proxy that answers CONNECT with 502: retried as a network error',
    tokenUrl: authTest,
    env: viaProxy,
    refuseWith: 502,
    inputs: { retries: '1' },
    expect: { fails: 'NETWORK_ERROR', message: /^Could not reach auth\.test:\d+: the proxy \(https_proxy\) did not open a tunnel \(statusCode=502\) \(after 2 attempts\)$/ },
    verify: (network) => expect(network.proxy.visits).toHaveLength(2)
  },
  {
    name: 'a proxy password with an escape that is not valid percent-encoding (%zz): the valid ones decoded, that one sent as written, as curl does',
    tokenUrl: authTest,
    env: (network) => ({ ...trusted(), https_proxy: network.proxy.url.replace('http://', `http://ci-proxy:${encodeURIComponent(PROXY_PASSWORD)}%zz@`) }),
    expect: { ok: true },
    verify: (network) => {
      const credentials = Buffer.from(`ci-proxy:${PROXY_PASSWORD}%zz`).toString('base64');
      expect(network.proxy.visits).toEqual([{ method: 'CONNECT', target: `auth.test:${network.port}`, proxyAuthorization: `Basic ${credentials}` }]);
      expectOneTokenRequest(network, `auth.test:${network.port}`);
    }
  },
  {
    name: 'a blank https_proxy beside a set HTTPS_PROXY: the blank one counts as unset, the request goes through HTTPS_PROXY',
    tokenUrl: authTest,
    env: (network) => ({ ...trusted(), https_proxy: ' ', HTTPS_PROXY: network.proxy.url }),
    expect: { ok: true },
    verify: (network) => {
      expect(network.proxy.visits).toEqual([{ method: 'CONNECT', target: `auth.test:${network.port}`, proxyAuthorization: undefined }]);
      expectOneTokenRequest(network, `auth.test:${network.port}`);
    }
  },
  {
    name: 'a proxy that is down: fails, saying so',
    tokenUrl: authTest,
    env: viaProxy,
    proxyDown: true,
    expect: {
      fails: 'NETWORK_ERROR',
      message: /^Could not reach auth\.test:\d+: the proxy \(https_proxy\) did not open a tunnel \(cause=connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/
    },
    verify: (network) => expect(network.server.requests).toEqual([])
  },
  {
    name: 'a proxy that accepts CONNECT and never answers: each attempt ends at timeout-seconds, then the process exits',
    tokenUrl: authTest,
    env: viaProxy,
    hang: true,
    inputs: { retries: '1' },
    // Two attempts of 1 s and one backoff of at most 0.5 s.
    boundMs: 2500,
    expect: {
      fails: 'TIMEOUT',
      message: /^No complete answer from auth\.test:\d+ within 1 s \(timeout-seconds\): the proxy \(https_proxy\) did not answer CONNECT \(after 2 attempts\)$/
    },
    verify: (network) => {
      expect(network.proxy.visits.map((visit) => visit.method)).toEqual(['CONNECT', 'CONNECT']);
      expect(network.server.requests).toEqual([]);
    }
  },
  {
    name: 'a DNS lookup that never answers: the attempt ends at timeout-seconds, then the process exits',
    tokenUrl: () => 'https://hang.test/token',
    env: () => ({ ...trusted(), ...HUNG_DNS }),
    boundMs: 1000,
    expect: { fails: 'TIMEOUT', message: /^No complete answer from hang\.test within 1 s \(timeout-seconds\)$/ },
    verify: (network) => {
      expect(network.proxy.visits).toEqual([]);
      expect(network.server.requests).toEqual([]);
    }
  },
  {
    name: 'https_proxy without a scheme (localhost:PORT): an http:// proxy, as curl takes it',
    tokenUrl: authTest,
    env: (network) => ({ ...trusted(), ...HUNG_DNS, https_proxy: network.proxy.url.replace('http://127.0.0.1', 'localhost') }),
    expect: { ok: true },
    verify: (network) => {
      expect(network.proxy.visits).toEqual([{ method: 'CONNECT', target: `auth.test:${network.port}`, proxyAuthorization: undefined }]);
      expectOneTokenRequest(network, `auth.test:${network.port}`);
    }
  },
  {
    name: 'an https:// proxy with a certificate for its own name: the tunnel runs inside TLS to the proxy',
    tokenUrl: authTest,
    env: viaProxy,
    proxyCertificate: { dns: ['localhost'], ip: ['127.0.0.1'] },
    // Three TLS handshakes (proxy, then endpoint inside the tunnel) on a busy machine.
    inputs: { 'timeout-seconds': '10' },
    expect: { ok: true },
    verify: (network) => {
      expect(network.proxy.url).toMatch(/^https:/);
      expect(network.proxy.visits).toEqual([{ method: 'CONNECT', target: `auth.test:${network.port}`, proxyAuthorization: undefined }]);
      expectOneTokenRequest(network, `auth.test:${network.port}`);
    }
  },
  {
    name: 'an https:// proxy whose certificate names the token endpoint, not the proxy: refused, the proxy named',
    tokenUrl: authTest,
    env: viaProxy,
    proxyCertificate: { dns: ['auth.test'], ip: [] },
    expect: {
      fails: 'NETWORK_ERROR',
      message: /^Could not reach auth\.test:\d+: the proxy \(https_proxy\) 127\.0\.0\.1:\d+ failed TLS verification as itself \(ERR_TLS_CERT_ALTNAME_INVALID\)$/
    },
    verify: (network) => {
      expect(network.proxy.visits).toEqual([]);
      expect(network.server.requests).toEqual([]);
    }
  },
  {
    name: 'a certificate from a CA that is not trusted: fails, pointing at NODE_EXTRA_CA_CERTS',
    tokenUrl: (network) => `https://127.0.0.1:${network.port}/token`,
    env: () => ({}),
    expect: {
      fails: 'NETWORK_ERROR',
      message: /^Could not reach 127\.0\.0\.1:\d+: UNABLE_TO_VERIFY_LEAF_SIGNATURE \(for a private CA, set NODE_EXTRA_CA_CERTS to its PEM file\)$/
    },
    verify: (network) => expect(network.server.requests).toEqual([])
  },
  {
    name: 'https:// to a port that serves plain HTTP: fails at once, suggesting http://',
    tokenUrl: (network) => `${network.proxy.url.replace('http://', 'https://')}/token`,
    env: () => ({}),
    expect: {
      fails: 'INVALID_RESPONSE',
      message: /^Could not reach 127\.0\.0\.1:\d+: no TLS there \(EPROTO\); check that this port serves https:\/\/, or whether the URL should be http:\/\/$/
    },
    verify: (network) => expect(network.server.requests).toEqual([])
  },
  {
    name: 'a certificate for another host name, through the proxy: fails',
    tokenUrl: (network) => `https://other.test:${network.port}/token`,
    env: viaProxy,
    expect: { fails: 'NETWORK_ERROR', message: /^Could not reach other\.test:\d+: ERR_TLS_CERT_ALTNAME_INVALID$/ },
    verify: (network) => expect(network.server.requests).toEqual([])
  }
];

describe('proxies and private CAs, through the action and the CLI', () => {
  const runs = CASES.flatMap((proxyCase) => FRONT_DOORS.map((door) => [`${door}: ${proxyCase.name}`, proxyCase, door] as const));
  test.concurrent.each(runs)('%s', (name, proxyCase, door) =>
    tally.check(async () => {
      const server = await startTokenServer([{ json: { access_token: SECRETS.accessToken, token_type: 'Bearer', expires_in: 600 } }], { tls: certificates });
      const port = Number(new URL(server.origin).port);
      const tls = proxyCase.proxyCertificate ? certificates.issue(proxyCase.proxyCertificate) : undefined;
      const proxy = await startProxy({ targetPort: port, refuseWith: proxyCase.refuseWith, hang: proxyCase.hang, tls });
      if (proxyCase.proxyDown) await proxy.close();
      const network: Network = { server, proxy, port };
      try {
        const inputs = { ...baseInputs({ tokenUrl: proxyCase.tokenUrl(network), origin: '', elsewhereUrl: '', closedUrl: '' }), retries: '0', ...proxyCase.inputs };
        const timeoutMs = proxyCase.boundMs === undefined ? undefined : proxyCase.boundMs + START_UP_MARGIN_MS;
        const run = await runDoor(door, inputs, { env: proxyCase.env(network), timeoutMs });
        expectDoorOutcome(run, proxyCase.expect);
        proxyCase.verify?.(network, run);
        const proxyPasswordForms = [
          PROXY_PASSWORD,
          encodeURIComponent(PROXY_PASSWORD),
          ...[PROXY_PASSWORD, `${PROXY_PASSWORD}%zz`].map((password) => Buffer.from(`ci-proxy:${password}`).toString('base64'))
        ];
        expectNoLeaks(run, [...Object.values(SECRETS), ...proxyPasswordForms, ...secretsOnTheWire(server.requests)], name);
      } finally {
        await Promise.all([server.close(), proxyCase.proxyDown ? undefined : proxy.close()]);
      }
    })
  );
});

test('the post step through a proxy that never answers CONNECT: warns at timeout-seconds, then the process exits', () =>
  tally.check(async () => {
    const server = await startTokenServer([{ status: 200, text: '' }], { tls: certificates });
    const port = Number(new URL(server.origin).port);
    const proxy = await startProxy({ targetPort: port, hang: true });
    try {
      const state = {
        revocation: JSON.stringify({ revocationEndpoint: `https://auth.test:${port}/revoke`, tokenEndpoint: `https://auth.test:${port}/token`, accessToken: SECRETS.accessToken })
      };
      const inputs = { ...baseInputs({ tokenUrl: `https://auth.test:${port}/token`, origin: '', elsewhereUrl: '', closedUrl: '' }), revoke: 'true' };
      const post = await runDoor('action', inputs, { env: { ...trusted(), https_proxy: proxy.url }, postState: state, timeoutMs: 1000 + START_UP_MARGIN_MS });
      const warnings = post.visible[0]![1].split('\n').filter((line) => line.startsWith('::warning::'));
      expect({ code: post.code, warnings }).toEqual({
        code: 0,
        warnings: [
          expect.stringMatching(
            /^::warning::Could not revoke the access token: No complete answer from auth\.test:\d+ within 1 s \(timeout-seconds\): the proxy \(https_proxy\) did not answer CONNECT$/
          )
        ]
      });
      expect(server.requests).toEqual([]);
      expectNoLeaks(post, Object.values(SECRETS), 'post step through a hung proxy');
    } finally {
      await Promise.all([server.close(), proxy.close()]);
    }
  }));

test('the library through a proxy that never answers CONNECT: rejects at timeout-seconds and leaves nothing that keeps the process alive', () =>
  tally.check(async () => {
    const proxy = await startProxy({ targetPort: 9, hang: true });
    try {
      // The library never exits the process: this one must end by itself once getToken has failed.
      const script = `
        const { getToken } = await import(${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'lib', 'index.js')).href)});
        await getToken({ tokenUrl: 'https://auth.test/token', clientId: 'c', clientSecret: process.env.CLIENT_SECRET, timeoutSeconds: '1', retries: 0 }).catch((error) => console.log(error.code, error.message));
      `;
      const run = await spawnCollect(
        NODE_BINARY,
        ['--input-type=module', '-e', script],
        { PATH: process.env.PATH ?? '', https_proxy: proxy.url, CLIENT_SECRET: SECRETS.clientSecret },
        1000 + START_UP_MARGIN_MS
      );
      expect({ code: run.code, stdout: run.stdout.trim(), stderr: run.stderr }).toEqual({
        code: 0,
        stdout: expect.stringMatching(/^TIMEOUT No complete answer from auth\.test within 1 s \(timeout-seconds\): the proxy \(https_proxy\) did not answer CONNECT$/),
        stderr: ''
      });
      expect(proxy.visits.map((visit) => visit.method)).toEqual(['CONNECT']);
    } finally {
      await proxy.close();
    }
  }));
