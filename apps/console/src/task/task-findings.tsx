import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDate } from '../display/dates.format';
import { FINDING_STATUS_LOOK } from '../findings/finding-list.link';
import { Link } from '../router/link';
import { pathFor } from '../router/route-match';
import { LINK_STYLE } from '../shell/link.style';
import { partyName } from '../display/party.name';
import type { TaskFinding } from './task.api';
import { OutlinedTag } from '../shell/outlined-tag';

const FINDING_PATH = '/phat-hien/:findingId';

const COLUMNS: ColumnsType<TaskFinding> = [
  { key: 'on', title: 'Ngày', width: 110, render: (_, finding) => formatDate(finding.on) },
  {
    key: 'rule',
    title: 'Quy tắc',
    render: (_, finding) => (
      <Link to={pathFor(FINDING_PATH, { findingId: finding.id })} style={LINK_STYLE}>
        {finding.ruleTitle}
      </Link>
    ),
  },
  { key: 'responsible', title: 'Người chịu trách nhiệm', render: (_, finding) => finding.responsible.map(partyName).join('; ') || '—' },
  {
    key: 'status',
    title: 'Tình trạng',
    render: (_, finding) => {
      const look = FINDING_STATUS_LOOK[finding.status];
      return <OutlinedTag colour={look.colour}>{look.label}</OutlinedTag>;
    },
  },
];

/** The findings on the task, each leading to its own page. */
export function TaskFindings({ findings }: { findings: readonly TaskFinding[] }) {
  return (
    <Table<TaskFinding>
      className="task-findings"
      rowKey="id"
      size="small"
      columns={COLUMNS}
      dataSource={[...findings]}
      pagination={false}
      locale={{ emptyText: 'Chưa có phát hiện nào trên nhiệm vụ này.' }}
    />
  );
}
