import { Typography } from 'antd';
import type { PageProps } from '../app/pages';

/** One finding: filled in by the finding page's own work (explanation, basis, evidence, review). */
export function FindingPage({ params }: PageProps) {
  return <Typography.Title level={2}>Phát hiện {params.findingId}</Typography.Title>;
}
