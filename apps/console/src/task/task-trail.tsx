import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { eventTypeLabel } from '../audit/event-type.labels';

import { RecordingMarkTags } from '../audit/recording-marks';
import { formatDateTime } from '../display/dates.format';
import { eventDetail } from './event.details';
import { LINK_STYLE } from '../shell/link.style';
import { partyName } from '../display/party.name';
import { trailAnchorId } from './trail.anchor';
import { trailMarks, type TrailMark } from './trail.marks';
import type { EntryView, TrailEvent } from './task.api';
import { useHashTarget } from './use-hash-target';
import { outlined } from '../shell/outlined-tag';

interface TrailRow {
  /** 1, 2, 3… in log order. */
  number: number;
  event: TrailEvent;
  occurredAt: string;
  mark: TrailMark | undefined;
}

const occurredAtOf = (event: TrailEvent): string =>
  typeof event.metadata.occurredAt === 'string' ? event.metadata.occurredAt : event.recordedAt;

/** Who recorded it: the person recorded for, and the clerk who wrote it for them. */
function recorder(event: TrailEvent): string {
  // The deadline watcher records lapses by itself (actor system:deadline-watcher in the unit "system").
  if (event.actor.unitId === 'system') return 'Hệ thống tự ghi nhận';
  return event.onBehalfOf ? `${partyName(event.onBehalfOf)}, do ${partyName(event.actor)} ghi thay` : partyName(event.actor);
}

/** A tag's text and border in a colour dark enough on white (Ant Design's coloured tags are paler). */
const tagLook = outlined;

function EventCell({ row }: { row: TrailRow }) {
  const { event, mark } = row;
  const detail = eventDetail(event.type, event.data);
  const voided = mark?.voided ?? null;
  return (
    <Space direction="vertical" size={2}>
      <span>
        <Typography.Text delete={voided !== null} strong>
          {eventTypeLabel(event.type)}
        </Typography.Text>
        {voided ? <Tag style={{ ...tagLook('#a8071a'), marginInlineStart: 8 }}>Đã hủy</Tag> : null}
        {mark && mark.corrections.length > 0 ? <Tag style={{ ...tagLook('#0958d9'), marginInlineStart: 8 }}>Đã đính chính</Tag> : null}
      </span>
      {detail && event.type !== 'EntryVoided' && event.type !== 'EntryCorrected' ? (
        <Typography.Text delete={voided !== null}>{detail}</Typography.Text>
      ) : null}
      {mark?.compensates ? (
        <span>
          {event.type === 'EntryVoided' ? 'Hủy bỏ' : 'Đính chính'} bút toán{' '}
          <a style={LINK_STYLE} href={`#${trailAnchorId(mark.compensates.eventId)}`}>
            {mark.compensates.label}
          </a>
          {detail ? ` — lý do: ${detail}` : ''}
        </span>
      ) : null}
      {voided ? <span>Lý do hủy: {voided.reason ?? 'không ghi trong nhật ký'}</span> : null}
      {mark?.corrections.map((correction) => (
        <span key={correction.byEventId}>
          <a style={LINK_STYLE} href={`#${trailAnchorId(correction.byEventId)}`}>
            Đính chính
          </a>
          : {correction.changes}
          {correction.reason ? ` (lý do: ${correction.reason})` : ''}
        </span>
      ))}
    </Space>
  );
}

const COLUMNS: ColumnsType<TrailRow> = [
  { key: 'version', title: '#', width: 48, render: (_, row) => row.number },
  { key: 'occurred', title: 'Xảy ra lúc', width: 150, render: (_, row) => formatDateTime(row.occurredAt) },
  {
    key: 'recorded',
    title: 'Ghi nhận lúc',
    width: 190,
    render: (_, row) => (
      <Space direction="vertical" size={0}>
        <span>{formatDateTime(row.event.recordedAt)}</span>
        <RecordingMarkTags marks={row.event} />
      </Space>
    ),
  },
  { key: 'event', title: 'Việc', render: (_, row) => <EventCell row={row} /> },
  { key: 'who', title: 'Người ghi', render: (_, row) => recorder(row.event) },
];

/**
 * Every event of the task in log order, both times in Viet Nam time, late recordings marked as the audit trail marks
 * them, voided entries struck through and corrected ones with their correction. Each row is `#su-kien-<eventId>`.
 */
export function TaskTrail({ events, entries }: { events: readonly TrailEvent[]; entries: Readonly<Record<string, EntryView>> }) {
  const marks = useMemo(() => trailMarks(entries, events), [entries, events]);
  const rows = useMemo(
    () => events.map((event, position) => ({ number: position + 1, event, occurredAt: occurredAtOf(event), mark: marks.get(event.id) })),
    [events, marks],
  );
  const target = useHashTarget(rows.length > 0);
  // The row a link points at (#su-kien-<eventId>): a pale amber behind each of its cells.
  const columns = useMemo(
    () =>
      COLUMNS.map((column) => ({
        ...column,
        onCell: (row: TrailRow) => (row.event.id === target ? { style: { background: '#fff1b8' } } : {}),
      })),
    [target],
  );
  return (
    <Table<TrailRow>
      className="task-trail"
      rowKey={(row) => row.event.id}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      rowClassName={(row) => (row.event.id === target ? 'task-trail-row--target' : '')}
      onRow={(row) => ({ id: trailAnchorId(row.event.id), tabIndex: -1 })}
    />
  );
}
