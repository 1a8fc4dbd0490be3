export type ErrorContext = Readonly<Record<string, unknown>>;

/**
 * A broken business rule. `code` is stable (clients and logs key on it);
 * `detail` is the Vietnamese message shown to officials.
 */
export abstract class DomainError extends Error {
  readonly code: string;
  readonly detail: string;
  readonly field: string | undefined;
  readonly context: ErrorContext;

  protected constructor(code: string, detail: string, options: { field?: string; context?: ErrorContext } = {}) {
    super(`${code}: ${detail}`);
    this.name = new.target.name;
    this.code = code;
    this.detail = detail.normalize('NFC');
    this.field = options.field;
    this.context = options.context ?? {};
  }
}

export class OnBehalfRequiresClerkError extends DomainError {
  static readonly code = 'ON_BEHALF_REQUIRES_CLERK';
  constructor(actorPersonId: string, onBehalfOfPersonId: string) {
    super(OnBehalfRequiresClerkError.code, 'Chỉ văn thư mới được ghi nhận thay cho người khác.', {
      field: 'onBehalfOf',
      context: { actorPersonId, onBehalfOfPersonId },
    });
  }
}

export class InvalidInstantError extends DomainError {
  static readonly code = 'INVALID_INSTANT';
  constructor(field: string, value: string) {
    super(InvalidInstantError.code, `Thời điểm "${value}" không hợp lệ (cần định dạng ISO 8601).`, {
      field,
      context: { value },
    });
  }
}

export class OccurredInFutureError extends DomainError {
  static readonly code = 'OCCURRED_IN_FUTURE';
  constructor(occurredAt: string, now: string, clockSkewMs: number) {
    super(OccurredInFutureError.code, 'Thời điểm xảy ra không được ở tương lai so với thời điểm ghi nhận.', {
      field: 'occurredAt',
      context: { occurredAt, now, clockSkewMs },
    });
  }
}
