import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** Rankings for commendation and for review. Placeholder until its page is built. */
export function RankingsPage(_props: PageProps) {
  return <Typography.Title level={2}>Xếp hạng</Typography.Title>;
}
