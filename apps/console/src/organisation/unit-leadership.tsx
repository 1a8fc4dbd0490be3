import { Descriptions, Skeleton, Typography } from 'antd';
import { ProblemResult } from '../pages/problem.page';
import { useLeadership } from './org.api';
import { roleLabel, termText } from './org.labels';
import type { Term } from './org.read';
import { PersonName } from './person-name';

function TermLine({ term }: { term: Term | null }) {
  if (!term) return <Typography.Text type="secondary">Không có</Typography.Text>;
  return (
    <span data-person-id={term.personId}>
      <PersonName personId={term.personId} /> ({termText(term.from, term.to)})
    </span>
  );
}

/** The head, the acting head and the delegate of a unit on a day, by name, with their terms. */
export function UnitLeadership({ unitId, date }: { unitId: string; date: string }) {
  const leadership = useLeadership(unitId, date);
  if (leadership.isPending) return <Skeleton active />;
  if (leadership.error) return <ProblemResult error={leadership.error} />;
  const { head, actingHead, delegate } = leadership.data;
  return (
    <Descriptions column={1} bordered size="small">
      <Descriptions.Item label={roleLabel('head')}>
        <span data-testid="unit-head">
          <TermLine term={head} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={roleLabel('acting_head')}>
        <TermLine term={actingHead} />
      </Descriptions.Item>
      <Descriptions.Item label={roleLabel('delegated')}>
        <TermLine term={delegate} />
      </Descriptions.Item>
    </Descriptions>
  );
}
