import { Descriptions, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Suspense, lazy, useMemo } from 'react';
import { formatDate, formatDateTime } from '../display/dates.format';
import { handoverRows, type HandoverRow } from './handover.rows';
import { slipSeries } from './slip.series';
import { slipSummary } from './slip.summary';
import { stepGradeLook } from './step-grade';
import type { CustodyView, TrailEvent } from './task.api';
import { OutlinedTag } from '../shell/outlined-tag';

// ECharts comes with the slip only: the console's first load does not carry it.
const loadSlipChart = () => import('./slip-chart');
// The chart's chunk (ECharts) starts loading with the task page's own, while the task is being read.
void loadSlipChart().catch(() => undefined);
const SlipChart = lazy(loadSlipChart);

const swatch = (colour: string) => ({ display: 'inline-block', width: 14, height: 10, marginInline: '8px 4px', background: colour });

const COLUMNS: ColumnsType<HandoverRow> = [
  { key: 'number', title: '#', width: 32, render: (_, row) => row.number },
  { key: 'giver', title: 'Người giao', render: (_, row) => row.giver },
  { key: 'receiver', title: 'Người nhận', render: (_, row) => row.receiver },
  { key: 'from', title: 'Nhận lúc', width: 90, render: (_, row) => formatDateTime(row.from) },
  { key: 'to', title: 'Đến', width: 90, render: (_, row) => (row.to === null ? 'Đang giữ' : formatDateTime(row.to)) },
  { key: 'held', title: 'Số ngày làm việc giữ', width: 90, align: 'right', render: (_, row) => row.heldWorkingDays },
  {
    key: 'late',
    title: 'Số ngày sau hạn',
    width: 80,
    align: 'right',
    render: (_, row) =>
      row.workingDaysAfterDeadline > 0 ? <strong style={{ color: '#a8071a' }}>{row.workingDaysAfterDeadline}</strong> : 0,
  },
  { key: 'outcome', title: 'Lý do, kết quả', render: (_, row) => row.outcome ?? '—' },
  {
    key: 'grade',
    title: 'Đánh giá bước',
    width: 96,
    render: (_, row) => {
      const look = stepGradeLook(row.grade);
      return look ? <OutlinedTag colour={look.colour}>{look.label}</OutlinedTag> : '—';
    },
  },
];

/**
 * The process-control slip (phiếu kiểm soát quá trình giải quyết): who held the task when, against the deadline, as a
 * chart and as the table of handovers, with the pauses and the hand-off measures.
 */
export function CustodySlip({ custody, events }: { custody: CustodyView; events: readonly TrailEvent[] }) {
  const dueAt = custody.status?.dueAt ?? null;
  const series = useMemo(() => slipSeries(custody.intervals, dueAt, custody.asOf, custody.pauses), [custody, dueAt]);
  const rows = useMemo(() => handoverRows(custody.intervals, events), [custody, events]);
  const summary = slipSummary(custody.intervals, dueAt, custody.pauses);
  const { measures, status } = custody;
  return (
    <>
      {status ? (
        <Typography.Paragraph>
          {dueAt ? `Hạn xử lý ${formatDate(dueAt)}. ` : 'Không có hạn xử lý. '}
          {status.workingDaysLate ? <strong style={{ color: '#a8071a' }}>Quá hạn {status.workingDaysLate} ngày làm việc. </strong> : null}
          {status.workingDaysLeft !== null ? `Còn ${status.workingDaysLeft} ngày làm việc. ` : null}
          {status.workingDaysEarly ? `Hoàn thành trước hạn ${status.workingDaysEarly} ngày làm việc. ` : null}
          {status.pausedWorkingDays > 0 ? `Tạm dừng ${status.pausedWorkingDays} ngày làm việc (không tính vào thời hạn).` : null}
        </Typography.Paragraph>
      ) : null}
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 160 }} />}>
        <SlipChart series={series} intervals={custody.intervals} summary={summary} />
      </Suspense>
      <Typography.Paragraph className="task-slip-legend">
        <span style={swatch('#1f4e79')} aria-hidden /> Giữ trong hạn <span style={swatch('#cf1322')} aria-hidden /> Giữ sau hạn{' '}
        <span style={{ ...swatch('#fff'), width: 0, borderLeft: '2px dashed #a8071a' }} aria-hidden /> Hạn xử lý
        {custody.pauses.length > 0 ? (
          <>
            {' '}
            <span style={swatch('rgba(0, 0, 0, 0.1)')} aria-hidden /> Tạm dừng (không tính vào thời hạn)
          </>
        ) : null}
      </Typography.Paragraph>
      <Table<HandoverRow>
        className="task-handovers"
        aria-label="Bảng giao nhận"
        rowKey="key"
        size="small"
        columns={COLUMNS}
        dataSource={rows}
        pagination={false}
      />
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        Tạm dừng
      </Typography.Title>
      {custody.pauses.length === 0 ? (
        <Typography.Paragraph>Không có thời gian tạm dừng (chờ công dân bổ sung hồ sơ…).</Typography.Paragraph>
      ) : (
        <ul className="task-pauses">
          {custody.pauses.map((pause) => (
            <li key={pause.requestEventId}>
              Chờ bổ sung hồ sơ từ {formatDateTime(pause.from)} {pause.to ? `đến ${formatDateTime(pause.to)}` : '(chưa nhận hồ sơ bổ sung)'}
              : {pause.workingDays} ngày làm việc không tính vào thời hạn
            </li>
          ))}
        </ul>
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} title="Chỉ số giao nhận" className="task-measures">
        <Descriptions.Item label="Số lần giao lại">{measures.reassignmentCount}</Descriptions.Item>
        <Descriptions.Item label="Số lần chuyển đơn vị">{measures.hopCount}</Descriptions.Item>
        <Descriptions.Item label="Đơn vị chủ trì đầu tiên giải quyết">{measures.resolvedByFirstLead ? 'Có' : 'Không'}</Descriptions.Item>
        <Descriptions.Item label="Chuyển qua lại trực tiếp">{measures.pingPong.direct}</Descriptions.Item>
        <Descriptions.Item label="Chuyển qua lại gián tiếp">{measures.pingPong.indirect}</Descriptions.Item>
        <Descriptions.Item label="Đơn vị chủ trì đầu tiên">
          {measures.firstLeadUnitName ?? measures.firstLeadUnitId ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label="Đường đi của nhiệm vụ" span={3}>
          {measures.workingPath.map((step) => step.unitName ?? step.unitId).join(' → ') || '—'}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
