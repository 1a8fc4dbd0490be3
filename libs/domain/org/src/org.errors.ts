import { DomainError } from '@lib/domain/core';

// Input shape: dates, ranges, codes, required text.

export class InvalidLocalDateError extends DomainError {
  static readonly code = 'ORG_INVALID_DATE';
  constructor(field: string, value: unknown) {
    super(InvalidLocalDateError.code, `Ngày "${String(value)}" không hợp lệ (cần định dạng YYYY-MM-DD).`, { field, context: { value } });
  }
}

export class InvalidDateRangeError extends DomainError {
  static readonly code = 'ORG_INVALID_DATE_RANGE';
  constructor(from: string, to: string, field = 'validTo') {
    super(InvalidDateRangeError.code, `Ngày kết thúc ${to} không được trước ngày bắt đầu ${from}.`, { field, context: { from, to } });
  }
}

export class UnknownUnitKindError extends DomainError {
  static readonly code = 'ORG_UNKNOWN_UNIT_KIND';
  constructor(kind: string) {
    super(UnknownUnitKindError.code, `Loại đơn vị "${kind}" không được hỗ trợ.`, { field: 'kind', context: { kind } });
  }
}

export class UnknownPositionError extends DomainError {
  static readonly code = 'ORG_UNKNOWN_POSITION';
  constructor(position: string) {
    super(UnknownPositionError.code, `Chức vụ "${position}" không được hỗ trợ (người đứng đầu, cấp phó, chuyên viên, văn thư).`, {
      field: 'position',
      context: { position },
    });
  }
}

export class OrgRequiredTextMissingError extends DomainError {
  static readonly code = 'ORG_REQUIRED_TEXT_MISSING';
  constructor(field: string) {
    super(OrgRequiredTextMissingError.code, 'Trường bắt buộc chưa được nhập.', { field });
  }
}

// Units.

export class UnitAlreadyEstablishedError extends DomainError {
  static readonly code = 'UNIT_ALREADY_ESTABLISHED';
  constructor(unitId: string) {
    super(UnitAlreadyEstablishedError.code, `Đơn vị "${unitId}" đã được thành lập trước đó.`, { field: 'unitId', context: { unitId } });
  }
}

export class UnitNotFoundError extends DomainError {
  static readonly code = 'UNIT_NOT_FOUND';
  constructor(unitId: string, field = 'unitId') {
    super(UnitNotFoundError.code, `Không tìm thấy đơn vị "${unitId}".`, { field, context: { unitId } });
  }
}

/** A referenced unit (parent, successor, the unit of an appointment) did not exist on the effective date. */
export class UnitNotActiveError extends DomainError {
  static readonly code = 'UNIT_NOT_ACTIVE';
  constructor(unitId: string, date: string, reason: string, detail: string, field = 'unitId') {
    super(UnitNotActiveError.code, detail, { field, context: { unitId, date, reason } });
  }
}

export class EffectiveBeforeEstablishmentError extends DomainError {
  static readonly code = 'UNIT_EFFECTIVE_BEFORE_ESTABLISHMENT';
  constructor(unitId: string, date: string, validFrom: string, field: string) {
    super(EffectiveBeforeEstablishmentError.code, `Ngày hiệu lực ${date} trước ngày thành lập đơn vị (${validFrom}).`, {
      field,
      context: { unitId, date, validFrom },
    });
  }
}

export class UnitEndedError extends DomainError {
  static readonly code = 'UNIT_ENDED';
  constructor(unitId: string, end: 'merged' | 'dissolved', effectiveOn: string, date: string, field: string) {
    const how = end === 'merged' ? 'đã sáp nhập' : 'đã giải thể';
    super(UnitEndedError.code, `Đơn vị ${how} từ ngày ${effectiveOn}; không thể ghi nhận thay đổi có hiệu lực từ ngày ${date}.`, {
      field,
      context: { unitId, end, effectiveOn, date },
    });
  }
}

export class UnitCycleError extends DomainError {
  static readonly code = 'UNIT_CYCLE';
  constructor(unitId: string, parentUnitId: string) {
    super(UnitCycleError.code, 'Đơn vị không thể trực thuộc chính nó hoặc một đơn vị cấp dưới của nó.', {
      field: 'parentUnitId',
      context: { unitId, parentUnitId },
    });
  }
}

export class UnitNameUnchangedError extends DomainError {
  static readonly code = 'UNIT_NAME_UNCHANGED';
  constructor(name: string) {
    super(UnitNameUnchangedError.code, 'Tên mới trùng với tên hiện tại của đơn vị.', { field: 'name', context: { name } });
  }
}

export class UnitParentUnchangedError extends DomainError {
  static readonly code = 'UNIT_PARENT_UNCHANGED';
  constructor(parentUnitId: string | null) {
    super(UnitParentUnchangedError.code, 'Đơn vị đã trực thuộc đơn vị này.', { field: 'parentUnitId', context: { parentUnitId } });
  }
}

export class UnitMergedIntoItselfError extends DomainError {
  static readonly code = 'UNIT_MERGED_INTO_ITSELF';
  constructor(unitId: string) {
    super(UnitMergedIntoItselfError.code, 'Không thể sáp nhập đơn vị vào chính nó.', { field: 'successorUnitId', context: { unitId } });
  }
}

export class UnitHasActiveSubunitsError extends DomainError {
  static readonly code = 'UNIT_HAS_ACTIVE_SUBUNITS';
  constructor(unitId: string, date: string, subunitIds: string[]) {
    super(
      UnitHasActiveSubunitsError.code,
      `Đơn vị còn ${subunitIds.length} đơn vị trực thuộc vào ngày ${date}; cần chuyển hoặc kết thúc các đơn vị này trước.`,
      {
        field: 'effectiveOn',
        context: { unitId, date, subunitIds },
      },
    );
  }
}

export class UnitEndNotAfterEstablishmentError extends DomainError {
  static readonly code = 'UNIT_END_NOT_AFTER_ESTABLISHMENT';
  constructor(unitId: string, effectiveOn: string, validFrom: string) {
    super(UnitEndNotAfterEstablishmentError.code, `Ngày sáp nhập hoặc giải thể ${effectiveOn} phải sau ngày thành lập ${validFrom}.`, {
      field: 'effectiveOn',
      context: { unitId, effectiveOn, validFrom },
    });
  }
}

// Persons.

export class PersonAlreadyRegisteredError extends DomainError {
  static readonly code = 'PERSON_ALREADY_REGISTERED';
  constructor(personId: string) {
    super(PersonAlreadyRegisteredError.code, `Cán bộ "${personId}" đã được đăng ký trước đó.`, {
      field: 'personId',
      context: { personId },
    });
  }
}

export class PersonNotFoundError extends DomainError {
  static readonly code = 'PERSON_NOT_FOUND';
  constructor(personId: string) {
    super(PersonNotFoundError.code, `Không tìm thấy cán bộ "${personId}".`, { field: 'personId', context: { personId } });
  }
}

export class OfficialCodeTakenError extends DomainError {
  static readonly code = 'PERSON_OFFICIAL_CODE_TAKEN';
  constructor(officialCode: string, holderPersonId: string) {
    super(OfficialCodeTakenError.code, `Mã cán bộ "${officialCode}" đã được cấp cho người khác.`, {
      field: 'officialCode',
      context: { officialCode, holderPersonId },
    });
  }
}
