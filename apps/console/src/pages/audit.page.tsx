import { Button, Card, Input, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useAuditEvents, type AuditEntry } from '../audit/audit.api';
import { auditDownloadHref, auditFilterOf, auditLink, type AuditFilter } from '../audit/audit.link';
import { RecordingMarkTags } from '../audit/recording-marks';
import { EVENT_TYPE_LABELS, eventTypeLabel } from '../audit/event-type.labels';
import { isProblem } from '../api/problem';
import { formatDateTime } from '../display/dates.format';
import { navigate, useLocation } from '../router/history';
import { CursorPagedTable } from '../shell/cursor-paged-table';
import { PeriodPicker } from '../shell/period-picker';
import { ProblemResult } from './problem.page';

const TYPE_OPTIONS = Object.entries(EVENT_TYPE_LABELS).map(([value, label]) => ({ value, label }));

function recorder(entry: AuditEntry): string {
  const who = (party: AuditEntry['actor']): string => {
    const person = party.personName ?? party.name ?? party.personId;
    return party.unitName ? `${person} (${party.unitName})` : person;
  };
  return entry.onBehalfOf ? `${who(entry.onBehalfOf)}, do ${who(entry.actor)} ghi thay` : who(entry.actor);
}

const COLUMNS: ColumnsType<AuditEntry> = [
  { key: 'occurred', title: 'Xảy ra lúc', width: 150, render: (_, entry) => formatDateTime(entry.occurredAt) },
  {
    key: 'recorded',
    title: 'Ghi nhận lúc',
    width: 190,
    render: (_, entry) => (
      <Space direction="vertical" size={0}>
        <span>{formatDateTime(entry.recordedAt)}</span>
        <RecordingMarkTags marks={entry} />
      </Space>
    ),
  },
  { key: 'type', title: 'Việc', render: (_, entry) => eventTypeLabel(entry.type) },
  { key: 'who', title: 'Người thực hiện', render: (_, entry) => recorder(entry) },
  { key: 'stream', title: 'Hồ sơ, nhiệm vụ', render: (_, entry) => <Typography.Text code>{entry.streamId}</Typography.Text> },
];

/** The audit trail search: by task, person or unit, period and kinds of event; the same search as CSV or JSON Lines. */
export function AuditPage() {
  const { search } = useLocation();
  const filter = auditFilterOf(search);
  const events = useAuditEvents(filter);
  const change = (next: AuditFilter) => navigate(auditLink({ ...filter, cursor: undefined, ...next }), { replace: true });
  const refused = isProblem(events.error, 401, 403);

  return (
    <>
      <Typography.Title level={2}>Tra cứu nhật ký</Typography.Title>
      <Typography.Paragraph>
        Mọi bước đã ghi nhận, theo nhiệm vụ, cán bộ hoặc đơn vị, trong phạm vi bạn được xem; thời gian theo giờ Việt Nam. Kết quả tải về
        được dưới dạng CSV (mở bằng Excel) hoặc JSON Lines.
      </Typography.Paragraph>
      <Card>
        {refused ? (
          // Nothing of a search the API refuses: no filters to fill in, no download to try.
          <ProblemResult error={events.error} />
        ) : (
          <AuditSearch filter={filter} change={change} events={events} />
        )}
      </Card>
    </>
  );
}

function AuditSearch({
  filter,
  change,
  events,
}: {
  filter: AuditFilter;
  change: (next: AuditFilter) => void;
  events: ReturnType<typeof useAuditEvents>;
}) {
  const text = (value: string) => value.trim() || undefined;
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          aria-label="Mã nhiệm vụ"
          placeholder="Mã nhiệm vụ"
          allowClear
          defaultValue={filter.taskId}
          onSearch={(value) => change({ taskId: text(value) })}
          style={{ width: 300 }}
        />
        <Input.Search
          aria-label="Mã cán bộ"
          placeholder="Mã cán bộ, ví dụ le-van-cuong"
          allowClear
          defaultValue={filter.personId}
          onSearch={(value) => change({ personId: text(value) })}
          style={{ width: 260 }}
        />
        <Input.Search
          aria-label="Mã đơn vị"
          placeholder="Mã đơn vị, ví dụ so-xay-dung"
          allowClear
          defaultValue={filter.unitId}
          onSearch={(value) => change({ unitId: text(value) })}
          style={{ width: 260 }}
        />
        <PeriodPicker aria-label="Xảy ra trong khoảng" from={filter.from} to={filter.to} onChange={change} />
        <Select
          aria-label="Loại việc"
          mode="multiple"
          allowClear
          placeholder="Mọi loại việc"
          style={{ minWidth: 260 }}
          optionFilterProp="label"
          options={TYPE_OPTIONS}
          value={filter.types ? filter.types.split(',') : []}
          onChange={(types: string[]) => change({ types: types.length > 0 ? types.join(',') : undefined })}
        />
      </Space>
      <Space style={{ marginBottom: 16 }}>
        <Button href={auditDownloadHref(filter, 'csv')}>Tải CSV</Button>
        <Button href={auditDownloadHref(filter, 'jsonl')}>Tải JSON Lines</Button>
      </Space>
      <CursorPagedTable<AuditEntry>
        query={events}
        rowKey="eventId"
        columns={COLUMNS}
        cursor={filter.cursor}
        pageLink={(cursor) => auditLink({ ...filter, cursor })}
        empty={{
          message: 'Không có bước nào khớp điều kiện tra cứu.',
          description: 'Hãy nhập mã nhiệm vụ, cán bộ hoặc đơn vị, hoặc chọn khoảng thời gian rộng hơn.',
        }}
      />
    </>
  );
}
