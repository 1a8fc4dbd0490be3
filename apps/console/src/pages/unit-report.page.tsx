import { Skeleton, Typography } from 'antd';
import type { PageProps } from '../app/pages';
import { navigate, useLocation } from '../router/history';
import { reportPeriodOf, todayInVietNam, unitReportLink } from '../reports/report.links';
import { useUnitReport } from '../reports/reports.api';
import { SubjectReport } from '../reports/subject-report';
import { ProblemResult } from './problem.page';

/** A unit's report for the period in the address (the year by default): its figures, charts and files. */
export function UnitReportPage({ params }: PageProps) {
  const unitId = params.unitId ?? '';
  const { search } = useLocation();
  const period = reportPeriodOf(search, todayInVietNam());
  const report = useUnitReport(unitId, period);
  return (
    <>
      <Typography.Title level={2}>Báo cáo đơn vị</Typography.Title>
      {report.error ? (
        <ProblemResult error={report.error} />
      ) : !report.data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <SubjectReport
          subject="unit"
          id={unitId}
          heading={[{ label: 'Đơn vị', value: report.data.unit.name }]}
          period={period}
          periodView={report.data.period}
          figures={report.data.figures}
          notice={report.data.notice}
          onPeriodChange={(next) => navigate(unitReportLink(unitId, next), { replace: true })}
        />
      )}
    </>
  );
}
