import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '@lib/service';
import { principalFromClaims, type Principal, type PrincipalClaims } from './principal';
import type { TokenKeys } from './token-keys';

export class TokenError extends Error {}

export type TokenConfig = Pick<AppConfig, 'jwtIssuer' | 'jwtAudience' | 'jwtMaxTtlSeconds' | 'jwtClockSkewSeconds'>;

/** A JWS in compact form: three base64url parts and nothing around them (no padding, no whitespace). */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Verifies bearer tokens and, where a signing key is held, mints them (CLI, demo tokens). */
export class TokenService {
  private readonly jwt = new JwtService({});
  /**
   * The verification key, parsed once: given a string, the JWT library builds a key object on every call
   * (first trying it as a public key) — 9 % of a command's CPU time in bench:http.
   */
  private readonly verifier: JwtService;

  constructor(
    private readonly keys: TokenKeys,
    private readonly config: TokenConfig,
    /** Milliseconds since the epoch; tests pass their own. */
    private readonly now: () => number = Date.now,
  ) {
    this.verifier = new JwtService({ secret: verificationKey(keys) });
  }

  /**
   * Signature, algorithm, issuer, audience and expiry as the library checks them; then what it leaves
   * optional: exp and iat are required, iat is not ahead of our clock by more than the skew, the lifetime
   * exp − iat is within JWT_MAX_TTL (so no token lives for years), and no critical header extension
   * (RFC 7515 §4.1.11: we understand none, so any `crit` is refused).
   */
  async verify(token: string): Promise<Principal> {
    if (!COMPACT_JWS.test(token)) throw new TokenError('không đúng dạng JWS rút gọn (header.payload.signature)');
    assertNoCriticalExtension(token.slice(0, token.indexOf('.')));
    const nowSeconds = Math.floor(this.now() / 1000);
    let claims: Partial<PrincipalClaims> & { iat?: unknown; exp?: unknown };
    try {
      claims = await this.verifier.verifyAsync<PrincipalClaims>(token, {
        algorithms: this.keys.algorithms,
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
        clockTimestamp: nowSeconds,
      });
    } catch (error) {
      throw new TokenError((error as Error).message);
    }
    this.assertLifetime(claims, nowSeconds);
    const principal = principalFromClaims(claims);
    if (!principal) throw new TokenError('the token does not name a person, a unit and known roles');
    return principal;
  }

  mint(principal: Principal, ttlSeconds: number): string {
    if (!this.keys.signKey) throw new TokenError('this service only verifies tokens (JWT_PUBLIC_KEY is set); it cannot mint them');
    if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > this.config.jwtMaxTtlSeconds) {
      throw new TokenError(`a token lives from 1 s to ${this.config.jwtMaxTtlSeconds} s (JWT_MAX_TTL); ${ttlSeconds} s asked`);
    }
    const claims: Omit<PrincipalClaims, 'sub'> & { iat: number } = {
      unit: principal.unitId,
      roles: principal.roles,
      ...(principal.position ? { position: principal.position } : {}),
      ...(principal.jurisdictionUnitId ? { jurisdiction: principal.jurisdictionUnitId } : {}),
      ...(principal.name ? { name: principal.name } : {}),
      iat: Math.floor(this.now() / 1000),
    };
    return this.jwt.sign(claims, {
      secret: this.keys.signKey,
      algorithm: 'HS256',
      subject: principal.personId,
      issuer: this.config.jwtIssuer,
      audience: this.config.jwtAudience,
      expiresIn: ttlSeconds,
    });
  }

  private assertLifetime(claims: { iat?: unknown; exp?: unknown }, nowSeconds: number): void {
    const { iat, exp } = claims;
    if (typeof exp !== 'number' || !Number.isFinite(exp)) throw new TokenError('thiếu thời điểm hết hạn (exp)');
    if (typeof iat !== 'number' || !Number.isFinite(iat)) throw new TokenError('thiếu thời điểm cấp (iat)');
    if (iat > nowSeconds + this.config.jwtClockSkewSeconds) {
      throw new TokenError(
        `thời điểm cấp (iat) ở tương lai, quá độ lệch đồng hồ cho phép ${this.config.jwtClockSkewSeconds} giây (JWT_CLOCK_SKEW_S)`,
      );
    }
    if (exp - iat > this.config.jwtMaxTtlSeconds) {
      throw new TokenError(
        `thời hạn của mã (exp − iat = ${exp - iat} giây) vượt quá mức tối đa ${this.config.jwtMaxTtlSeconds} giây (JWT_MAX_TTL)`,
      );
    }
  }
}

/** RFC 7515 §4.1.11: a recipient must refuse a token whose `crit` names an extension it does not understand; we understand none. */
function assertNoCriticalExtension(encodedHeader: string): void {
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(encodedHeader, 'base64url').toString('utf8'));
  } catch {
    throw new TokenError('phần đầu (header) của mã không phải JSON hợp lệ');
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header))
    throw new TokenError('phần đầu (header) của mã không phải đối tượng JSON');
  if ('crit' in header) {
    const crit = (header as { crit: unknown }).crit;
    const names = Array.isArray(crit) ? crit.map(String).join(', ') : JSON.stringify(crit);
    throw new TokenError(`tham số tiêu đề bắt buộc hiểu (crit) không được hỗ trợ: ${names || '(danh sách rỗng)'}`);
  }
}

function verificationKey(keys: TokenKeys): KeyObject {
  return keys.algorithms.every((algorithm) => algorithm.startsWith('HS'))
    ? createSecretKey(Buffer.from(keys.verifyKey, 'utf8'))
    : createPublicKey(keys.verifyKey);
}
