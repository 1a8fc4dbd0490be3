import { Card, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDate } from '../display/dates.format';
import { partyName } from '../display/party.name';
import { useFindingList, useRules, type FindingSummary } from '../findings/finding-list.api';
import {
  FINDING_STATUS_LOOK,
  findingListFilterOf,
  findingListLink,
  type FindingListFilter,
  type FindingStatusCode,
} from '../findings/finding-list.link';
import { PersonPicker } from '../people/person-picker';
import { navigate, useLocation } from '../router/history';
import { Link } from '../router/link';
import { pathFor } from '../router/route-match';
import { CursorPagedTable } from '../shell/cursor-paged-table';
import { PeriodPicker } from '../shell/period-picker';
import { OutlinedTag } from '../shell/outlined-tag';

const STATUS_OPTIONS = (Object.keys(FINDING_STATUS_LOOK) as FindingStatusCode[]).map((code) => ({
  value: code,
  label: FINDING_STATUS_LOOK[code].label,
}));

const COLUMNS: ColumnsType<FindingSummary> = [
  { key: 'on', title: 'Ngày', width: 110, render: (_, finding) => formatDate(finding.on) },
  {
    key: 'rule',
    title: 'Quy tắc',
    render: (_, finding) => <Link to={pathFor('/phat-hien/:findingId', { findingId: finding.id })}>{finding.ruleTitle}</Link>,
  },
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
      return <OutlinedTag colour={look.colour}>{look.label}</OutlinedTag>;
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

/**
 * The inspectors' inbox: findings by rule, review status, unit, person named and period, the filter and the page in the
 * address; each finding's rule title opens the finding.
 */
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
          <label htmlFor="finding-person">Người có tên</label>
          <PersonPicker id="finding-person" personId={filter.personId} onChange={(personId) => change({ personId })} />
          <label htmlFor="finding-period">Phát hiện trong khoảng</label>
          <PeriodPicker id="finding-period" from={filter.from} to={filter.to} onChange={change} />
          {filter.unitId ? (
            <Tag closable onClose={() => change({ unitId: undefined })}>
              Đơn vị: {filter.unitId}
            </Tag>
          ) : null}
        </Space>
        <CursorPagedTable<FindingSummary>
          query={list}
          rowKey="id"
          columns={COLUMNS}
          cursor={filter.cursor}
          pageLink={(cursor) => findingListLink({ ...filter, cursor })}
          empty={{
            message: 'Không có phát hiện nào khớp bộ lọc.',
            description: 'Hãy bỏ bớt điều kiện lọc, hoặc chọn khoảng thời gian khác.',
          }}
        />
      </Card>
    </>
  );
}
