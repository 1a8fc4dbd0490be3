import { Alert, Button, Card, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { formatDate } from '../display/dates.format';
import { useFindingList, useRules, type FindingSummary } from '../findings/finding-list.api';
import {
  FINDING_STATUS_LOOK,
  findingListFilterOf,
  findingListLink,
  type FindingListFilter,
  type FindingStatusCode,
} from '../findings/finding-list.link';
import { navigate, useLocation } from '../router/history';
import { ProblemResult } from './problem.page';

const STATUS_OPTIONS = (Object.keys(FINDING_STATUS_LOOK) as FindingStatusCode[]).map((code) => ({
  value: code,
  label: FINDING_STATUS_LOOK[code].label,
}));

function partyName(party: { personName: string | null; personId: string | null; unitName: string | null; unitId: string }): string {
  const unit = party.unitName ?? party.unitId;
  const person = party.personName ?? party.personId;
  return person ? `${person} (${unit})` : unit;
}

const COLUMNS: ColumnsType<FindingSummary> = [
  { key: 'on', title: 'Ngày', width: 110, render: (_, finding) => formatDate(finding.on) },
  { key: 'rule', title: 'Quy tắc', render: (_, finding) => finding.ruleTitle },
  {
    key: 'responsible',
    title: 'Người chịu trách nhiệm',
    render: (_, finding) => finding.responsible.map(partyName).join('; ') || '—',
  },
  {
    key: 'status',
    title: 'Tình trạng',
    render: (_, finding) => {
      const look = FINDING_STATUS_LOOK[finding.status];
      return <Tag style={{ color: look.colour, borderColor: look.colour, background: '#fff' }}>{look.label}</Tag>;
    },
  },
  {
    key: 'explanation',
    title: 'Diễn giải',
    render: (_, finding) => (
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: finding.explanation }}>{finding.explanation}</Typography.Paragraph>
    ),
  },
];

/** The inspectors' inbox: findings by rule, review status, unit and period, the filter and the page in the address. */
export function FindingsPage() {
  const { search } = useLocation();
  const filter = findingListFilterOf(search);
  const list = useFindingList(filter);
  const rules = useRules();
  const change = (next: FindingListFilter) => navigate(findingListLink({ ...filter, cursor: undefined, ...next }), { replace: true });

  return (
    <>
      <Typography.Title level={2}>Phát hiện</Typography.Title>
      <Typography.Paragraph>
        Các trường hợp đùn đẩy, né tránh, chậm trễ mà hệ thống phát hiện theo quy tắc, trong phạm vi bạn được xem, mới nhất trước.
      </Typography.Paragraph>
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <label htmlFor="finding-rule">Quy tắc</label>
          <Select
            id="finding-rule"
            style={{ minWidth: 280 }}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="Tất cả"
            loading={rules.isLoading}
            options={(rules.data ?? []).map((rule) => ({ value: rule.code, label: rule.title }))}
            value={filter.ruleCode ?? null}
            onChange={(ruleCode: string | null) => change({ ruleCode: ruleCode ?? undefined })}
          />
          <label htmlFor="finding-status">Tình trạng</label>
          <Select
            id="finding-status"
            style={{ minWidth: 200 }}
            allowClear
            placeholder="Tất cả"
            options={STATUS_OPTIONS}
            value={filter.status ?? null}
            onChange={(status: string | null) => change({ status: status ?? undefined })}
          />
          <label htmlFor="finding-period">Phát hiện trong khoảng</label>
          <DatePicker.RangePicker
            id="finding-period"
            format="DD/MM/YYYY"
            placeholder={['Từ ngày', 'Đến ngày']}
            value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
            onChange={(range) =>
              change({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
            }
          />
          {filter.unitId ? (
            <Tag closable onClose={() => change({ unitId: undefined })}>
              Đơn vị: {filter.unitId}
            </Tag>
          ) : null}
        </Space>
        {list.error ? (
          <ProblemResult error={list.error} />
        ) : (
          <>
            <Table<FindingSummary>
              rowKey="id"
              size="middle"
              loading={list.isFetching}
              columns={COLUMNS}
              dataSource={list.data?.items ?? []}
              pagination={false}
              locale={{
                emptyText: (
                  <Alert
                    type="info"
                    showIcon
                    message="Không có phát hiện nào khớp bộ lọc."
                    description="Hãy bỏ bớt điều kiện lọc, hoặc chọn khoảng thời gian khác."
                  />
                ),
              }}
            />
            <Space style={{ marginTop: 16 }}>
              {filter.cursor ? (
                <Button onClick={() => navigate(findingListLink({ ...filter, cursor: undefined }))}>Về trang đầu</Button>
              ) : null}
              {list.data?.nextCursor ? (
                <Button type="primary" onClick={() => navigate(findingListLink({ ...filter, cursor: list.data?.nextCursor ?? undefined }))}>
                  Trang sau
                </Button>
              ) : null}
            </Space>
          </>
        )}
      </Card>
    </>
  );
}
