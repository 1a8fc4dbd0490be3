import { Card, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDate } from '../display/dates.format';
import { taskListFilterOf, taskListLink, type TaskListLinkFilter } from '../overview/task-list.link';
import { STATUS_LOOK, type TaskStatusCode } from '../overview/task-status.palette';
import { NewTaskButton } from '../recording/new-task-button';
import { navigate, useLocation } from '../router/history';
import { Link } from '../router/link';
import { useTaskList, type TaskListItem } from '../tasks/task-list.api';
import { TaskFilters } from '../tasks/task-filters';
import { taskLink } from '../tasks/task.link';
import { CursorPagedTable } from '../shell/cursor-paged-table';
import { LINK_STYLE } from '../shell/link.style';
import { partyName } from '../display/party.name';
import { OutlinedTag } from '../shell/outlined-tag';

/** The title, a link to the task's page. */
function TaskTitleLink({ item }: { item: TaskListItem }) {
  return (
    <Link to={taskLink(item.id)} style={LINK_STYLE}>
      {item.title ?? item.id}
    </Link>
  );
}

const COLUMNS: ColumnsType<TaskListItem> = [
  { key: 'title', title: 'Nhiệm vụ', render: (_, item) => <TaskTitleLink item={item} /> },
  { key: 'category', title: 'Lĩnh vực', render: (_, item) => item.categoryLabel ?? '—' },
  { key: 'lead', title: 'Đơn vị chủ trì', render: (_, item) => item.lead.unitName ?? item.lead.unitId ?? '—' },
  { key: 'holder', title: 'Đang giữ', render: (_, item) => partyName(item.holder) },
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
      return <OutlinedTag colour={look.colour}>{item.status.label}</OutlinedTag>;
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
  const filtered = Object.entries(filter).some(([key, value]) => key !== 'cursor' && value !== undefined);

  return (
    <>
      <Typography.Title level={2}>Nhiệm vụ</Typography.Title>
      <NewTaskButton />
      <Typography.Paragraph>
        Nhiệm vụ trong phạm vi bạn được xem, mới giao trước. Bộ lọc nằm trên địa chỉ trang: có thể sao chép để gửi hoặc lưu lại.
      </Typography.Paragraph>
      <Card>
        <TaskFilters filter={filter} change={change} />
        <CursorPagedTable<TaskListItem>
          query={list}
          rowKey="id"
          columns={COLUMNS}
          cursor={filter.cursor}
          pageLink={(cursor) => taskListLink({ ...filter, cursor })}
          empty={
            filtered
              ? {
                  message: 'Không có nhiệm vụ nào khớp bộ lọc.',
                  description:
                    'Hãy thử từ khóa ngắn hơn hoặc ít từ hơn (gõ có dấu hay không dấu đều được), bỏ bớt điều kiện lọc, hoặc chọn khoảng thời gian khác.',
                }
              : {
                  message: 'Chưa có nhiệm vụ nào trong phạm vi bạn được xem.',
                  description: 'Nhiệm vụ sẽ hiện ở đây khi được giao cho đơn vị hoặc cán bộ trong phạm vi của bạn.',
                }
          }
        />
      </Card>
    </>
  );
}
