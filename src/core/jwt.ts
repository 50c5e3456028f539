/**
 * Compact JWS signing with `node:crypto` for client assertions
 * (RFC 7515, RFC 7518 §3, RFC 7523 §3).
 */
import { createHmac, createPrivateKey, randomUUID, sign, constants, type KeyObject } from 'node:crypto';
import { InputError } from './errors.js';
import type { SigningAlgorithm } from './types.js';

/** How long a signed client assertion stays valid: long enough for clock skew and retries. */
export const ASSERTION_LIFETIME_SECONDS = 300;

export interface ClientAssertionRequest {
  clientId: string;
  /** The token endpoint URL (RFC 7523 §3, `aud`). */
  audience: string;
  key: { privateKeyPem: string } | { secret: string };
  keyId?: string;
  algorithm?: SigningAlgorithm;
  /** Seconds since the epoch; now by default. */
  now?: number;
}

/**
 * Signs a client assertion: `iss` = `sub` = client id, `aud` = token endpoint, a unique
 * `jti`, `iat`, and `exp` a few minutes ahead (RFC 7523 §3; OpenID Connect Core §9).
 */
export function signClientAssertion(request: ClientAssertionRequest): string {
  const iat = request.now ?? Math.floor(Date.now() / 1000);
  const claims = {
    iss: request.clientId,
    sub: request.clientId,
    aud: request.audience,
    jti: randomUUID(),
    iat,
    exp: iat + ASSERTION_LIFETIME_SECONDS
  };
  if ('secret' in request.key) {
    return signJwt(claims, { alg: 'HS256', secret: request.key.secret, keyId: request.keyId });
  }
  const privateKey = parsePrivateKey(request.key.privateKeyPem);
  const alg = request.algorithm ?? defaultAlgorithm(privateKey);
  checkAlgorithmFitsKey(alg, privateKey);
  return signJwt(claims, { alg, privateKey, keyId: request.keyId });
}

type SigningKey = { alg: 'HS256'; secret: string; keyId?: string } | { alg: SigningAlgorithm; privateKey: KeyObject; keyId?: string };

/** RFC 7515 §7.1 compact serialization. */
function signJwt(claims: Record<string, unknown>, key: SigningKey): string {
  const header = { alg: key.alg, typ: 'JWT', ...(key.keyId ? { kid: key.keyId } : {}) };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  return `${signingInput}.${signature(signingInput, key).toString('base64url')}`;
}

/** RFC 7518 §3.2 (HMAC), §3.3 (RSASSA-PKCS1-v1_5), §3.4 (ECDSA, raw r||s), §3.5 (RSASSA-PSS). */
function signature(signingInput: string, key: SigningKey): Buffer {
  const data = Buffer.from(signingInput);
  if ('secret' in key) return createHmac('sha256', key.secret).update(data).digest();
  switch (key.alg) {
    case 'PS256':
      return sign('sha256', data, { key: key.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
    case 'ES256':
      return sign('sha256', data, { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
    default:
      return sign('sha256', data, key.privateKey);
  }
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

function parsePrivateKey(pem: string): KeyObject {
  if (!pem.includes('-----BEGIN') || !pem.includes('PRIVATE KEY-----')) {
    throw new InputError('private-key', 'must be a PEM private key ("-----BEGIN PRIVATE KEY-----", RSA or EC)');
  }
  try {
    return createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    // The crypto error text may quote the key material, so it is not passed on.
    throw new InputError('private-key', 'could not be read as a PEM private key (RSA or EC, unencrypted)');
  }
}

function defaultAlgorithm(key: KeyObject): SigningAlgorithm {
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') return 'RS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new InputError('private-key', `must be an RSA or P-256 EC key (got ${describeKey(key)})`);
}

function checkAlgorithmFitsKey(alg: SigningAlgorithm, key: KeyObject): void {
  const isRsa = key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss';
  const isP256 = key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
  const fits = alg === 'ES256' ? isP256 : alg !== 'HS256' && isRsa;
  if (!fits) {
    throw new InputError('signing-algorithm', `"${alg}" does not fit the private key (${describeKey(key)}); use RS256 or PS256 for RSA, ES256 for P-256`);
  }
}

function describeKey(key: KeyObject): string {
  const curve = key.asymmetricKeyDetails?.namedCurve;
  return curve ? `${key.asymmetricKeyType} ${curve}` : String(key.asymmetricKeyType);
}
