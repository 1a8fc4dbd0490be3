import { describeUnsafeCharacter, findUnsafeCharacter, type Position } from '@lib/domain/core';
import { isLocalDate } from '../date-interval';
import { isPosition, isUnitKind, POSITION_LABELS, UNIT_KIND_LABELS, type LocalDate, type UnitKind } from '../org-values';
import {
  IMPORT_COLUMNS,
  IMPORT_RECORD_KINDS,
  type ImportColumn,
  type ImportIssue,
  type ImportRecord,
  type ImportRecordKind,
  type ImportRow,
} from './org-import.types';

const lower = (text: string) => text.toLocaleLowerCase('vi');

const KIND_ALIASES: ReadonlyMap<string, UnitKind> = new Map([
  ...Object.entries(UNIT_KIND_LABELS).map(([kind, label]) => [lower(label), kind as UnitKind] as const),
  ['ubnd', 'peoples_committee'],
  ['xã', 'commune'],
  ['phường', 'commune'],
  ['đặc khu', 'commune'],
]);

const POSITION_ALIASES: ReadonlyMap<string, Position> = new Map([
  ...Object.entries(POSITION_LABELS).map(([position, label]) => [lower(label), position as Position] as const),
  ['thủ trưởng', 'head'],
  ['cấp trưởng', 'head'],
  ['cấp phó', 'deputy'],
  ['giám đốc', 'head'],
  ['chủ tịch', 'head'],
  ['chánh thanh tra', 'head'],
  ['chánh văn phòng', 'head'],
]);

type RowCheck = { record: ImportRecord } | { issues: ImportIssue[] };

/** Checks one row on its own: record kind, required fields, codes and dates. References come later. */
export function validateRow(row: ImportRow): RowCheck {
  const issues: ImportIssue[] = [];
  const kind = text(row, 'record').toLowerCase();
  const record = (IMPORT_RECORD_KINDS as readonly string[]).includes(kind) ? (kind as ImportRecordKind) : null;
  const issue = (field: ImportColumn, reason: string) => issues.push({ index: row.index, line: row.line, record, field, reason });
  for (const field of IMPORT_COLUMNS) {
    const unsafe = unsafeCharacterIn(row, field);
    if (unsafe !== null) issue(field, unsafe);
  }
  // A cell that holds such a character is not echoed into any other reason.
  if (issues.length > 0) return { issues };
  const required = (field: ImportColumn): string => {
    const value = text(row, field);
    if (value === '') issue(field, 'Trường bắt buộc chưa được nhập.');
    return value;
  };
  const date = (field: ImportColumn, optional: boolean): LocalDate | null => {
    const value = optional ? text(row, field) : required(field);
    if (value === '') return null;
    const iso = toIsoDate(value);
    if (iso === null) issue(field, `Ngày "${value}" không hợp lệ (dùng YYYY-MM-DD hoặc DD/MM/YYYY).`);
    return iso;
  };
  const range = (): { from: LocalDate; to: LocalDate | null } => {
    const from = date('valid_from', false);
    const to = date('valid_to', true);
    if (from !== null && to !== null && to < from) issue('valid_to', `Ngày kết thúc ${to} không được trước ngày bắt đầu ${from}.`);
    return { from: from ?? '', to };
  };

  let result: ImportRecord | null = null;
  switch (record) {
    case null:
      issue('record', `Loại bản ghi "${text(row, 'record')}" không hợp lệ (unit, mandate, person hoặc appointment).`);
      break;
    case 'unit': {
      const unitId = required('unit_id');
      const name = required('name');
      const unitKind = unitKindOf(required('kind'));
      if (unitKind === null && text(row, 'kind') !== '') issue('kind', `Loại đơn vị "${text(row, 'kind')}" không được hỗ trợ.`);
      const parent = text(row, 'parent_unit_id');
      if (parent !== '' && parent === unitId) issue('parent_unit_id', 'Đơn vị không thể trực thuộc chính nó.');
      const validFrom = date('valid_from', false);
      result = { record, unitId, name, kind: unitKind ?? 'other', parentUnitId: parent === '' ? null : parent, validFrom: validFrom ?? '' };
      break;
    }
    case 'mandate': {
      const unitId = required('unit_id');
      const category = required('category');
      const { from, to } = range();
      result = { record, unitId, category, validFrom: from, validTo: to };
      break;
    }
    case 'person':
      result = { record, personId: required('person_id'), fullName: required('full_name'), officialCode: required('official_code') };
      break;
    case 'appointment': {
      const unitId = required('unit_id');
      const personId = required('person_id');
      const position = positionOf(required('position'));
      if (position === null && text(row, 'position') !== '')
        issue('position', `Chức vụ "${text(row, 'position')}" không được hỗ trợ (người đứng đầu, cấp phó, chuyên viên, văn thư).`);
      const { from, to } = range();
      result = { record, unitId, personId, position: position ?? 'staff', validFrom: from, validTo: to };
      break;
    }
  }
  return issues.length > 0 || result === null ? { issues } : { record: result };
}

/**
 * Why a cell's raw text is refused, in Vietnamese, or null. Names, ids, codes and dates are read by
 * people and compared by machines: no NUL, no lone surrogate, no control character, no bidi override
 * or isolate, no invisible character. Tabs and line breaks (allowed inside a quoted CSV field) become
 * spaces, as every run of white space does.
 */
function unsafeCharacterIn(row: ImportRow, field: ImportColumn): string | null {
  const unsafe = findUnsafeCharacter(row.fields[field] ?? '', 'multiline');
  return unsafe === null ? null : `Giá trị ${describeUnsafeCharacter(unsafe)}.`;
}

/** Trimmed, NFC, inner runs of spaces collapsed. */
function text(row: ImportRow, field: ImportColumn): string {
  return (row.fields[field] ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
}

function toIsoDate(value: string): LocalDate | null {
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [, day = '', month = '', year = ''] = vietnamese ?? [];
  const iso = vietnamese === null ? value : `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}

function unitKindOf(value: string): UnitKind | null {
  if (value === '') return null;
  return isUnitKind(value) ? value : (KIND_ALIASES.get(lower(value)) ?? null);
}

function positionOf(value: string): Position | null {
  if (value === '') return null;
  if (isPosition(value)) return value;
  const title = lower(value);
  // Titles name the rank first: "Phó Giám đốc", "Phó trưởng phòng" are deputies; "Trưởng phòng" is a head.
  if (title === 'phó' || title.startsWith('phó ')) return 'deputy';
  if (title === 'trưởng' || title.startsWith('trưởng ')) return 'head';
  return POSITION_ALIASES.get(title) ?? null;
}
