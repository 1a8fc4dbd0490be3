import { Card, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDate } from '../display/dates.format';
import { taskListFilterOf, taskListLink, type TaskListLinkFilter } from '../overview/task-list.link';
import { CLOSED_STATUSES, OPEN_STATUSES, STATUS_LOOK, type TaskStatusCode } from '../overview/task-status.palette';
import { navigate, useLocation } from '../router/history';
import { useTaskList, type TaskListItem } from '../tasks/task-list.api';
import { CursorPagedTable } from '../shell/cursor-paged-table';
import { PeriodPicker } from '../shell/period-picker';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const optionsOf = (codes: readonly TaskStatusCode[]) =>
  codes.map((code) => ({ value: code, label: capitalised(STATUS_LOOK[code].spoken) }));
const STATUS_OPTIONS = [
  { label: 'Đang thực hiện', options: optionsOf(OPEN_STATUSES) },
  { label: 'Đã kết thúc', options: optionsOf(CLOSED_STATUSES) },
];

function holderOf(item: TaskListItem): string {
  const { holder } = item;
  if (holder.personName && holder.unitName) return `${holder.personName} (${holder.unitName})`;
  return holder.personName ?? holder.unitName ?? holder.unitId ?? '—';
}

const COLUMNS: ColumnsType<TaskListItem> = [
  { key: 'title', title: 'Nhiệm vụ', render: (_, item) => item.title ?? item.id },
  { key: 'category', title: 'Lĩnh vực', render: (_, item) => item.categoryLabel ?? '—' },
  { key: 'lead', title: 'Đơn vị chủ trì', render: (_, item) => item.lead.unitName ?? item.lead.unitId ?? '—' },
  { key: 'holder', title: 'Đang giữ', render: (_, item) => holderOf(item) },
  {
    key: 'deadline',
    title: 'Hạn xử lý',
    sorter: (a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'),
    render: (_, item) => (item.deadline ? formatDate(item.deadline) : 'Không hạn'),
  },
  {
    key: 'status',
    title: 'Tình trạng',
    render: (_, item) => {
      const look = STATUS_LOOK[item.status.code as TaskStatusCode];
      return <Tag style={{ color: look.colour, borderColor: look.colour, background: '#fff' }}>{item.status.label}</Tag>;
    },
  },
  {
    key: 'moves',
    title: 'Số lần chuyển',
    align: 'right',
    sorter: (a, b) => a.reassignmentCount - b.reassignmentCount,
    render: (_, item) => item.reassignmentCount,
  },
];

/** The task list: filters and the page kept in the address (shareable), one page of the API's list at a time. */
export function TasksPage() {
  const { search } = useLocation();
  const filter = taskListFilterOf(search);
  const list = useTaskList(filter);
  const change = (next: TaskListLinkFilter) => navigate(taskListLink({ ...filter, cursor: undefined, ...next }), { replace: true });
  const unitName = filter.unitId
    ? (list.data?.items.find((item) => item.lead.unitId === filter.unitId)?.lead.unitName ?? filter.unitId)
    : null;

  return (
    <>
      <Typography.Title level={2}>Nhiệm vụ</Typography.Title>
      <Typography.Paragraph>
        Nhiệm vụ trong phạm vi bạn được xem, mới giao trước. Bộ lọc nằm trên địa chỉ trang: có thể sao chép để gửi hoặc lưu lại.
      </Typography.Paragraph>
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <label htmlFor="task-status">Tình trạng</label>
          <Select
            id="task-status"
            style={{ minWidth: 220 }}
            allowClear
            placeholder="Tất cả"
            options={STATUS_OPTIONS}
            value={filter.status ?? null}
            onChange={(status: string | null) => change({ status: status ?? undefined })}
          />
          <label htmlFor="task-period">Giao trong khoảng</label>
          <PeriodPicker id="task-period" from={filter.from} to={filter.to} onChange={change} />
          {unitName ? (
            <Tag closable onClose={() => change({ unitId: undefined })} aria-label={`Đơn vị chủ trì: ${unitName}`}>
              Đơn vị chủ trì: {unitName}
            </Tag>
          ) : null}
          {filter.asOf ? (
            <Tag closable onClose={() => change({ asOf: undefined })}>
              Tình trạng tính đến hết ngày {formatDate(filter.asOf)}
            </Tag>
          ) : null}
        </Space>
        <CursorPagedTable<TaskListItem>
          query={list}
          rowKey="id"
          columns={COLUMNS}
          cursor={filter.cursor}
          pageLink={(cursor) => taskListLink({ ...filter, cursor })}
          empty={{
            message: 'Không có nhiệm vụ nào khớp bộ lọc.',
            description: 'Hãy bỏ bớt điều kiện lọc, hoặc chọn khoảng thời gian khác.',
          }}
        />
      </Card>
    </>
  );
}
