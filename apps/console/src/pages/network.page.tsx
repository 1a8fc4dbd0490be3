import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** The handover network. Placeholder until its page is built. */
export function NetworkPage(_props: PageProps) {
  return <Typography.Title level={2}>Mạng lưới chuyển giao</Typography.Title>;
}
