import { Skeleton, Table } from 'antd';
import { ProblemResult } from '../pages/problem.page';
import { Link } from '../router/link';
import { LINK_STYLE } from '../shell/link.style';
import { historyRows, type HistoryRow } from './history.rows';
import { useUnitHistory } from './org.api';
import { unitPath } from './org.link';

const COLUMNS = [
  { key: 'date', title: 'Ngày hiệu lực', dataIndex: 'date', width: 140 },
  { key: 'event', title: 'Thay đổi', dataIndex: 'event', width: 220 },
  {
    key: 'detail',
    title: 'Nội dung',
    render: (_: unknown, row: HistoryRow) => (
      <>
        {row.detail}
        {row.unit ? (
          <>
            {' '}
            (
            <Link to={unitPath(row.unit.unitId, row.on)} style={LINK_STYLE}>
              xem {row.unit.name}
            </Link>
            )
          </>
        ) : null}
      </>
    ),
  },
];

/** Establishment, renames, moves, mergers and dissolution of a unit, with their days. */
export function UnitHistory({ unitId }: { unitId: string }) {
  const history = useUnitHistory(unitId);
  if (history.isPending) return <Skeleton active />;
  if (history.error) return <ProblemResult error={history.error} />;
  return (
    <Table<HistoryRow>
      data-testid="unit-history"
      size="small"
      pagination={false}
      rowKey="key"
      columns={COLUMNS}
      dataSource={historyRows(history.data)}
    />
  );
}
