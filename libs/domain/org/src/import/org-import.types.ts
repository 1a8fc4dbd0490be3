import type { Position } from '@lib/domain/core';
import type { OrgCommand } from '../org.commands';
import type { OrgEvent } from '../org.events';
import type { LocalDate, UnitKind } from '../org-values';

export const IMPORT_RECORD_KINDS = ['unit', 'mandate', 'person', 'appointment'] as const;
export type ImportRecordKind = (typeof IMPORT_RECORD_KINDS)[number];

export const IMPORT_COLUMNS = [
  'record',
  'unit_id',
  'name',
  'kind',
  'parent_unit_id',
  'category',
  'person_id',
  'full_name',
  'official_code',
  'position',
  'valid_from',
  'valid_to',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** One record of the file, before validation. `line` is the CSV line it starts on (null for JSON). */
export interface ImportRow {
  index: number;
  line: number | null;
  fields: Partial<Record<ImportColumn, string>>;
}

export type ImportRecord =
  | { record: 'unit'; unitId: string; name: string; kind: UnitKind; parentUnitId: string | null; validFrom: LocalDate }
  | { record: 'mandate'; unitId: string; category: string; validFrom: LocalDate; validTo: LocalDate | null }
  | { record: 'person'; personId: string; fullName: string; officialCode: string }
  | { record: 'appointment'; unitId: string; personId: string; position: Position; validFrom: LocalDate; validTo: LocalDate | null };

export interface ValidRow {
  row: ImportRow;
  record: ImportRecord;
}

/** A problem with one row (or with the file itself: `index` 0), in Vietnamese. */
export interface ImportIssue {
  /** 1-based number of the record in the file (data rows only); 0 for the file as a whole. */
  index: number;
  /** Physical CSV line (the header is line 1); null for JSON input. */
  line: number | null;
  record: ImportRecordKind | null;
  field: ImportColumn | 'file';
  reason: string;
}

export type ImportMode = 'all_or_nothing' | 'good_rows_only';

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface OrgImportReport {
  mode: ImportMode;
  /** False when the mode is all-or-nothing and some row (or the file) is bad: nothing is to be applied. */
  accepted: boolean;
  rowCount: number;
  counts: Record<RowOutcome, number>;
  /** Per data row, in file order. */
  outcomes: Array<{ index: number; line: number | null; outcome: RowOutcome }>;
  issues: ImportIssue[];
  /** What to run for the good rows, in dependency order (units before what refers to them). */
  commands: OrgCommand[];
  /** The events those commands decide against the current timeline, with their streams. */
  events: Array<{ streamId: string; event: OrgEvent }>;
}
