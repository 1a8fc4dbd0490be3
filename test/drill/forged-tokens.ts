import { createHmac, randomBytes } from 'node:crypto';
import type { Principal } from '../../apps/api/src/testing';

/** An Authorization header a client might send, and whether the service should accept it. */
export interface ForgedCredential {
  label: string;
  authorization: string;
  /** `accepted` only for what the README allows: the scheme's letter case (RFC 7235). */
  expect: 'refused' | 'accepted';
}

const ISSUER = 'ro-trach-nhiem';
const AUDIENCE = 'ro-trach-nhiem-api';

/**
 * Tokens and headers an attacker or a broken client would send, for a real person of the city. Signed
 * with the service's own secret where that is what makes the case (no exp, a `crit` header, a lifetime of
 * millennia), so only the named flaw can be the reason for a refusal.
 */
export function forgedCredentials(secret: string, principal: Principal, validToken: string): ForgedCredential[] {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    sub: principal.personId,
    unit: principal.unitId,
    roles: principal.roles,
    iss: ISSUER,
    aud: AUDIENCE,
    iat: now,
    exp: now + 3600,
  };
  const otherKey = randomBytes(32).toString('base64url');
  const hs256 = { alg: 'HS256', typ: 'JWT' };
  const refused = (label: string, authorization: string): ForgedCredential => ({ label, authorization, expect: 'refused' });
  const bearer = (token: string): string => `Bearer ${token}`;
  const { exp: _exp, ...withoutExp } = claims;
  const { iat: _iat, ...withoutIat } = claims;
  const { sub: _sub, ...withoutSub } = claims;
  return [
    refused('alg none, no signature', bearer(`${part(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${part(JSON.stringify(claims))}.`)),
    refused('alg none, any signature', bearer(`${part(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${part(JSON.stringify(claims))}.AAAA`)),
    refused('signed with another key', bearer(jws(hs256, claims, otherKey))),
    refused('admin role granted by another key', bearer(jws(hs256, { ...claims, roles: ['admin'] }, otherKey))),
    refused('HS512 with the right key', bearer(jws({ alg: 'HS512', typ: 'JWT' }, claims, secret, 'sha512'))),
    refused('no exp', bearer(jws(hs256, withoutExp, secret))),
    refused('no iat', bearer(jws(hs256, withoutIat, secret))),
    refused('exp in the year 9999', bearer(jws(hs256, { ...claims, exp: 253402300799 }, secret))),
    refused('iat a day in the future', bearer(jws(hs256, { ...claims, iat: now + 86_400, exp: now + 86_400 + 3600 }, secret))),
    refused('expired an hour ago', bearer(jws(hs256, { ...claims, iat: now - 7200, exp: now - 3600 }, secret))),
    refused('crit header naming exp', bearer(jws({ ...hs256, crit: ['exp'] }, claims, secret))),
    refused('crit header empty', bearer(jws({ ...hs256, crit: [] }, claims, secret))),
    refused('another audience', bearer(jws(hs256, { ...claims, aud: 'another-api' }, secret))),
    refused('another issuer', bearer(jws(hs256, { ...claims, iss: 'someone-else' }, secret))),
    refused('an unknown role', bearer(jws(hs256, { ...claims, roles: ['superuser'] }, secret))),
    refused('no subject', bearer(jws(hs256, withoutSub, secret))),
    refused(
      'payload not JSON',
      bearer(`${part(JSON.stringify(hs256))}.${part('not json')}.${sign(`${part(JSON.stringify(hs256))}.${part('not json')}`, secret)}`),
    ),
    refused(
      'header not JSON',
      bearer(
        `${part('{alg:HS256')}.${part(JSON.stringify(claims))}.${sign(`${part('{alg:HS256')}.${part(JSON.stringify(claims))}`, secret)}`,
      ),
    ),
    refused('trailing text after the token', `Bearer ${validToken} extra`),
    refused('a fourth part after the token', bearer(`${validToken}.AAAA`)),
    refused('base64 padding in the token', bearer(`${validToken}==`)),
    refused('the token in lower case', bearer(validToken.toLowerCase())),
    refused('two spaces after Bearer', `Bearer  ${validToken}`),
    refused('a tab after Bearer', `Bearer\t${validToken}`),
    refused('another scheme (Token)', `Token ${validToken}`),
    refused('Basic credentials', `Basic ${Buffer.from(`${principal.personId}:x`).toString('base64')}`),
    refused('Bearer and nothing', 'Bearer '),
    { label: 'scheme in lower case (RFC 7235: any case)', authorization: `bearer ${validToken}`, expect: 'accepted' },
    { label: 'scheme in upper case (RFC 7235: any case)', authorization: `BEARER ${validToken}`, expect: 'accepted' },
  ];
}

function jws(header: object, payload: object, key: string, hash: 'sha256' | 'sha512' = 'sha256'): string {
  const signingInput = `${part(JSON.stringify(header))}.${part(JSON.stringify(payload))}`;
  return `${signingInput}.${sign(signingInput, key, hash)}`;
}

function sign(signingInput: string, key: string, hash: 'sha256' | 'sha512' = 'sha256'): string {
  return createHmac(hash, key).update(signingInput).digest('base64url');
}

function part(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
