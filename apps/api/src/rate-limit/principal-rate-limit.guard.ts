import { HttpException, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import type { Principal } from '../auth/principal';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG } from '../database/database.tokens';
import { TokenBuckets } from './token-bucket';
import { tooManyRequests } from './too-many-requests.problem';

/**
 * Requests a minute per authenticated person (the token's `sub`, whatever token they use). Runs after the
 * token guard, so public routes (/health, the calendar, the docs) and requests refused for their token or
 * role count only against the address limit.
 */
@Injectable()
export class PrincipalRateLimitGuard implements CanActivate {
  private readonly buckets: TokenBuckets;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.buckets = new TokenBuckets(config.rateLimitPerPrincipal);
  }

  canActivate(context: ExecutionContext): boolean {
    const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
    if (principal === undefined) return true;
    const verdict = this.buckets.take(principal.personId);
    if (verdict.allowed) return true;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(verdict.retryAfterSeconds));
    throw new HttpException(tooManyRequests('principal', verdict.retryAfterSeconds), 429);
  }
}
