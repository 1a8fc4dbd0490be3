import { formatVnDateTime } from '@lib/domain/calendar';
import { CSV_SEPARATOR } from '@lib/domain/reports';
import type { StoredEvent } from '@lib/event-store';
import type { OrganisationTimeline } from '@lib/domain/org';
import { OrganisationNames } from '@lib/read-models/task-custody';
import { recordingLateness, type RecordingLateness } from './recording-lateness';
import type { SelfCorrection } from './self-corrections';

export interface NamedRecorder {
  personId: string;
  unitId: string;
  name: string | null;
  personName: string | null;
  unitName: string | null;
}

/** One event as the audit trail shows it: both times, who recorded it (with the name), and whether it came late. */
export interface AuditEntry extends RecordingLateness {
  globalPosition: number;
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  occurredAt: string;
  recordedAt: string;
  /** `name` is `personName` (kept for earlier clients); the unit is named as on the day the event occurred. */
  actor: NamedRecorder;
  onBehalfOf: NamedRecorder | null;
  commandId: string;
  data: Record<string, unknown>;
  /** A voiding or correction of the corrector's own entry, or of an entry a finding naming them rests on; else null. */
  selfCorrection: SelfCorrection | null;
}

export function auditEntryOf(
  event: StoredEvent,
  organisation: OrganisationTimeline,
  lateHours: number,
  selfCorrection: SelfCorrection | null = null,
): AuditEntry {
  const { metadata } = event;
  const names = new OrganisationNames(organisation);
  const named = (party: { personId: string; unitId: string }): NamedRecorder => ({
    personId: party.personId,
    unitId: party.unitId,
    name: names.personName(party.personId),
    personName: names.personName(party.personId),
    unitName: names.unitName(party.unitId, metadata.occurredAt),
  });
  return {
    globalPosition: event.globalPosition,
    eventId: event.id,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    occurredAt: new Date(metadata.occurredAt).toISOString(),
    recordedAt: event.recordedAt,
    ...recordingLateness(event, lateHours),
    actor: named(metadata.actor),
    onBehalfOf: metadata.onBehalfOf ? named(metadata.onBehalfOf) : null,
    commandId: metadata.commandId,
    data: event.data,
    selfCorrection,
  };
}

export const CSV_HEADER = [
  'Vị trí trong nhật ký (global position)',
  'Thời điểm ghi nhận (recordedAt) – giờ Việt Nam',
  'Thời điểm xảy ra (occurredAt) – giờ Việt Nam',
  'Ghi muộn (late)',
  'Số giờ ghi sau khi xảy ra',
  'Nhập từ nguồn (import source)',
  'Lô nhập (import batch)',
  'Loại sự kiện (type)',
  'Luồng (stream)',
  'Phiên bản luồng',
  'Người ghi nhận',
  'Họ tên',
  'Mã đơn vị',
  'Tên đơn vị (vào ngày xảy ra)',
  'Ghi thay cho',
  'Mã sự kiện (event id)',
  'Nội dung (data, JSON)',
  'Tự hủy/đính chính (self-correction)',
];

export function csvRowOf(entry: AuditEntry): string {
  const cells = [
    entry.globalPosition,
    formatVnDateTime(entry.recordedAt),
    formatVnDateTime(entry.occurredAt),
    entry.late ? 'có' : 'không',
    entry.recordedAfterHours,
    entry.import?.source ?? '',
    entry.import?.batchId ?? '',
    entry.type,
    entry.streamId,
    entry.streamVersion,
    entry.actor.personId,
    entry.actor.name ?? '',
    entry.actor.unitId,
    entry.actor.unitName ?? '',
    entry.onBehalfOf ? recordedForCell(entry.onBehalfOf) : '',
    entry.eventId,
    JSON.stringify(entry.data),
    selfCorrectionLabel(entry.selfCorrection),
  ];
  return csvLine(cells.map(String));
}

/** The official a clerk recorded for: "name – unit as on the day (codes)", or the codes alone when unnamed. */
function recordedForCell(party: NamedRecorder): string {
  const codes = `${party.personId} / ${party.unitId}`;
  const named = [party.personName, party.unitName].filter((part) => part !== null).join(' – ');
  return named ? `${named} (${codes})` : `(${codes})`;
}

/** '' when not a self-correction; else what makes it one, in Vietnamese. */
function selfCorrectionLabel(mark: SelfCorrection | null): string {
  if (mark === null) return '';
  const reasons = [
    ...(mark.ownEntry ? ['bút toán của chính người hủy/đính chính'] : []),
    ...(mark.findingIds.length > 0 ? [`người hủy/đính chính có tên trong phát hiện ${mark.findingIds.join(', ')}`] : []),
  ];
  return `có: ${reasons.join('; ')}`;
}

/** A line in the reports' layout (`;`-separated, as the Vietnamese locale lists); the header is one too. */
export function csvLine(cells: ReadonlyArray<string>): string {
  return cells.map(csvCell).join(CSV_SEPARATOR);
}

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value.normalize('NFC');
  return /[";,\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
