import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** The unit tree as of a date. Placeholder until its page is built. */
export function OrganisationPage(_props: PageProps) {
  return <Typography.Title level={2}>Tổ chức bộ máy</Typography.Title>;
}
