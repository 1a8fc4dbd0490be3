import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Pool } from 'pg';
import type { Principal } from '../auth/principal';
import { PG_POOL } from '../database/database.tokens';

/** The route prefixes whose every request is recorded: the audit trail, reports and disciplinary cases. */
export const ACCESS_LOGGED_PREFIXES = ['audit', 'reports', 'cases'] as const;

export function outcomeOf(status: number): 'allowed' | 'denied' | 'not_found' | 'invalid' | 'error' {
  if (status < 400) return 'allowed';
  if (status === 401 || status === 403) return 'denied';
  if (status === 404) return 'not_found';
  if (status < 500) return 'invalid';
  return 'error';
}

/**
 * Records who asked for what and the answer's status once the response is sent (denied and failed
 * requests included: the principal is known once the token guard ran). A failed write is logged, never
 * turned into a failed read — but it is written before the next request of the same connection.
 */
@Injectable()
export class AccessLogMiddleware implements NestMiddleware {
  private readonly logger = new Logger('AccessLog');

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  use(request: Request & { principal?: Principal }, response: Response, next: NextFunction): void {
    const started = Date.now();
    response.on('finish', () => {
      const principal = request.principal;
      void this.pool
        .query(
          `INSERT INTO access_log (person_id, unit_id, roles, method, path, status, outcome, duration_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            principal?.personId ?? null,
            principal?.unitId ?? null,
            principal?.roles ?? [],
            request.method,
            request.originalUrl.slice(0, 2000),
            response.statusCode,
            outcomeOf(response.statusCode),
            Date.now() - started,
          ],
        )
        .catch((error: Error) => this.logger.error(`access not recorded: ${error.message}`));
    });
    next();
  }
}
