import { Skeleton, Table, Typography } from 'antd';
import { ProblemResult } from '../pages/problem.page';
import { useUnitStaff } from './org.api';
import { roleLabel, termText } from './org.labels';
import type { Term } from './org.read';
import { PersonName } from './person-name';

const COLUMNS = [
  { key: 'name', title: 'Họ tên', render: (_: unknown, term: Term) => <PersonName personId={term.personId} /> },
  { key: 'position', title: 'Chức vụ', render: (_: unknown, term: Term) => roleLabel(term.role) },
  { key: 'term', title: 'Thời gian bổ nhiệm', render: (_: unknown, term: Term) => termText(term.from, term.to) },
];

/** The people appointed in the unit on the day, by name, highest position first. */
export function UnitStaff({ unitId, date }: { unitId: string; date: string }) {
  const staff = useUnitStaff(unitId, date);
  if (staff.isPending) return <Skeleton active />;
  if (staff.error) return <ProblemResult error={staff.error} />;
  return (
    <Table<Term>
      data-testid="unit-staff"
      size="small"
      pagination={false}
      rowKey="id"
      columns={COLUMNS}
      dataSource={staff.data}
      locale={{ emptyText: <Typography.Text>Không có cán bộ nào vào ngày này</Typography.Text> }}
    />
  );
}
