import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** One task: filled in by the task page's own work (the slip, handovers, trail, findings, responsibility). */
export function TaskPage({ params }: PageProps) {
  return <Typography.Title level={2}>Nhiệm vụ {params.taskId}</Typography.Title>;
}
