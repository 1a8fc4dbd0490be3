import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from '../router/link';
import { LINK_STYLE } from '../shell/link.style';
import { networkLink, type NetworkFilter } from './network.link';
import type { NetworkEdgeRow } from './network.series';
import { waitBand } from './network.series';
import { OutlinedTag } from '../shell/outlined-tag';

const swatch = (colour: string) => ({
  display: 'inline-block',
  width: 12,
  height: 12,
  marginInlineEnd: 6,
  background: colour,
  verticalAlign: -1,
});

const byName = (a: string, b: string) => a.localeCompare(b, 'vi');

/** The chart's data as a table (keyboard and screen readers): one row per arc, sortable; each row leads to its tasks. */
export function EdgeTable({ rows, filter }: { rows: readonly NetworkEdgeRow[]; filter: NetworkFilter }) {
  const columns: ColumnsType<NetworkEdgeRow> = [
    { key: 'from', title: 'Bên giao', sorter: (a, b) => byName(a.fromName, b.fromName), render: (_, row) => row.fromName },
    { key: 'to', title: 'Bên nhận', sorter: (a, b) => byName(a.toName, b.toName), render: (_, row) => row.toName },
    {
      key: 'count',
      title: 'Số lần chuyển giao',
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.count - b.count,
      render: (_, row) => row.count,
    },
    {
      key: 'median',
      title: 'Chờ trung vị (ngày làm việc)',
      align: 'right',
      sorter: (a, b) => a.medianWaitWorkingDays - b.medianWaitWorkingDays,
      render: (_, row) => (
        <>
          <span style={swatch(waitBand(row.medianWaitWorkingDays).colour)} aria-hidden />
          {row.medianWaitWorkingDays.toLocaleString('vi-VN')}
        </>
      ),
    },
    {
      key: 'pingPong',
      title: 'Chuyển qua lại',
      sorter: (a, b) => Number(a.pingPong) - Number(b.pingPong),
      render: (_, row) => (row.pingPong ? <OutlinedTag colour="#a8071a">Qua lại</OutlinedTag> : 'Không'),
    },
    {
      key: 'tasks',
      title: 'Nhiệm vụ',
      render: (_, row) =>
        row.from === filter.giver && row.to === filter.receiver ? (
          <strong>Đang xem</strong>
        ) : (
          <Link
            to={networkLink({ ...filter, giver: row.from, receiver: row.to })}
            style={LINK_STYLE}
            aria-label={`Xem nhiệm vụ ${row.fromName} chuyển cho ${row.toName}`}
          >
            Xem nhiệm vụ
          </Link>
        ),
    },
  ];
  return (
    <Table<NetworkEdgeRow>
      className="network-edge-table"
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows as NetworkEdgeRow[]}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showSizeChanger: true }}
      locale={{ emptyText: 'Không có lần chuyển giao nào trong kỳ.' }}
    />
  );
}
