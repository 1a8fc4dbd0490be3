import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '../config/app-config';
import { principalFromClaims, type Principal, type PrincipalClaims } from './principal';
import type { TokenKeys } from './token-keys';

export class TokenError extends Error {}

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
    private readonly config: Pick<AppConfig, 'jwtIssuer' | 'jwtAudience'>,
  ) {
    this.verifier = new JwtService({ secret: verificationKey(keys) });
  }

  async verify(token: string): Promise<Principal> {
    let claims: Partial<PrincipalClaims>;
    try {
      claims = await this.verifier.verifyAsync<PrincipalClaims>(token, {
        algorithms: this.keys.algorithms,
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
      });
    } catch (error) {
      throw new TokenError((error as Error).message);
    }
    const principal = principalFromClaims(claims);
    if (!principal) throw new TokenError('the token does not name a person, a unit and known roles');
    return principal;
  }

  mint(principal: Principal, ttlSeconds: number): string {
    if (!this.keys.signKey) throw new TokenError('this service only verifies tokens (JWT_PUBLIC_KEY is set); it cannot mint them');
    const claims: Omit<PrincipalClaims, 'sub'> = {
      unit: principal.unitId,
      roles: principal.roles,
      ...(principal.position ? { position: principal.position } : {}),
      ...(principal.jurisdictionUnitId ? { jurisdiction: principal.jurisdictionUnitId } : {}),
      ...(principal.name ? { name: principal.name } : {}),
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
}

function verificationKey(keys: TokenKeys): KeyObject {
  return keys.algorithms.every((algorithm) => algorithm.startsWith('HS')) ? createSecretKey(Buffer.from(keys.verifyKey, 'utf8')) : createPublicKey(keys.verifyKey);
}
