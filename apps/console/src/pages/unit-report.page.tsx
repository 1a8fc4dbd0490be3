import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** A unit's report for a period. Placeholder until its page is built. */
export function UnitReportPage(_props: PageProps) {
  return <Typography.Title level={2}>Báo cáo đơn vị</Typography.Title>;
}
