import { Skeleton, Typography } from 'antd';
import type { PageProps } from '../app/pages';
import { navigate, useLocation } from '../router/history';
import { Link } from '../router/link';
import { useSession } from '../session/session.hooks';
import { LINK_STYLE } from '../shell/link.style';
import { disciplineProposalLink, personReportLink, reportPeriodOf, todayInVietNam, unitReportLink } from '../reports/report.links';
import { usePersonReport } from '../reports/reports.api';
import { SubjectReport } from '../reports/subject-report';
import { ProblemResult } from './problem.page';

/**
 * A person's report for the period in the address (the year by default); Home Affairs may go on to propose that the
 * competent authority consider disciplining them.
 */
export function PersonReportPage({ params }: PageProps) {
  const personId = params.personId ?? '';
  const { search } = useLocation();
  const period = reportPeriodOf(search, todayInVietNam());
  const report = usePersonReport(personId, period);
  const session = useSession();
  const homeAffairs = session.data?.principal.roles.includes('home_affairs') ?? false;
  return (
    <>
      <Typography.Title level={2}>Báo cáo cá nhân</Typography.Title>
      {report.error ? (
        <ProblemResult error={report.error} />
      ) : !report.data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <SubjectReport
          subject="person"
          id={personId}
          heading={[
            { label: 'Cán bộ', value: report.data.person.name },
            {
              label: 'Đơn vị công tác',
              value: report.data.person.units.length
                ? report.data.person.units.map((unit, index) => (
                    <span key={unit.unitId}>
                      {index > 0 ? '; ' : null}
                      <Link to={unitReportLink(unit.unitId, period)} style={LINK_STYLE}>
                        {unit.name}
                      </Link>
                    </span>
                  ))
                : '—',
            },
          ]}
          period={period}
          periodView={report.data.period}
          figures={report.data.figures}
          notice={report.data.notice}
          onPeriodChange={(next) => navigate(personReportLink(personId, next), { replace: true })}
          actions={
            homeAffairs ? (
              <Link to={disciplineProposalLink(personId)} style={LINK_STYLE}>
                Đề nghị xem xét kỷ luật
              </Link>
            ) : null
          }
        />
      )}
    </>
  );
}
