import { Alert, Card, Skeleton, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from '../router/link';
import { LINK_STYLE } from '../shell/link.style';
import { taskLink } from '../tasks/task.link';
import { useArcTasks, type ArcTask } from './network.api';
import { networkLink, type NetworkFilter } from './network.link';

const COLUMNS: ColumnsType<ArcTask> = [
  {
    key: 'title',
    title: 'Nhiệm vụ',
    render: (_, task) => (
      <Link to={taskLink(task.id)} style={LINK_STYLE}>
        {task.title ?? task.id}
      </Link>
    ),
  },
  {
    key: 'count',
    title: 'Số lần chuyển theo chiều này',
    align: 'right',
    sorter: (a, b) => a.count - b.count,
    render: (_, task) => task.count,
  },
];

/** The tasks handed over along the chosen arc, each leading to its page. */
export function ArcTasks({ filter, now, names }: { filter: NetworkFilter; now: Date; names: { from: string; to: string } }) {
  const tasks = useArcTasks(filter, now);
  const { giver: _giver, receiver: _receiver, ...withoutArc } = filter;
  return (
    <Card
      className="network-arc-tasks"
      style={{ marginTop: 16 }}
      title={
        <h3 style={{ margin: 0, fontSize: 17 }}>
          Nhiệm vụ {names.from} chuyển cho {names.to}
        </h3>
      }
      extra={
        <Link to={networkLink(withoutArc)} style={LINK_STYLE}>
          Bỏ chọn
        </Link>
      }
    >
      {tasks.isPending ? (
        <Skeleton active />
      ) : tasks.isError ? (
        <Alert type="error" showIcon message="Không tải được danh sách nhiệm vụ của chiều chuyển này." />
      ) : (
        <Table<ArcTask>
          size="small"
          rowKey="id"
          columns={COLUMNS}
          dataSource={tasks.data}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: 'Không có nhiệm vụ nào chuyển theo chiều này trong kỳ.' }}
        />
      )}
    </Card>
  );
}
