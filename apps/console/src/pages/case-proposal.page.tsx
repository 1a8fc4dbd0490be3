import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** Proposing a case for a person from their confirmed findings. Placeholder until its page is built. */
export function CaseProposalPage(_props: PageProps) {
  return <Typography.Title level={2}>Đề nghị xem xét kỷ luật</Typography.Title>;
}
