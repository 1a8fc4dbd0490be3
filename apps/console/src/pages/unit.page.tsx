import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** One unit as of a date. Placeholder until its page is built. */
export function UnitPage(_props: PageProps) {
  return <Typography.Title level={2}>Đơn vị</Typography.Title>;
}
