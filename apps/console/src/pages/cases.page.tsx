import { Alert, Button, Card, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ProblemResult } from './problem.page';
import type { PageProps } from '../app/pages';
import { CASE_STATUS_LOOK, disciplineFormLabel, timeLeftOf } from '../cases/case.labels';
import type { CaseStatus, CaseSummary } from '../cases/case.types';
import { caseListFilterOf, caseListLink, casePath, caseProposalPath, proposedWithin, type CaseListFilter } from '../cases/case-list.link';
import { useCaseList, useUnitNames } from '../cases/cases.api';
import { formatDate } from '../display/dates.format';
import { PersonPicker } from '../people/person-picker';
import { navigate, useLocation } from '../router/history';
import { Link } from '../router/link';
import { useSession } from '../session/session.hooks';
import { PeriodPicker } from '../shell/period-picker';
import { OutlinedTag } from '../shell/outlined-tag';

const STATUS_OPTIONS = (Object.keys(CASE_STATUS_LOOK) as CaseStatus[]).map((code) => ({
  value: code,
  label: CASE_STATUS_LOOK[code].label,
}));

function columns(unitNames: ReadonlyMap<string, string> | undefined): ColumnsType<CaseSummary> {
  return [
    {
      key: 'person',
      title: 'Người bị đề nghị',
      render: (_, kase) => <Link to={casePath(kase.caseId)}>{kase.personName ?? kase.personId}</Link>,
    },
    { key: 'unit', title: 'Đơn vị', render: (_, kase) => unitNames?.get(kase.unitId) ?? kase.unitId },
    {
      key: 'status',
      title: 'Trạng thái',
      render: (_, kase) => {
        const look = CASE_STATUS_LOOK[kase.status];
        return <OutlinedTag colour={look.colour}>{look.label}</OutlinedTag>;
      },
    },
    {
      key: 'form',
      title: 'Hình thức',
      render: (_, kase) =>
        kase.decidedForm ? `${disciplineFormLabel(kase.decidedForm)} (quyết định)` : `${disciplineFormLabel(kase.proposedForm)} (đề nghị)`,
    },
    { key: 'findings', title: 'Phát hiện viện dẫn', render: (_, kase) => `${kase.findingIds.length} phát hiện` },
    { key: 'proposed', title: 'Ngày đề nghị', width: 120, render: (_, kase) => formatDate(kase.proposedAt) },
    {
      key: 'left',
      title: 'Thời hạn xử lý',
      render: (_, kase) => {
        const left = timeLeftOf(kase.daysLeft, kase.handlingState);
        return (
          <span style={left.overdue ? { color: '#a8071a', fontWeight: 600 } : undefined}>
            {left.text}
            {kase.handlingDeadline ? ` (đến ${formatDate(kase.handlingDeadline)})` : ''}
          </span>
        );
      },
    },
  ];
}

/** Home Affairs proposes a case: a person chosen by name, then the proposal page for them. */
function ProposeEntry() {
  const [personId, setPersonId] = useState<string>();
  return (
    <Card title="Đề nghị xem xét kỷ luật" size="small">
      <Space wrap>
        <label htmlFor="case-propose-person">Cán bộ</label>
        <PersonPicker id="case-propose-person" personId={personId} onChange={setPersonId} placeholder="Chọn theo tên" />
        <Button type="primary" disabled={!personId} onClick={() => personId && navigate(caseProposalPath(personId))}>
          Đề nghị xem xét kỷ luật
        </Button>
      </Space>
    </Card>
  );
}

/** Disciplinary cases within the reader's jurisdiction, newest first: status, person and period kept in the address. */
export function CasesPage(_props: PageProps) {
  const { search } = useLocation();
  const filter = caseListFilterOf(search);
  const list = useCaseList(filter);
  const units = useUnitNames();
  const session = useSession();
  const isHomeAffairs = session.data?.principal.roles.includes('home_affairs') ?? false;
  const change = (next: CaseListFilter) => navigate(caseListLink({ ...filter, ...next }), { replace: true });
  const filtered = Object.values(filter).some(Boolean);
  const shown = proposedWithin(list.data ?? [], filter.from, filter.to);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>Hồ sơ kỷ luật</Typography.Title>
        <Typography.Paragraph>
          Các hồ sơ đề nghị xem xét kỷ luật trong phạm vi bạn được xem, mới nhất trước, với thời hạn xử lý theo Nghị định 172/2025/NĐ-CP.
        </Typography.Paragraph>
      </div>
      {isHomeAffairs ? <ProposeEntry /> : null}
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <label htmlFor="case-status">Trạng thái</label>
          <Select
            id="case-status"
            style={{ minWidth: 200 }}
            allowClear
            placeholder="Tất cả"
            options={STATUS_OPTIONS}
            value={filter.status ?? null}
            onChange={(status: string | null) => change({ status: status ?? undefined })}
          />
          <label htmlFor="case-person">Người bị đề nghị</label>
          <PersonPicker id="case-person" personId={filter.personId} onChange={(personId) => change({ personId })} />
          <label htmlFor="case-period">Đề nghị trong khoảng</label>
          <PeriodPicker id="case-period" from={filter.from} to={filter.to} onChange={change} />
        </Space>
        {list.error ? (
          <ProblemResult error={list.error} />
        ) : (
          <Table<CaseSummary>
            rowKey="caseId"
            loading={list.isFetching}
            columns={columns(units.data)}
            dataSource={shown}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{
              emptyText: filtered ? (
                <Alert
                  type="info"
                  title="Không có hồ sơ nào khớp bộ lọc."
                  description="Hãy bỏ bớt điều kiện lọc, hoặc chọn khoảng thời gian khác."
                />
              ) : (
                <Alert type="info" title="Chưa có hồ sơ kỷ luật nào trong phạm vi bạn được xem." />
              ),
            }}
          />
        )}
      </Card>
    </Space>
  );
}
