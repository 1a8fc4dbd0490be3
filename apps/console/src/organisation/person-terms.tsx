import { Table, Typography } from 'antd';
import { Link } from '../router/link';
import { LINK_STYLE } from '../shell/link.style';
import { useUnitNames } from './org.api';
import { roleLabel, termText } from './org.labels';
import { unitPath } from './org.link';
import type { Term } from './org.read';

/**
 * A person's appointments or delegations: the unit as it was named when the term began (a link to it on that day),
 * the position or delegation in Vietnamese, and the term from–to.
 */
export function PersonTerms({ terms, roleTitle, testId }: { terms: readonly Term[]; roleTitle: string; testId: string }) {
  const names = useUnitNames(terms.map((term) => ({ unitId: term.unitId, date: term.from })));
  const columns = [
    {
      key: 'unit',
      title: 'Đơn vị',
      render: (_: unknown, term: Term) => (
        <Link to={unitPath(term.unitId, term.from)} style={LINK_STYLE} data-unit-id={term.unitId}>
          {names.get(`${term.unitId}@${term.from}`) ?? 'Đang tải tên…'}
        </Link>
      ),
    },
    { key: 'role', title: roleTitle, render: (_: unknown, term: Term) => roleLabel(term.role) },
    { key: 'term', title: 'Thời gian', render: (_: unknown, term: Term) => termText(term.from, term.to) },
  ];
  return (
    <Table<Term>
      data-testid={testId}
      size="small"
      pagination={false}
      rowKey="id"
      columns={columns}
      dataSource={[...terms]}
      locale={{ emptyText: <Typography.Text>Không có</Typography.Text> }}
    />
  );
}
