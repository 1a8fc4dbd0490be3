import { createHash, randomUUID } from 'node:crypto';
import { BadRequestException, Inject, Injectable, UnprocessableEntityException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Principal } from '../auth/principal';
import { problem } from '../http/problem-details.filter';
import { IdempotencyStore } from './idempotency.store';

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

export type CommandRequest = Request & { principal?: Principal; commandId?: string };

/**
 * POST commands are safe to retry under an `Idempotency-Key`: the same key and body return the original
 * response without new events; the same key with another body is refused (422). The key becomes the
 * command id in the events' metadata. Without a key every request gets a fresh command id.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
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
        problem('validation-failed', 'Validation failed', 400, 'Idempotency-Key phải gồm 1–255 ký tự in được, không có khoảng trắng.', {
          errors: [{ field: 'Idempotency-Key', reason: 'must be 1 to 255 printable ASCII characters without spaces' }],
        }),
      );
    }
    const principalId = request.principal.personId;
    const requestHash = hashRequest(request);
    return from(
      this.store.exclusively(principalId, key, async () => {
        const remembered = await this.store.find(principalId, key);
        if (remembered) {
          if (remembered.requestHash !== requestHash) {
            throw new UnprocessableEntityException(
              problem('idempotency-key-reused', 'Idempotency key reused', 422, 'Idempotency-Key này đã được dùng cho một yêu cầu khác.', {
                rule: 'IDEMPOTENCY_KEY_REUSED',
              }),
            );
          }
          response.setHeader('Idempotent-Replayed', 'true');
          return remembered.response;
        }
        request.commandId = key;
        const body = await lastValueFrom(next.handle());
        await this.store.remember(principalId, key, { requestHash, status: 201, response: body });
        return body;
      }),
    );
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
