import type { CommandContext } from '@lib/domain/core';
import type { OrgCommand } from '../org.commands';
import type { OrganisationTimeline } from '../organisation-timeline';
import { nameOn, parentOn } from '../unit-state';
import type { ImportColumn, ImportRecord } from './org-import.types';

export type RecordChange =
  { kind: 'unchanged' } | { kind: 'created' | 'updated'; command: OrgCommand } | { kind: 'conflict'; field: ImportColumn; reason: string };

const conflict = (field: ImportColumn, reason: string): RecordChange => ({ kind: 'conflict', field, reason });

/**
 * What a row changes in the organisation as recorded: nothing when it is already there as written;
 * the end of an open term when the row now gives one; otherwise a conflict, because names, parents
 * and codes change through dated decisions (rename, move), not by overwriting.
 */
export function diffRecord(record: ImportRecord, timeline: OrganisationTimeline, context: CommandContext): RecordChange {
  switch (record.record) {
    case 'unit': {
      const unit = timeline.unitState(record.unitId);
      const { unitId, name, kind, parentUnitId, validFrom } = record;
      if (unit.status === 'initial')
        return { kind: 'created', command: { type: 'EstablishUnit', data: { unitId, name, kind, parentUnitId, validFrom }, context } };
      if (unit.validFrom !== validFrom) return conflict('valid_from', `Đơn vị đã có trong hệ thống với ngày thành lập ${unit.validFrom}.`);
      if (unit.kind !== kind) return conflict('kind', `Đơn vị đã có trong hệ thống với loại "${unit.kind}".`);
      if (nameOn(unit, validFrom) !== name)
        return conflict('name', `Đơn vị đã có trong hệ thống với tên "${nameOn(unit, validFrom)}"; đổi tên bằng quyết định đổi tên.`);
      const parent = parentOn(unit, validFrom);
      if (parent !== parentUnitId)
        return conflict(
          'parent_unit_id',
          `Đơn vị đã có trong hệ thống, trực thuộc "${parent ?? '(không có)'}"; chuyển đơn vị bằng quyết định điều chuyển.`,
        );
      return { kind: 'unchanged' };
    }
    case 'person': {
      const person = timeline.person(record.personId);
      const { personId, fullName, officialCode } = record;
      if (person === undefined)
        return { kind: 'created', command: { type: 'RegisterPerson', data: { personId, fullName, officialCode }, context } };
      if (person.fullName !== fullName) return conflict('full_name', `Cán bộ đã có trong hệ thống với họ tên "${person.fullName}".`);
      if (person.officialCode !== officialCode)
        return conflict('official_code', `Cán bộ đã có trong hệ thống với mã "${person.officialCode}".`);
      return { kind: 'unchanged' };
    }
    case 'mandate': {
      const unit = timeline.unitState(record.unitId);
      const { unitId, category, validFrom, validTo } = record;
      const grant = unit.status === 'initial' ? undefined : unit.mandates.find((m) => m.category === category && m.from === validFrom);
      if (grant === undefined)
        return { kind: 'created', command: { type: 'GrantMandate', data: { unitId, category, validFrom, validTo }, context } };
      if (grant.to === validTo) return { kind: 'unchanged' };
      if (grant.to === null && validTo !== null)
        return { kind: 'updated', command: { type: 'WithdrawMandate', data: { unitId, category, validTo }, context } };
      return conflict('valid_to', `Lĩnh vực đã được giao từ ngày ${validFrom} với ngày kết thúc ${grant.to ?? '(không thời hạn)'}.`);
    }
    case 'appointment': {
      const unit = timeline.unitState(record.unitId);
      const { unitId, personId, position, validFrom, validTo } = record;
      const existing =
        unit.status === 'initial'
          ? undefined
          : unit.appointments.find((a) => a.personId === personId && a.position === position && a.from === validFrom);
      if (existing === undefined) {
        const appointmentId = importedAppointmentId(record);
        return {
          kind: 'created',
          command: { type: 'AppointPerson', data: { appointmentId, unitId, personId, position, validFrom, validTo }, context },
        };
      }
      if (existing.to === validTo) return { kind: 'unchanged' };
      if (existing.to === null && validTo !== null) {
        return {
          kind: 'updated',
          command: { type: 'EndAppointment', data: { appointmentId: existing.appointmentId, unitId, validTo }, context },
        };
      }
      return conflict(
        'valid_to',
        `Bổ nhiệm từ ngày ${validFrom} đã có trong hệ thống với ngày kết thúc ${existing.to ?? '(không thời hạn)'}.`,
      );
    }
  }
}

/** Deterministic, so the same row always names the same appointment. */
function importedAppointmentId(record: Extract<ImportRecord, { record: 'appointment' }>): string {
  return `${record.unitId}/${record.personId}/${record.position}/${record.validFrom}`;
}
