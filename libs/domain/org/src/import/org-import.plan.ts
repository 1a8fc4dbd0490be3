import { DomainError, type CommandContext } from '@lib/domain/core';
import type { OrgCommand } from '../org.commands';
import type { OrgEvent } from '../org.events';
import { decideOrg } from '../org.decider';
import { orgStreamIdOf } from '../org-stream';
import type { OrganisationTimeline } from '../organisation-timeline';
import { checkAcrossRows } from './org-import-rows.check';
import { diffRecord, type RecordChange } from './org-import.diff';
import { readImportCsv, readImportJson } from './org-import.read';
import type { ImportColumn, ImportIssue, ImportMode, OrgImportReport, RowOutcome, ValidRow } from './org-import.types';
import { validateRow } from './org-import-row.validate';

export interface OrgImportInput {
  format: 'csv' | 'json';
  content: string;
}

export interface OrgImportOptions {
  mode: ImportMode;
  /** Who imports, and when: the context of every command in the plan. */
  context: CommandContext;
  clockSkewMs?: number;
}

/**
 * Reads and validates an organisation file and plans what it changes. Nothing is applied here:
 * the commands are decided against a fork of the timeline, so a row is good only if the deciders
 * accept it after the rows before it. Re-importing the same file yields no commands.
 */
export function planOrgImport(input: OrgImportInput, timeline: OrganisationTimeline, options: OrgImportOptions): OrgImportReport {
  const read = input.format === 'csv' ? readImportCsv(input.content) : readImportJson(input.content);
  if (!read.ok) return report(options.mode, [], [read.issue], [], []);
  const issues: ImportIssue[] = [...read.issues];
  const valid: ValidRow[] = [];
  const unreadable = new Set(read.issues.map((issue) => issue.index));
  for (const row of read.rows) {
    if (unreadable.has(row.index)) continue;
    const check = validateRow(row);
    if ('issues' in check) issues.push(...check.issues);
    else valid.push({ row, record: check.record });
  }
  const across = checkAcrossRows(valid, read.rows, timeline);
  issues.push(...across.issues);

  const working = timeline.fork();
  const outcomes = new Map<number, RowOutcome>();
  const commands: OrgCommand[] = [];
  const events: OrgImportReport['events'] = [];
  for (const entry of across.rows) {
    const change = diffRecord(entry.record, working, options.context);
    if (change.kind === 'conflict') {
      issues.push({
        index: entry.row.index,
        line: entry.row.line,
        record: entry.record.record,
        field: change.field,
        reason: change.reason,
      });
      continue;
    }
    if (change.kind === 'unchanged') {
      outcomes.set(entry.row.index, 'unchanged');
      continue;
    }
    const decided = decide(entry, change, working, options);
    if ('issue' in decided) {
      issues.push(decided.issue);
      continue;
    }
    decided.events.forEach((event) => {
      working.apply(event);
      events.push({ streamId: orgStreamIdOf(event), event });
    });
    commands.push(change.command);
    outcomes.set(entry.row.index, change.kind);
  }
  const rows = read.rows.map((row) => ({ index: row.index, line: row.line, outcome: outcomes.get(row.index) ?? ('rejected' as const) }));
  return report(options.mode, rows, issues, commands, events);
}

function decide(
  entry: ValidRow,
  change: Extract<RecordChange, { command: OrgCommand }>,
  working: OrganisationTimeline,
  options: OrgImportOptions,
): { events: OrgEvent[] } | { issue: ImportIssue } {
  try {
    return { events: decideOrg(change.command, working, options.clockSkewMs === undefined ? {} : { clockSkewMs: options.clockSkewMs }) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const field = columnOf(error.field, entry.record.record === 'person' ? 'person_id' : 'unit_id');
    const issue: ImportIssue = { index: entry.row.index, line: entry.row.line, record: entry.record.record, field, reason: error.detail };
    return { issue };
  }
}

const COLUMN_OF_FIELD: Readonly<Record<string, ImportColumn>> = {
  unitId: 'unit_id',
  parentUnitId: 'parent_unit_id',
  personId: 'person_id',
  fullName: 'full_name',
  officialCode: 'official_code',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  name: 'name',
  kind: 'kind',
  category: 'category',
  position: 'position',
};

function columnOf(field: string | undefined, fallback: ImportColumn): ImportColumn {
  return (field !== undefined && COLUMN_OF_FIELD[field]) || fallback;
}

function report(
  mode: ImportMode,
  outcomes: OrgImportReport['outcomes'],
  issues: ImportIssue[],
  commands: OrgCommand[],
  events: OrgImportReport['events'],
): OrgImportReport {
  const sorted = [...issues].sort((a, b) => a.index - b.index);
  const accepted = !sorted.some((issue) => issue.index === 0) && (mode === 'good_rows_only' || sorted.length === 0);
  const counts: Record<RowOutcome, number> = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  outcomes.forEach(({ outcome }) => (counts[outcome] += 1));
  return {
    mode,
    accepted,
    rowCount: outcomes.length,
    counts,
    outcomes,
    issues: sorted,
    commands: accepted ? commands : [],
    events: accepted ? events : [],
  };
}
