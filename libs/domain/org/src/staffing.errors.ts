import { DomainError } from '@lib/domain/core';

// Appointments, acting heads, delegations and mandates on a unit stream.

export class HeadAlreadyAppointedError extends DomainError {
  static readonly code = 'UNIT_HEAD_ALREADY_APPOINTED';
  constructor(unitId: string, headPersonId: string, appointmentId: string) {
    super(HeadAlreadyAppointedError.code, 'Đơn vị đã có người đứng đầu trong thời gian này; cần kết thúc bổ nhiệm hiện tại trước.', {
      field: 'position',
      context: { unitId, headPersonId, appointmentId },
    });
  }
}

export class AppointmentOverlapsError extends DomainError {
  static readonly code = 'APPOINTMENT_OVERLAPS';
  constructor(personId: string, unitId: string, appointmentId: string) {
    super(AppointmentOverlapsError.code, 'Cán bộ đã có bổ nhiệm tại đơn vị này trong thời gian trùng lặp.', {
      field: 'validFrom',
      context: { personId, unitId, appointmentId },
    });
  }
}

export class AppointmentIdTakenError extends DomainError {
  static readonly code = 'APPOINTMENT_ID_TAKEN';
  constructor(id: string) {
    super(AppointmentIdTakenError.code, `Mã quyết định "${id}" đã được dùng tại đơn vị này.`, { context: { id } });
  }
}

export class AppointmentNotFoundError extends DomainError {
  static readonly code = 'APPOINTMENT_NOT_FOUND';
  constructor(appointmentId: string, unitId: string) {
    super(AppointmentNotFoundError.code, 'Không tìm thấy bổ nhiệm này tại đơn vị.', {
      field: 'appointmentId',
      context: { appointmentId, unitId },
    });
  }
}

export class AppointmentAlreadyEndedError extends DomainError {
  static readonly code = 'APPOINTMENT_ALREADY_ENDED';
  constructor(id: string, validTo: string) {
    super(AppointmentAlreadyEndedError.code, `Bổ nhiệm hoặc ủy quyền này đã kết thúc (ngày cuối ${validTo}).`, {
      context: { id, validTo },
    });
  }
}

export class EndOutsideTermError extends DomainError {
  static readonly code = 'END_OUTSIDE_TERM';
  constructor(id: string, from: string, to: string | null, validTo: string) {
    super(EndOutsideTermError.code, `Ngày kết thúc ${validTo} phải nằm trong thời hạn từ ${from}${to === null ? '' : ` đến ${to}`}.`, {
      field: 'validTo',
      context: { id, from, to, validTo },
    });
  }
}

export class HeadInOfficeError extends DomainError {
  static readonly code = 'UNIT_HEAD_IN_OFFICE';
  constructor(unitId: string, headPersonId: string) {
    super(
      HeadInOfficeError.code,
      'Đơn vị đang có người đứng đầu; chỉ giao quyền trưởng khi khuyết người đứng đầu (dùng ủy quyền khi vắng mặt).',
      {
        field: 'validFrom',
        context: { unitId, headPersonId },
      },
    );
  }
}

export class DelegationOverlapsError extends DomainError {
  static readonly code = 'DELEGATION_OVERLAPS';
  constructor(unitId: string, delegationId: string) {
    super(DelegationOverlapsError.code, 'Đơn vị đã có người được giao quyền hoặc ủy quyền trong thời gian trùng lặp.', {
      field: 'validFrom',
      context: { unitId, delegationId },
    });
  }
}

export class DelegationNotFoundError extends DomainError {
  static readonly code = 'DELEGATION_NOT_FOUND';
  constructor(delegationId: string, unitId: string) {
    super(DelegationNotFoundError.code, 'Không tìm thấy quyết định giao quyền hoặc ủy quyền này tại đơn vị.', {
      field: 'delegationId',
      context: { delegationId, unitId },
    });
  }
}

export class MandateOverlapsError extends DomainError {
  static readonly code = 'MANDATE_OVERLAPS';
  constructor(unitId: string, category: string, grantedFrom: string) {
    super(MandateOverlapsError.code, `Đơn vị đã được giao lĩnh vực "${category}" trong thời gian trùng lặp (từ ${grantedFrom}).`, {
      field: 'validFrom',
      context: { unitId, category, grantedFrom },
    });
  }
}

export class MandateNotInForceError extends DomainError {
  static readonly code = 'MANDATE_NOT_IN_FORCE';
  constructor(unitId: string, category: string, date: string) {
    super(MandateNotInForceError.code, `Đơn vị không có thẩm quyền về lĩnh vực "${category}" vào ngày ${date}.`, {
      field: 'validTo',
      context: { unitId, category, date },
    });
  }
}

/** A term already ending on that day: ending (or withdrawing) it on the same day would change nothing. */
export class TermEndUnchangedError extends DomainError {
  static readonly code = 'TERM_END_UNCHANGED';
  constructor(id: string, validTo: string) {
    super(TermEndUnchangedError.code, `Thời hạn này vốn đã kết thúc vào ngày ${validTo}; không có gì thay đổi để ghi nhận.`, {
      field: 'validTo',
      context: { id, validTo },
    });
  }
}

export class MandateAlreadyWithdrawnError extends DomainError {
  static readonly code = 'MANDATE_ALREADY_WITHDRAWN';
  constructor(unitId: string, category: string, grantedFrom: string, validTo: string) {
    super(MandateAlreadyWithdrawnError.code, `Lĩnh vực "${category}" đã được thu hồi (ngày cuối còn được giao: ${validTo}).`, {
      field: 'validTo',
      context: { unitId, category, grantedFrom, validTo },
    });
  }
}
