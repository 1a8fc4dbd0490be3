import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** Home Affairs' disciplinary cases. Placeholder until its page is built. */
export function CasesPage(_props: PageProps) {
  return <Typography.Title level={2}>Hồ sơ kỷ luật</Typography.Title>;
}
