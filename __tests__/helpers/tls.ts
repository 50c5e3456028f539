/**
 * A throwaway certificate authority and server certificate for HTTPS tests, made with
 * the `openssl` command line (EC P-256, valid two days). The CA's PEM file is what a
 * test passes in `NODE_EXTRA_CA_CERTS` to a spawned action or CLI.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificates {
  /** PEM of the CA that signed `cert`. */
  caPem: string;
  /** Path of a file holding `caPem`, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  /** The server's key and certificate, for `https.createServer`. */
  key: string;
  cert: string;
  /** A key and certificate from the same CA, valid only for `hosts` (a proxy's, or a misnamed one). */
  issue(hosts: { dns: string[]; ip: string[] }): { key: string; cert: string };
  /** Removes the files. */
  remove(): void;
}

/** The names the server certificate is valid for: a fake public host, the loopback names, and 0.0.0.0 (which Linux connects to the local host, yet a proxy does not bypass). */
export const CERT_HOSTS = { dns: ['auth.test', 'localhost'], ip: ['127.0.0.1', '0.0.0.0'] };

export function createTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'oauth-tls-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...ecKey,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=oauth-token-action test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign'
  );
  let issued = 0;
  const issue = (hosts: { dns: string[]; ip: string[] }) => {
    const name = `leaf${issued++}`;
    openssl('req', ...ecKey, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${hosts.dns[0] ?? hosts.ip[0]}`);
    const altNames = [...hosts.dns.map((host) => `DNS:${host}`), ...hosts.ip.map((ip) => `IP:${ip}`)].join(',');
    writeFileSync(file(`${name}.ext`), `subjectAltName=${altNames}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '2', '-extfile', `${name}.ext`);
    return { key: readFileSync(file(`${name}.key`), 'utf8'), cert: readFileSync(file(`${name}.pem`), 'utf8') };
  };
  return {
    caPem: readFileSync(file('ca.pem'), 'utf8'),
    caFile: file('ca.pem'),
    ...issue(CERT_HOSTS),
    issue,
    remove: () => rmSync(dir, { recursive: true, force: true })
  };
}
