import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  DuplicateEventError,
  EmptyAppendError,
  EventStoreError,
  EventTooLargeError,
  InvalidCheckpointError,
  InvalidEventError,
  InvalidStreamIdError,
  WrongExpectedVersionError,
} from '@lib/event-store';
import { CalendarError } from '@lib/domain/calendar';
import { DomainError } from '@lib/domain/core';
import { isPoolExhaustedError, isTransientDatabaseError, messageOf } from '@lib/database';
import { UnknownCaseError, CasePersonNotFoundError, SubjectBusyError } from '../cases/case-command.errors';
import { OrganisationNotCaughtUpError } from '../org/organisation-not-caught-up.error';
import { OrgImportConflictError } from '../org/org-import-conflict.error';
import { OrgSubjectNotFoundError } from '../org/org-subject-not-found.error';
import { DeadlineGivenTwiceError } from '../tasks/task-command.errors';
import { fromCommandHandlingError } from './command-handling.problems';
import { problemKind } from './problem-catalogue';
import { fromReadModelError } from './read-model.problems';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE, type ProblemDocument } from './problem-document';

/** Turns every error into an RFC 7807 problem document; internals of unexpected errors never leak. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const unavailable = unavailableProblem(exception, request.method);
    const problem = { ...(unavailable ?? this.toProblem(exception)), instance: request.originalUrl };
    if (unavailable) {
      this.logger.warn(`${request.method} ${request.originalUrl}: database unavailable (${messageOf(exception)})`);
      response.setHeader('Retry-After', String(unavailable.retryAfterSeconds));
    } else if (problem.status >= 500) {
      this.logger.error(`${request.method} ${request.originalUrl}: ${describe(exception)}`);
    }
    // Nothing was written and a retry soon is likely to succeed: say when.
    if (problem.type.endsWith('/concurrency-conflict') && !response.hasHeader('Retry-After')) response.setHeader('Retry-After', '1');
    if (response.headersSent) {
      // A streamed answer (an export) already started: the connection is cut so the client sees it is incomplete.
      response.destroy();
      return;
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDocument {
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (exception instanceof EventStoreError) return fromEventStoreError(exception);
    if (exception instanceof OrgSubjectNotFoundError) {
      const { refusal } = exception;
      return problem('not-found', 'Not found', 404, refusal.detail, { rule: refusal.code, context: refusal.context });
    }
    if (exception instanceof UnknownCaseError) {
      return problem('not-found', 'Not found', 404, `Không tìm thấy hồ sơ kỷ luật ${exception.caseId}.`, { caseId: exception.caseId });
    }
    if (exception instanceof CasePersonNotFoundError) {
      return problem('not-found', 'Not found', 404, `Không tìm thấy cán bộ ${exception.personId}.`, { personId: exception.personId });
    }
    if (exception instanceof DeadlineGivenTwiceError) {
      return problem(
        'validation-failed',
        'Validation failed',
        400,
        'Chỉ nêu hạn bằng ngày cụ thể hoặc bằng số ngày làm việc, không cả hai.',
        {
          errors: [{ field: 'deadline', reason: 'chỉ ghi một trong hai: dueAt hoặc workingDays' }],
        },
      );
    }
    if (exception instanceof SubjectBusyError) {
      return problem(
        'concurrency-conflict',
        'Concurrent modification',
        409,
        'Đang có một đề nghị kỷ luật khác đối với người này được ghi nhận; vui lòng thử lại.',
        {
          personId: exception.personId,
        },
      );
    }
    if (exception instanceof OrgImportConflictError) {
      return problem(
        'concurrency-conflict',
        'Concurrent modification',
        409,
        'Tổ chức bộ máy đang được cập nhật đồng thời; vui lòng nhập lại tệp.',
        {
          streamId: exception.streamId,
          attempts: exception.attempts,
          eventsAppended: exception.eventsAppended,
        },
      );
    }
    const commandHandling = fromCommandHandlingError(exception, problem);
    if (commandHandling) return commandHandling;
    const readModel = fromReadModelError(exception, problem);
    if (readModel) return readModel;
    if (exception instanceof DomainError) return fromDomainError(exception);
    if (exception instanceof CalendarError) {
      return problem('validation-failed', 'Validation failed', 400, `Không tính được theo lịch làm việc: ${exception.message}`);
    }
    const bodyParserStatus = clientErrorStatus(exception);
    if (bodyParserStatus === HttpStatus.PAYLOAD_TOO_LARGE) {
      return problem('payload-too-large', 'Payload too large', 413, 'Nội dung yêu cầu vượt quá giới hạn cho phép.');
    }
    if (bodyParserStatus !== undefined) {
      return problem('malformed-request', 'Malformed request', bodyParserStatus, 'Nội dung yêu cầu không phải JSON hợp lệ.');
    }
    return problem(
      'internal-error',
      'Internal server error',
      500,
      'Đã xảy ra lỗi nội bộ; sự việc đã được ghi nhật ký. Một lệnh chỉ được ghi trọn vẹn hoặc không ghi gì: gửi lại với cùng Idempotency-Key để biết chắc, lệnh sẽ không bị ghi hai lần.',
    );
  }
}

/**
 * The database is out of reach, restarting, or the pool stayed full past its acquire timeout: a 503 with
 * Retry-After, never a 500. A command may or may not have been recorded when its connection broke, so the
 * answer says how to find out safely (the same Idempotency-Key records nothing twice) instead of guessing.
 */
