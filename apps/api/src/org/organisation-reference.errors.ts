import { DomainError } from '@lib/domain/core';

/** A unit or person named in a command did not exist, or was not active, on the day it happened. */
export class InactiveReferenceError extends DomainError {
  static readonly code = 'ORG_REFERENCE_INACTIVE';
  constructor(kind: 'unit' | 'person', id: string, date: string, reason: string, detail: string) {
    super(InactiveReferenceError.code, detail, { field: kind === 'unit' ? 'unitId' : 'personId', context: { kind, id, date, reason } });
  }
}

/** The person acting (or a clerk's named official) held no post in the named unit that day. */
export class InactiveOfficialError extends DomainError {
  static readonly code = 'ORG_OFFICIAL_NOT_IN_UNIT';
  constructor(role: string, personId: string, unitId: string, date: string) {
    super(InactiveOfficialError.code, `Cán bộ "${personId}" không giữ chức vụ nào tại đơn vị "${unitId}" vào ngày ${date}.`, {
      field: role,
      context: { personId, unitId, date },
    });
  }
}
