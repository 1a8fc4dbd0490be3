import { Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '../display/dates.format';
import type { FindingDetail, ReviewEntry } from './finding.api';
import { REVIEWED_LABELS } from './finding.labels';
import { partyName } from '../display/party.name';

/**
 * The inspectors' reviews, newest first: who decided, when, and why. A review changed later stays, marked as replaced;
 * the newest is the one in force.
 */
export function FindingReviews({ finding }: { finding: FindingDetail }) {
  if (finding.reviews.length === 0)
    return <Typography.Text type="secondary">Chưa có thanh tra viên nào xem xét phát hiện này.</Typography.Text>;
  const replaced = new Set(finding.reviews.map((review) => review.revisesEventId).filter(Boolean));
  const newestFirst = [...finding.reviews].sort((a, b) => b.globalPosition - a.globalPosition);
  return (
    <Timeline
      items={newestFirst.map((review: ReviewEntry) => ({
        key: review.eventId,
        color: review.decision === 'confirmed' ? 'red' : 'gray',
        content: (
          <div data-testid="finding-review">
            <Typography.Text strong>{REVIEWED_LABELS[review.decision]}</Typography.Text>
            {' — '}
            {partyName(review.inspector)}, {formatDateTime(review.occurredAt)}
            {review.recordedAt !== review.occurredAt ? (
              <Typography.Text type="secondary"> (ghi nhận {formatDateTime(review.recordedAt)})</Typography.Text>
            ) : null}{' '}
            {replaced.has(review.eventId) ? <Tag>Đã được thay bằng kết luận sau</Tag> : null}
            {review.revisesEventId ? <Tag>Thay đổi kết luận trước</Tag> : null}
            <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>Lý do: {review.justification}</Typography.Paragraph>
          </div>
        ),
      }))}
    />
  );
}
