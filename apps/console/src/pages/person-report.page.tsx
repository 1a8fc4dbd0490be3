import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** A person's report for a period. Placeholder until its page is built. */
export function PersonReportPage(_props: PageProps) {
  return <Typography.Title level={2}>Báo cáo cá nhân</Typography.Title>;
}