function unavailableProblem(exception: unknown, method: string): (ProblemDocument & { retryAfterSeconds: number }) | undefined {
  if (exception instanceof HttpException || !(isTransientDatabaseError(exception) || exception instanceof OrganisationNotCaughtUpError))
    return undefined;
  const retryAfterSeconds = isPoolExhaustedError(exception) ? 1 : 5;
  const command = method !== 'GET' && method !== 'HEAD';
  const detail =
    exception instanceof OrganisationNotCaughtUpError
      ? `Thay đổi tổ chức đã được ghi nhưng chưa đọc lại kịp. Hãy gửi lại sau ${retryAfterSeconds} giây với cùng Idempotency-Key để nhận kết quả: thay đổi sẽ không bị ghi hai lần.`
      : command
        ? `Cơ sở dữ liệu tạm thời không phục vụ được; lệnh có thể chưa được ghi. Hãy thử lại sau ${retryAfterSeconds} giây với cùng Idempotency-Key: lệnh sẽ không bị ghi hai lần.`
        : `Cơ sở dữ liệu tạm thời không phục vụ được; vui lòng thử lại sau ${retryAfterSeconds} giây.`;
  return { ...problem('service-unavailable', 'Service unavailable', 503, detail), retryAfterSeconds };
}

export function problem(
  slug: string,
  title: string,
  status: number,
  detail?: string,
  extra: Partial<ProblemDocument> = {},
): ProblemDocument {
  return { type: `${PROBLEM_TYPE_BASE}${slug}`, title, status, ...(detail ? { detail } : {}), ...extra };
}

function fromHttpException(exception: HttpException): ProblemDocument {
  const status = exception.getStatus();
  const body = exception.getResponse();
  if (typeof body === 'object' && body !== null && 'type' in body && 'title' in body) {
    return { ...(body as ProblemDocument), status };
  }
  const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
  const detail = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
  return problem(slugOf(status), titleOf(status), status, detail);
}

/** Objects the caller names but that do not exist answer 404; every other broken rule answers 422. */
const NOT_FOUND_RULES = new Set(['TASK_NOT_FOUND', 'TASK_UNKNOWN_ENTRY']);

function fromDomainError(error: DomainError): ProblemDocument {
  const status = NOT_FOUND_RULES.has(error.code) ? 404 : 422;
  return problem(
    status === 404 ? 'not-found' : 'domain-rule-violated',
    status === 404 ? 'Not found' : 'Domain rule violated',
    status,
    error.detail,
    {
      rule: error.code,
      ...(error.field ? { errors: [{ field: error.field, reason: error.detail }] } : {}),
      ...(Object.keys(error.context).length > 0 ? { context: error.context } : {}),
    },
  );
}

function fromEventStoreError(error: EventStoreError): ProblemDocument {
  if (error instanceof WrongExpectedVersionError) {
    return problem('concurrency-conflict', 'Concurrent modification', 409, 'Dữ liệu đã bị thay đổi đồng thời; vui lòng thử lại.', {
      streamId: error.streamId,
    });
  }
  if (error instanceof DuplicateEventError) {
    return problem('duplicate-event', 'Duplicate event', 409, error.message, { eventId: error.eventId });
  }
  if (error instanceof EventTooLargeError) {
    return problem('payload-too-large', 'Event too large', 413, error.message, { limitBytes: error.limitBytes });
  }
  if (error instanceof InvalidEventError) {
    return problem('validation-failed', 'Validation failed', 400, error.message, {
      errors: [{ field: error.field, reason: error.reason }],
    });
  }
  if (error instanceof InvalidStreamIdError || error instanceof EmptyAppendError || error instanceof InvalidCheckpointError) {
    return problem('validation-failed', 'Validation failed', 400, error.message);
  }
  return problem('internal-error', 'Internal server error', 500);
}

function clientErrorStatus(exception: unknown): number | undefined {
  const status =
    (exception as { status?: unknown; statusCode?: unknown } | null)?.status ?? (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function slugOf(status: number): string {
  const slug = titleOf(status)
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
  return problemKind(slug) ? slug : status >= 500 ? 'internal-error' : 'bad-request';
}

function titleOf(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not found',
    405: 'Method not allowed',
    409: 'Conflict',
    413: 'Payload too large',
    415: 'Unsupported media type',
    422: 'Unprocessable entity',
    429: 'Too many requests',
    503: 'Service unavailable',
  };
  return titles[status] ?? (status >= 500 ? 'Server error' : 'Client error');
}

function describe(exception: unknown): string {
  return exception instanceof Error ? `${exception.name}: ${exception.message}\n${exception.stack ?? ''}` : String(exception);
}
