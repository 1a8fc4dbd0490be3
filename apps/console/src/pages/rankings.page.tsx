import { Alert, Card, Segmented, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { PageProps } from '../app/pages';
import { navigate, useLocation } from '../router/history';
import { Link } from '../router/link';
import { PeriodPicker } from '../shell/period-picker';
import { figureText } from '../reports/report.figures';
import {
  personReportLink,
  rankingKindOf,
  rankingsLink,
  reportPeriodOf,
  todayInVietNam,
  type RankingKind,
  type ReportPeriod,
} from '../reports/report.links';
import type { RankingEntry } from '../reports/report.types';
import { useRankings } from '../reports/reports.api';
import { periodText } from '../reports/subject-report';
import { ProblemResult } from './problem.page';

const KIND_OPTIONS: Array<{ value: RankingKind; label: string }> = [
  { value: 'commendation', label: 'Đề xuất khen thưởng' },
  { value: 'review', label: 'Cần xem xét trách nhiệm' },
];

const KIND_EXPLANATIONS: Readonly<Record<RankingKind, string>> = {
  commendation:
    'Cán bộ có nhiệm vụ hoàn thành trước hạn hoặc đúng hạn và không có phát hiện vi phạm đã xác nhận; nhiều nhiệm vụ hoàn thành trước, rồi ít nhiệm vụ quá hạn, ít ngày chậm trễ.',
  review:
    'Cán bộ có ngày chậm trễ thuộc trách nhiệm cá nhân hoặc phát hiện vi phạm đã xác nhận; nhiều ngày chậm trễ trước, rồi nhiều phát hiện.',
};

const number = (value: number) => figureText(value);

function columnsFor(period: ReportPeriod): ColumnsType<RankingEntry> {
  return [
    { key: 'rank', title: 'Hạng', dataIndex: 'rank', width: 70 },
    {
      key: 'name',
      title: 'Họ và tên',
      width: 220,
      render: (_, entry) => <Link to={personReportLink(entry.personId, period)}>{entry.name}</Link>,
    },
    { key: 'early', title: 'Hoàn thành trước hạn', align: 'right', render: (_, entry) => number(entry.completedEarly) },
    { key: 'onTime', title: 'Hoàn thành đúng hạn', align: 'right', render: (_, entry) => number(entry.completedOnTime) },
    { key: 'late', title: 'Hoàn thành quá hạn', align: 'right', render: (_, entry) => number(entry.completedLate) },
    { key: 'individual', title: 'Ngày chậm – cá nhân', align: 'right', render: (_, entry) => number(entry.individualDelayDays) },
    { key: 'supervisory', title: 'Ngày chậm – người đứng đầu', align: 'right', render: (_, entry) => number(entry.supervisoryDelayDays) },
    { key: 'confirmed', title: 'Phát hiện đã xác nhận', align: 'right', render: (_, entry) => number(entry.confirmedFindings) },
    { key: 'open', title: 'Phát hiện chưa kết luận', align: 'right', render: (_, entry) => number(entry.openFindings) },
  ];
}

/** The API's rankings for the period in the address, for commendation or for review; each name opens the person's report. */
export function RankingsPage(_props: PageProps) {
  const { search } = useLocation();
  const period = reportPeriodOf(search, todayInVietNam());
  const kind = rankingKindOf(search);
  const rankings = useRankings(kind, period);
  const change = (next: { kind?: RankingKind; period?: ReportPeriod }) =>
    navigate(rankingsLink(next.kind ?? kind, next.period ?? period), { replace: true });
  return (
    <>
      <Typography.Title level={2}>Xếp hạng</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<RankingKind>
          aria-label="Loại xếp hạng"
          options={KIND_OPTIONS}
          value={kind}
          onChange={(value) => change({ kind: value })}
        />
        <label htmlFor="rankings-period">Kỳ</label>
        <PeriodPicker
          id="rankings-period"
          from={period.from}
          to={period.to}
          onChange={({ from, to }) => {
            if (from && to) change({ period: { from, to } });
          }}
        />
        <Typography.Text type="secondary">{periodText(period)}</Typography.Text>
      </Space>
      <Typography.Paragraph>{KIND_EXPLANATIONS[kind]}</Typography.Paragraph>
      {rankings.error ? (
        <ProblemResult error={rankings.error} />
      ) : (
        <Card>
          <Table<RankingEntry>
            className="rankings-table"
            rowKey="personId"
            loading={rankings.isFetching}
            columns={columnsFor(period)}
            dataSource={rankings.data?.items ?? []}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: 'Không có cán bộ nào trong danh sách này cho kỳ đã chọn.' }}
          />
          {rankings.data ? (
            <Alert type="info" showIcon style={{ marginTop: 16 }} title="Chỉ mang tính tham khảo" description={rankings.data.notice} />
          ) : null}
        </Card>
      )}
    </>
  );
}
