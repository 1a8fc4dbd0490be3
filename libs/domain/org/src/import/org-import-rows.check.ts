import type { OrganisationTimeline } from '../organisation-timeline';
import type { ImportColumn, ImportIssue, ImportRow, ValidRow } from './org-import.types';

const where = (row: ImportRow) => (row.line === null ? `bản ghi thứ ${row.index}` : `dòng ${row.line}`);

/**
 * Checks rows against each other and against the organisation already recorded: duplicates inside
 * the file, and references to units and persons that are neither in the file nor known.
 * Returns the rows that pass, units ordered parents first.
 */
export function checkAcrossRows(
  valid: ValidRow[],
  allRows: ImportRow[],
  timeline: OrganisationTimeline,
): { rows: ValidRow[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const rejected = new Set<number>();
  const reject = ({ row, record }: ValidRow, field: ImportColumn, reason: string) => {
    issues.push({ index: row.index, line: row.line, record: record.record, field, reason });
    rejected.add(row.index);
  };

  const firstByKey = new Map<string, ImportRow>();
  for (const entry of valid) {
    for (const [key, field] of duplicateKeys(entry)) {
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, entry.row);
      else if (!rejected.has(entry.row.index)) reject(entry, field, `Trùng với ${where(first)}.`);
    }
  }

  const unitRows = rowsDeclaring(allRows, 'unit', 'unit_id');
  const personRows = rowsDeclaring(allRows, 'person', 'person_id');
  const validIndexes = new Set(valid.map((entry) => entry.row.index));
  const isGood = (index: number) => validIndexes.has(index) && !rejected.has(index);
  const reference = (entry: ValidRow, field: ImportColumn, id: string, kind: 'unit' | 'person') => {
    const declared = (kind === 'unit' ? unitRows : personRows).get(id);
    const known = kind === 'unit' ? timeline.unitState(id).status !== 'initial' : timeline.hasPerson(id);
    const label = kind === 'unit' ? 'Đơn vị' : 'Cán bộ';
    if (declared !== undefined && !isGood(declared.index))
      reject(entry, field, `${label} "${id}" ở ${where(declared)} có lỗi nên dòng này không được áp dụng.`);
    else if (declared === undefined && !known) reject(entry, field, `${label} "${id}" không có trong tệp và chưa có trong hệ thống.`);
  };
  // A row refused for its references can make rows that refer to it bad in turn: repeat until stable.
  let refused = -1;
  while (refused !== rejected.size) {
    refused = rejected.size;
    for (const entry of valid.filter((candidate) => !rejected.has(candidate.row.index))) {
      const { record } = entry;
      if (record.record === 'unit' && record.parentUnitId !== null) reference(entry, 'parent_unit_id', record.parentUnitId, 'unit');
      if (record.record === 'mandate' || record.record === 'appointment') reference(entry, 'unit_id', record.unitId, 'unit');
      if (record.record === 'appointment') reference(entry, 'person_id', record.personId, 'person');
    }
  }

  const remaining = valid.filter((entry) => !rejected.has(entry.row.index));
  const units = parentsFirst(remaining.filter((entry) => entry.record.record === 'unit'));
  for (const entry of units.cyclic) reject(entry, 'parent_unit_id', 'Các đơn vị trong tệp trực thuộc lẫn nhau thành vòng.');
  const ofKind = (kind: string) => remaining.filter((entry) => entry.record.record === kind);
  return { rows: [...units.ordered, ...ofKind('person'), ...ofKind('mandate'), ...ofKind('appointment')], issues };
}

function duplicateKeys({ record }: ValidRow): Array<[string, ImportColumn]> {
  switch (record.record) {
    case 'unit':
      return [[`unit:${record.unitId}`, 'unit_id']];
    case 'person':
      return [
        [`person:${record.personId}`, 'person_id'],
        [`code:${record.officialCode}`, 'official_code'],
      ];
    case 'mandate':
      return [[`mandate:${record.unitId}|${record.category}|${record.validFrom}`, 'category']];
    case 'appointment':
      return [[`appointment:${record.unitId}|${record.personId}|${record.position}|${record.validFrom}`, 'position']];
  }
}

function rowsDeclaring(rows: ImportRow[], record: string, field: ImportColumn): Map<string, ImportRow> {
  const declared = new Map<string, ImportRow>();
  for (const row of rows) {
    const id = (row.fields[field] ?? '').normalize('NFC').trim();
    if ((row.fields.record ?? '').trim().toLowerCase() === record && id !== '' && !declared.has(id)) declared.set(id, row);
  }
  return declared;
}

/** Orders unit rows so a parent defined in the file comes before its children; rows left over form a cycle. */
function parentsFirst(units: ValidRow[]): { ordered: ValidRow[]; cyclic: ValidRow[] } {
  const inFile = new Set(units.map((entry) => (entry.record.record === 'unit' ? entry.record.unitId : '')));
  const placed = new Set<string>();
  const ordered: ValidRow[] = [];
  let pending = units;
  while (pending.length > 0) {
    const ready = pending.filter(
      ({ record }) =>
        record.record === 'unit' && (record.parentUnitId === null || !inFile.has(record.parentUnitId) || placed.has(record.parentUnitId)),
    );
    if (ready.length === 0) break;
    for (const entry of ready) {
      ordered.push(entry);
      if (entry.record.record === 'unit') placed.add(entry.record.unitId);
    }
    const done = new Set(ready);
    pending = pending.filter((entry) => !done.has(entry));
  }
  return { ordered, cyclic: pending };
}
