import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** Reports and evaluation: finding a person or a unit. Placeholder until its page is built. */
export function ReportsPage(_props: PageProps) {
  return <Typography.Title level={2}>Báo cáo, đánh giá</Typography.Title>;
}
