import { RANKING_KINDS, type RankingKind } from '@lib/domain/reports';
import { invalidParam, pageLimit, singleParam } from '../http/query-params';
import { parseInstantParam } from '../read-models/task-summary/task-list.params';

const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const DEFAULT_RANKING_SIZE = 20;
const MAX_RANKING_SIZE = 200;

export function formatParam(query: Record<string, unknown>): ReportFormat {
  const format = singleParam(query, 'format') ?? 'json';
  if (!(REPORT_FORMATS as readonly string[]).includes(format))
    throw invalidParam('format', `phải là một trong: ${REPORT_FORMATS.join(', ')}`);
  return format as ReportFormat;
}

/** `from` (a date: its start; or an instant) and `to` (a date: through its end; or an instant), both required, from < to. */
export function periodParams(query: Record<string, unknown>): { from: string; to: string } {
  const fromText = singleParam(query, 'from');
  const toText = singleParam(query, 'to');
  if (fromText === null) throw invalidParam('from', 'bắt buộc (YYYY-MM-DD hoặc một thời điểm ISO 8601)');
  if (toText === null) throw invalidParam('to', 'bắt buộc (YYYY-MM-DD hoặc một thời điểm ISO 8601)');
  const from = parseInstantParam('from', fromText)!;
  const to = parseInstantParam('to', toText, true)!;
  if (Date.parse(to) <= Date.parse(from)) throw invalidParam('to', 'phải sau from');
  return { from, to };
}

/** `asOf`: a date is taken at its last instant (23:59:59.999 in Asia/Ho_Chi_Minh); an instant as given; absent: now. */
export function asOfParam(query: Record<string, unknown>, now: string): string {
  const text = singleParam(query, 'asOf');
  const asOf = parseInstantParam('asOf', text ?? undefined, true);
  if (asOf === null) return now;
  return /^\d{4}-\d{2}-\d{2}$/.test(text!) ? new Date(Date.parse(asOf) - 1).toISOString() : asOf;
}

export function booleanParam(query: Record<string, unknown>, field: string, fallback: boolean): boolean {
  const text = singleParam(query, field);
  if (text === null) return fallback;
  if (text !== 'true' && text !== 'false') throw invalidParam(field, 'phải là true hoặc false');
  return text === 'true';
}

export function kindParam(query: Record<string, unknown>): RankingKind {
  const kind = singleParam(query, 'kind');
  if (kind === null || !(RANKING_KINDS as readonly string[]).includes(kind))
    throw invalidParam('kind', `phải là một trong: ${RANKING_KINDS.join(', ')}`);
  return kind as RankingKind;
}

export function rankingLimit(query: Record<string, unknown>): number {
  return pageLimit(query, DEFAULT_RANKING_SIZE, MAX_RANKING_SIZE);
}

export function searchParam(query: Record<string, unknown>): string | null {
  const q = singleParam(query, 'q');
  if (q !== null && q.trim().length > 100) throw invalidParam('q', 'tối đa 100 ký tự');
  return q === null || q.trim() === '' ? null : q.normalize('NFC');
}
