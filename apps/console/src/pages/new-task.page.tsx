import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** A new task: the assignment form (issue: recording actions). Placeholder until its page is built. */
export function NewTaskPage(_props: PageProps) {
  return <Typography.Title level={2}>Giao nhiệm vụ mới</Typography.Title>;
}
