import { Alert, Card, DatePicker, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { formatDate } from '../display/dates.format';
import { useStatusReport, type StatusReportView } from '../overview/status-report.api';
import { taskListLink } from '../overview/task-list.link';
import { CLOSED_STATUSES, OPEN_STATUSES, STATUS_LOOK, type TaskStatusCode } from '../overview/task-status.palette';
import { navigate, useLocation, useSearchParam } from '../router/history';
import { Link } from '../router/link';
import { ProblemResult } from './problem.page';

type Row = StatusReportView['rows'][number];

const DAY_PARAM = 'ngay';

/** A count as a link to the matching task list (a zero is plain text: there is nothing to open). */
function Count({
  value,
  status,
  unitId,
  asOf,
  unitName,
}: {
  value: number;
  status: TaskStatusCode;
  unitId?: string;
  asOf: string | null;
  unitName: string;
}) {
  const look = STATUS_LOOK[status];
  if (value === 0) return <span className="overview-zero">0</span>;
  return (
    <Link
      to={taskListLink({ unitId, status, asOf: asOf ?? undefined })}
      style={{ color: look.colour, fontWeight: 600 }}
      aria-label={`${value} nhiệm vụ ${look.spoken} — ${unitName}`}
      title={`${value} nhiệm vụ ${look.spoken}`}
    >
      {value}
    </Link>
  );
}

function statusColumns(statuses: readonly TaskStatusCode[], asOf: string | null): ColumnsType<Row> {
  return statuses.map((status) => ({
    key: status,
    title: <span style={{ color: STATUS_LOOK[status].colour }}>{STATUS_LOOK[status].heading}</span>,
    align: 'right',
    sorter: (a: Row, b: Row) => (a.counts[status] ?? 0) - (b.counts[status] ?? 0),
    render: (_: unknown, row: Row) => (
      <Count value={row.counts[status] ?? 0} status={status} unitId={row.unitId} asOf={asOf} unitName={row.unitName} />
    ),
  }));
}

/** The Office's overview: per lead unit, its tasks by status on a day, each number opening the matching list. */
export function OverviewPage() {
  const asOf = useSearchParam(DAY_PARAM);
  const { pathname } = useLocation();
  const report = useStatusReport(asOf);
  const chooseDay = (day: dayjs.Dayjs | null) =>
    navigate(day ? `${pathname}?${DAY_PARAM}=${day.format('YYYY-MM-DD')}` : pathname, { replace: true });

  const columns: ColumnsType<Row> = [
    {
      key: 'unit',
      title: 'Đơn vị chủ trì',
      sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'vi'),
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <span>{row.unitName}</span>
          {row.note ? <Typography.Text type="secondary">{row.note}</Typography.Text> : null}
        </Space>
      ),
    },
    { key: 'open', title: 'Đang thực hiện', children: statusColumns(OPEN_STATUSES, asOf) },
    { key: 'closed', title: 'Đã kết thúc', children: statusColumns(CLOSED_STATUSES, asOf) },
    {
      key: 'total',
      title: 'Tổng',
      align: 'right',
      sorter: (a, b) => a.total - b.total,
      defaultSortOrder: 'descend',
      render: (_, row) => row.total,
    },
  ];

  return (
    <>
      <Typography.Title level={2}>Tổng quan</Typography.Title>
      <Typography.Paragraph>
        Nhiệm vụ của từng đơn vị chủ trì theo tình trạng, trong phạm vi bạn được xem. Bấm vào một con số để mở danh sách nhiệm vụ tương ứng.
      </Typography.Paragraph>
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <label htmlFor="overview-day">Tính đến hết ngày</label>
          <DatePicker
            id="overview-day"
            format="DD/MM/YYYY"
            value={asOf ? dayjs(asOf) : null}
            onChange={chooseDay}
            placeholder="Hôm nay"
            allowClear
          />
          {report.data ? <Typography.Text type="secondary">Số liệu lúc {formatDate(report.data.asOf)}</Typography.Text> : null}
        </Space>
        {report.error ? (
          <ProblemResult error={report.error} />
        ) : (
          <Table<Row>
            rowKey="unitId"
            size="middle"
            bordered
            loading={report.isLoading}
            columns={columns}
            dataSource={report.data?.rows ?? []}
            pagination={false}
            locale={{ emptyText: <Alert type="info" showIcon message="Chưa có nhiệm vụ nào trong phạm vi bạn được xem vào ngày này." /> }}
            summary={() =>
              report.data && report.data.rows.length > 1 ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <strong>Tổng cộng</strong>
                  </Table.Summary.Cell>
                  {[...OPEN_STATUSES, ...CLOSED_STATUSES].map((status, index) => (
                    <Table.Summary.Cell key={status} index={index + 1} align="right">
                      <Count value={report.data.total.counts[status] ?? 0} status={status} asOf={asOf} unitName="tất cả đơn vị" />
                    </Table.Summary.Cell>
                  ))}
                  <Table.Summary.Cell index={9} align="right">
                    <strong>{report.data.total.total}</strong>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        )}
      </Card>
    </>
  );
}
