import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Pool } from 'pg';
import type { Principal } from '../auth/principal';
import { PG_POOL } from '../database/database.tokens';

/** The route prefixes whose every request is recorded: the audit trail, reports and disciplinary cases. */
export const ACCESS_LOGGED_PREFIXES = ['audit', 'reports', 'cases'] as const;

export type AccessOutcome = 'allowed' | 'denied' | 'not_found' | 'invalid' | 'error' | 'aborted';

function outcomeOf(status: number): Exclude<AccessOutcome, 'aborted'> {
  if (status < 400) return 'allowed';
  if (status === 401 || status === 403) return 'denied';
  if (status === 404) return 'not_found';
  if (status < 500) return 'invalid';
  return 'error';
}

/**
 * Records each request twice in the append-only table, under one request id: a `started` row when its
 * answer starts (the status line goes out: `writeHead`, explicit or implied by the first write), and an
 * `ended` row when the connection is done with it — its outcome by status if the answer was sent in full,
 * `aborted` if the client went away first (a streamed export cut off never emits `finish`, only `close`).
 * A request cut off before its answer started gets both rows at once, without a status. Denied and failed
 * requests are recorded too (the principal is known once the token guard ran). The rows are written beside
 * the answer, never holding it back; the end is written after the start, so ids follow the order of events.
 * A failed write is logged, never turned into a failed read.
 */
@Injectable()
export class AccessLogMiddleware implements NestMiddleware {
  private readonly logger = new Logger('AccessLog');

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  use(request: Request & { principal?: Principal }, response: Response, next: NextFunction): void {
    const requestId = randomUUID();
    const arrived = Date.now();
    let started: Promise<void> | undefined;
    let finished = false;
    const record = (phase: 'started' | 'ended', status: number | null, outcome: AccessOutcome): Promise<void> => {
      const principal = request.principal;
      const at = Date.now();
      return this.pool
        .query(
          `INSERT INTO access_log (request_id, phase, at, person_id, unit_id, roles, method, path, status, outcome, duration_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            requestId,
            phase,
            new Date(at),
            principal?.personId ?? null,
            principal?.unitId ?? null,
            principal?.roles ?? [],
            request.method,
            request.originalUrl.slice(0, 2000),
            status,
            outcome,
            at - arrived,
          ],
        )
        .then(
          () => undefined,
          (error: Error) =>
            this.logger.error(`access not recorded (${phase} ${request.method} ${request.originalUrl.slice(0, 200)}): ${error.message}`),
        );
    };

    const writeHead = response.writeHead;
    response.writeHead = function (this: Response, ...args: unknown[]) {
      const result = (writeHead as (...head: unknown[]) => Response).apply(this, args);
      started ??= record('started', response.statusCode, outcomeOf(response.statusCode));
      return result;
    } as Response['writeHead'];
    response.once('finish', () => {
      finished = true;
    });
    response.once('close', () => {
      const status = response.headersSent ? response.statusCode : null;
      const outcome = finished && status !== null ? outcomeOf(status) : 'aborted';
      started ??= record('started', status, outcome);
      void started.then(() => record('ended', status, outcome));
    });
    next();
  }
}
