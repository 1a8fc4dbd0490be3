import { Card, Space, TreeSelect, Typography } from 'antd';
import type { PageProps } from '../app/pages';
import { PersonPicker } from '../people/person-picker';
import { navigate, useLocation } from '../router/history';
import { Link } from '../router/link';
import { useSession } from '../session/session.hooks';
import { LINK_STYLE } from '../shell/link.style';
import { PeriodPicker } from '../shell/period-picker';
import { personReportLink, rankingsLink, reportPeriodOf, reportsLink, todayInVietNam, unitReportLink } from '../reports/report.links';
import { useUnitTree } from '../reports/reports.api';
import { periodText } from '../reports/subject-report';
import { unitOptionMatches, unitOptions } from '../reports/unit-options';

/** The way into the reports: a person found by name (diacritics aside) or a unit from the tree, for a period. */
export function ReportsPage(_props: PageProps) {
  const { search } = useLocation();
  const period = reportPeriodOf(search, todayInVietNam());
  const units = useUnitTree();
  const principal = useSession().data?.principal;
  return (
    <>
      <Typography.Title level={2}>Báo cáo, đánh giá</Typography.Title>
      <Typography.Paragraph>
        Chọn kỳ báo cáo, rồi một cán bộ hoặc một đơn vị để xem số liệu: nhiệm vụ, chậm trễ, phát hiện vi phạm, xin ý kiến và số liệu đánh
        giá theo Nghị định 335/2025.
      </Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <label htmlFor="reports-period">Kỳ báo cáo</label>
            <PeriodPicker
              id="reports-period"
              from={period.from}
              to={period.to}
              onChange={({ from, to }) => {
                if (from && to) navigate(reportsLink({ from, to }), { replace: true });
              }}
            />
            <Typography.Text type="secondary">{periodText(period)}</Typography.Text>
          </Space>
          <Space wrap>
            <label htmlFor="reports-person">Cán bộ</label>
            <PersonPicker
              id="reports-person"
              personId={undefined}
              placeholder="Gõ tên, có dấu hoặc không dấu"
              onChange={(personId) => {
                if (personId) navigate(personReportLink(personId, period));
              }}
            />
          </Space>
          <Space wrap>
            <label htmlFor="reports-unit">Đơn vị</label>
            <TreeSelect
              id="reports-unit"
              style={{ minWidth: 360 }}
              placeholder="Chọn đơn vị"
              loading={units.isLoading}
              treeData={unitOptions(units.data ?? [])}
              treeDefaultExpandAll
              showSearch={{ filterTreeNode: unitOptionMatches }}
              value={null}
              onChange={(unitId: string | null) => {
                if (unitId) navigate(unitReportLink(unitId, period));
              }}
            />
            {principal?.roles.includes('unit_head') ? (
              <Link to={unitReportLink(principal.unitId, period)} style={LINK_STYLE}>
                Báo cáo {principal.unitName}
              </Link>
            ) : null}
          </Space>
        </Space>
      </Card>
      <Card title="Xếp hạng trong kỳ" size="small">
        <Space wrap size="large">
          <Link to={rankingsLink('commendation', period)} style={LINK_STYLE}>
            Đề xuất khen thưởng
          </Link>
          <Link to={rankingsLink('review', period)} style={LINK_STYLE}>
            Cần xem xét trách nhiệm
          </Link>
        </Space>
      </Card>
    </>
  );
}
