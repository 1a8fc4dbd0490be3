import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UnitFigures } from './network.api';

const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

const COLUMNS: ColumnsType<UnitFigures> = [
  {
    key: 'unit',
    title: 'Đơn vị chủ trì đầu tiên',
    sorter: (a, b) => (a.unitName ?? a.unitId).localeCompare(b.unitName ?? b.unitId, 'vi'),
    render: (_, unit) => unit.unitName ?? unit.unitId,
  },
  { key: 'tasks', title: 'Số nhiệm vụ', align: 'right', sorter: (a, b) => a.taskCount - b.taskCount, render: (_, unit) => unit.taskCount },
  {
    key: 'reassignments',
    title: 'Số lần đổi đơn vị xử lý',
    align: 'right',
    defaultSortOrder: 'descend',
    sorter: (a, b) => a.reassignmentCount - b.reassignmentCount,
    render: (_, unit) => unit.reassignmentCount,
  },
  {
    key: 'resolved',
    title: 'Tỉ lệ tự giải quyết',
    align: 'right',
    sorter: (a, b) => a.resolvedByFirstLeadRate - b.resolvedByFirstLeadRate,
    render: (_, unit) => percent.format(unit.resolvedByFirstLeadRate),
  },
];

/**
 * Per unit first assigned as lead, over the tasks of the network: how many times its tasks changed unit, and the share
 * it resolved itself with no change of unit.
 */
export function UnitFiguresTable({ units }: { units: readonly UnitFigures[] }) {
  return (
    <Table<UnitFigures>
      className="network-unit-figures"
      size="small"
      rowKey="unitId"
      columns={COLUMNS}
      dataSource={units as UnitFigures[]}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: 'Không có nhiệm vụ nào.' }}
    />
  );
}
