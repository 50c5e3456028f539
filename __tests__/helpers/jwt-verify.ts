/**
 * Independent verification of compact JWS (RFC 7515 §7.1) with `node:crypto`, written
 * from RFC 7518 §3 rather than from our signer, so tests check the signer against the
 * specification and not against itself.
 */
import { constants, createHmac, timingSafeEqual, verify, type KeyObject } from 'node:crypto';

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

function part(segment: string | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from(segment ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

/**
 * Decodes `jwt` and checks its signature for the algorithm its header names, with a
 * public key (RS256, PS256, ES256) or a shared secret (HS256). Throws when it does not verify.
 */
export function verifyJwt(jwt: string, key: KeyObject | string): DecodedJwt {
  const segments = jwt.split('.');
  if (segments.length !== 3 || segments.some((segment) => !/^[A-Za-z0-9_-]+$/.test(segment))) {
    throw new Error('not a compact JWS of three base64url segments');
  }
  const [headerPart, claimsPart, signaturePart] = segments as [string, string, string];
  const header = part(headerPart);
  const input = Buffer.from(`${headerPart}.${claimsPart}`);
  const sig = Buffer.from(signaturePart, 'base64url');
  let valid: boolean;
  switch (header.alg) {
    case 'HS256': {
      if (typeof key !== 'string') throw new Error('HS256 needs the shared secret');
      const expected = createHmac('sha256', key).update(input).digest();
      valid = expected.length === sig.length && timingSafeEqual(expected, sig);
      break;
    }
    case 'RS256':
      valid = verify('sha256', input, { key: key as KeyObject, padding: constants.RSA_PKCS1_PADDING }, sig);
      break;
    case 'PS256':
      valid = verify('sha256', input, { key: key as KeyObject, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, sig);
      break;
    case 'ES256':
      // RFC 7518 §3.4: R || S, 32 bytes each, not DER.
      valid = sig.length === 64 && verify('sha256', input, { key: key as KeyObject, dsaEncoding: 'ieee-p1363' }, sig);
      break;
    default:
      throw new Error(`unexpected alg ${String(header.alg)}`);
  }
  if (!valid) throw new Error(`${String(header.alg)} signature does not verify`);
  return { header, claims: part(claimsPart) };
}
