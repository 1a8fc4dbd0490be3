import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton, Space } from 'antd';
import type { ReactNode } from 'react';
import { isProblem } from '../api/problem';
import { auditLink } from '../audit/audit.link';
import type { PageProps } from '../app/pages';
import { CONSOLE_ROUTES, mayOpen } from '../app/routes';
import { Link } from '../router/link';
import { TaskActions } from '../recording/task-actions';
import { useSession } from '../session/session.hooks';
import { CustodySlip } from '../task/custody-slip';
import { LINK_STYLE } from '../shell/link.style';
import { useCustody, useResponsibility, useTaskFindings, useTaskView, useTrail } from '../task/task.api';
import { TaskFindings } from '../task/task-findings';
import { TaskHeading } from '../task/task-heading';
import { TaskResponsibility } from '../task/task-responsibility';
import { TaskTrail } from '../task/task-trail';
import { ProblemResult } from './problem.page';

const FINDINGS_ROUTE = CONSOLE_ROUTES.find((route) => route.key === 'findings');
const AUDIT_ROUTE = CONSOLE_ROUTES.find((route) => route.key === 'audit');

/** One section of the page: its own loading state and its own refusal, so that one failed read hides nothing else. */
function Section<T>({
  title,
  query,
  className,
  extra,
  children,
}: {
  title: string;
  query: { data?: T; error: unknown; isPending: boolean };
  className?: string;
  /** Beside the title (a link to more of the same). */
  extra?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 17 }}>{title}</h3>} extra={extra} className={className} style={{ marginTop: 16 }}>
      {query.error ? <ProblemResult error={query.error} /> : query.data === undefined ? <Skeleton active /> : children(query.data)}
    </Card>
  );
}

/**
 * One task: its heading, the process-control slip (chart and table of handovers, printable on A4), the trail, the
 * findings on it (for the readers of findings) and who answers for its delay.
 */
export function TaskPage({ params }: PageProps) {
  const taskId = params.taskId ?? '';
  const session = useSession();
  const roles = session.data?.principal.roles ?? [];
  const readsFindings = FINDINGS_ROUTE !== undefined && mayOpen(FINDINGS_ROUTE, roles);
  const readsAudit = AUDIT_ROUTE !== undefined && mayOpen(AUDIT_ROUTE, roles);
  const task = useTaskView(taskId);
  const custody = useCustody(taskId);
  const trail = useTrail(taskId);
  const findings = useTaskFindings(taskId, readsFindings);
  const responsibility = useResponsibility(taskId);

  // A malformed id (400) names no task either.
  if (isProblem(task.error, 400, 404))
    return (
      <Result
        status="404"
        title="Không tìm thấy nhiệm vụ"
        subTitle="Không có nhiệm vụ nào với mã này. Hãy kiểm tra lại đường dẫn hoặc tìm nhiệm vụ trong danh sách."
        extra={<Link to="/nhiem-vu">Về danh sách nhiệm vụ</Link>}
      />
    );
  if (task.error) return <ProblemResult error={task.error} />;
  if (!task.data) return <Skeleton active paragraph={{ rows: 6 }} />;

  const slip = {
    data: custody.data && trail.data ? { custody: custody.data, events: trail.data.events } : undefined,
    error: custody.error ?? trail.error,
    isPending: custody.isPending || trail.isPending,
  };
  return (
    <div className="task-page">
      <div className="task-print">
        <Space className="task-no-print" style={{ marginBottom: 8 }}>
          <Link to="/nhiem-vu" style={LINK_STYLE}>
            ← Danh sách nhiệm vụ
          </Link>
        </Space>
        <TaskHeading task={task.data} custody={custody.data} />
        <TaskActions task={task.data} />
        <Section title="Phiếu kiểm soát quá trình giải quyết" query={slip} className="task-slip">
          {({ custody: view, events }) => <CustodySlip custody={view} events={events} />}
        </Section>
      </div>
      <Space className="task-no-print" style={{ marginTop: 16 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          In phiếu kiểm soát
        </Button>
      </Space>
      <Section
        title="Nhật ký xử lý"
        query={trail}
        className="task-no-print"
        extra={
          readsAudit ? (
            <Link to={auditLink({ taskId })} style={LINK_STYLE}>
              Tra cứu, tải nhật ký của nhiệm vụ
            </Link>
          ) : null
        }
      >
        {(data) => <TaskTrail events={data.events} entries={task.data.entries ?? {}} />}
      </Section>
      {readsFindings ? (
        <Section title="Phát hiện trên nhiệm vụ" query={findings} className="task-no-print">
          {(items) => <TaskFindings findings={items} />}
        </Section>
      ) : null}
      <Section title="Trách nhiệm" query={responsibility} className="task-no-print">
        {(data) => <TaskResponsibility responsibility={data} />}
      </Section>
    </div>
  );
}
