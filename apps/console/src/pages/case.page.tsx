import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** One disciplinary case. Placeholder until its page is built. */
export function CasePage(_props: PageProps) {
  return <Typography.Title level={2}>Hồ sơ kỷ luật</Typography.Title>;
}
