import { createHash, randomUUID } from 'node:crypto';
import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  Logger,
  UnprocessableEntityException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Principal } from '../auth/principal';
import { problem } from '../http/problem-details.filter';
import { IdempotencyStore, type KeyClaim } from './idempotency.store';

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/** Why a key is refused, in the words people read. */
const KEY_FORMAT_REASON = 'phải gồm 1–255 ký tự ASCII in được, không có khoảng trắng';

export type CommandRequest = Request & { principal?: Principal; commandId?: string };

/**
 * POST commands are safe to retry under an `Idempotency-Key`: the same key and body return the original
 * response without new events; the same key with another body is refused (422); a retry sent while the
 * first is still running waits for it (then 409 if it runs on). The key becomes the command id in the
 * events' metadata. Without a key every request gets a fresh command id. No database connection is held
 * across the command (a claim row marks the key as taken), so keyed commands cannot starve the pool.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');
  /** How long a request waits for another one with the same key to end before answering 409 with Retry-After. */
  private readonly busyWaitMs = 2_000;

  constructor(@Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<CommandRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined || !request.principal) {
      request.commandId = randomUUID();
      return next.handle();
    }
    const key = Array.isArray(header) ? header[0]! : header;
    if (!KEY_FORMAT.test(key)) {
      throw new BadRequestException(
        problem('validation-failed', 'Validation failed', 400, `Idempotency-Key ${KEY_FORMAT_REASON}.`, {
          errors: [{ field: 'Idempotency-Key', reason: KEY_FORMAT_REASON }],
        }),
      );
    }
    const principalId = request.principal.personId;
    const requestHash = hashRequest(request);
    return from(this.run(principalId, key, requestHash, request, response, next));
  }

  private async run(
    principalId: string,
    key: string,
    requestHash: string,
    request: CommandRequest,
    response: Response,
    next: CallHandler,
  ): Promise<unknown> {
    const claim = await this.awaitClaim(principalId, key, requestHash, response);
    if (claim.kind === 'done') {
      if (claim.remembered.requestHash !== requestHash) {
        throw new UnprocessableEntityException(
          problem('idempotency-key-reused', 'Idempotency key reused', 422, 'Idempotency-Key này đã được dùng cho một yêu cầu khác.', {
            rule: 'IDEMPOTENCY_KEY_REUSED',
          }),
        );
      }
      response.setHeader('Idempotent-Replayed', 'true');
      return claim.remembered.response;
    }
    request.commandId = key;
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle());
    } catch (error) {
      // Free the key for a retry; should that fail too, the claim lapses after its lease.
      await this.store
        .release(principalId, key)
        .catch((releaseError: Error) => this.logger.warn(`Idempotency-Key not released: ${releaseError.message}`));
      throw error;
    }
    // The events are stored: a retry finds them by command id even if the response cannot be remembered now.
    await this.store
      .complete(principalId, key, 201, body)
      .catch((completeError: Error) => this.logger.warn(`response not remembered: ${completeError.message}`));
    return body;
  }

  /** Claims the key, or waits (holding no connection) while another request with it runs; 409 if it runs on. */
  private async awaitClaim(
    principalId: string,
    key: string,
    requestHash: string,
    response: Response,
  ): Promise<Exclude<KeyClaim, { kind: 'busy' }>> {
    const until = Date.now() + this.busyWaitMs;
    for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
      const claim = await this.store.claim(principalId, key, requestHash);
      if (claim.kind !== 'busy') return claim;
      if (Date.now() + pause > until) {
        response.setHeader('Retry-After', String(claim.retryAfterSeconds));
        throw new ConflictException(
          problem(
            'idempotency-key-in-use',
            'Request in progress',
            409,
            'Một yêu cầu khác với cùng Idempotency-Key đang được xử lý; hãy thử lại sau giây lát.',
            {
              rule: 'IDEMPOTENCY_KEY_IN_USE',
            },
          ),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

function hashRequest(request: Request): string {
  return createHash('sha256')
    .update(`${request.method} ${request.path}\n`)
    .update(canonicalJson(request.body ?? {}))
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
