import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** One person: appointments. Placeholder until its page is built. */
export function PersonPage(_props: PageProps) {
  return <Typography.Title level={2}>Cán bộ</Typography.Title>;
}
