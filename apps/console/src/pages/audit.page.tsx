import { Button, Card, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useAuditEvents, type AuditEntry } from '../audit/audit.api';
import { auditDownloadHref, auditFilterOf, auditLink, type AuditFilter } from '../audit/audit.link';
import { RecordingMarkTags } from '../audit/recording-marks';
import { EVENT_TYPE_LABELS, eventTypeLabel } from '../audit/event-type.labels';
import { isProblem } from '../api/problem';
import { formatDateTime } from '../display/dates.format';
import { PersonPicker } from '../people/person-picker';
import { navigate, useLocation } from '../router/history';
import { CursorPagedTable } from '../shell/cursor-paged-table';
import { PeriodPicker } from '../shell/period-picker';
import { TaskPicker } from '../tasks/task-picker';
import { UnitPicker } from '../tasks/unit-picker';
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

/**
 * The audit trail search: by task, person or unit (each chosen by name, kept in the address by its code), period and
 * kinds of event; the same search as CSV or JSON Lines.
 */
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
  return (
    <>
      <Space orientation="vertical" size="middle" style={{ display: 'flex', marginBottom: 16 }}>
        <Space wrap>
          <label htmlFor="audit-task">Nhiệm vụ</label>
          <TaskPicker id="audit-task" taskId={filter.taskId} onChange={(taskId) => change({ taskId })} />
        </Space>
        <Space wrap>
          <label htmlFor="audit-person">Cán bộ</label>
          <PersonPicker
            id="audit-person"
            personId={filter.personId}
            onChange={(personId) => change({ personId })}
            placeholder="Gõ tên cán bộ, có dấu hay không dấu"
          />
          <label htmlFor="audit-unit">Đơn vị</label>
          <UnitPicker id="audit-unit" unitId={filter.unitId} onChange={(unitId) => change({ unitId })} />
        </Space>
        <Space wrap>
          <label htmlFor="audit-period">Xảy ra trong khoảng</label>
          <PeriodPicker id="audit-period" from={filter.from} to={filter.to} onChange={change} />
          <label htmlFor="audit-types">Loại việc</label>
          <Select
            id="audit-types"
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
          description: 'Hãy chọn nhiệm vụ, cán bộ hoặc đơn vị khác, hoặc một khoảng thời gian rộng hơn.',
        }}
      />
    </>
  );
}
