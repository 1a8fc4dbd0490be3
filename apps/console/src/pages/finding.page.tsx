import { Alert, Button, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { PageProps } from '../app/pages';
import { LINK_STYLE } from '../shell/link.style';
import { formatDate, formatDateTime } from '../display/dates.format';
import { useFinding } from '../finding/finding.api';
import { FindingContests, FindingEvidence } from '../finding/finding-evidence';
import { FindingExemption, FindingParties } from '../finding/finding-parties';
import { parameterRows, type ParameterRow } from '../finding/finding-parameters';
import { FindingReviews } from '../finding/finding-reviews';
import { DECISION_LOOK, DETECTION_LABELS, NO_REVIEW_NOTES } from '../finding/finding.labels';
import { taskPath } from '../finding/finding.link';
import { ReviewForm } from '../finding/review-form';
import { reviewOffer, type ReviewDecision } from '../finding/review-permission';
import { useRules } from '../findings/finding-list.api';
import { FINDING_LIST_PATH, FINDING_STATUS_LOOK } from '../findings/finding-list.link';
import { Link } from '../router/link';
import { useSession } from '../session/session.hooks';
import { OutlinedTag } from '../shell/outlined-tag';
import { LoadFailure } from '../shell/load-failure';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
          {title}
        </Typography.Title>
      }
    >
      {children}
    </Card>
  );
}

const PARAMETER_COLUMNS = [
  {
    key: 'name',
    title: 'Tham số',
    render: (_: unknown, row: ParameterRow) =>
      row.label ? (
        <>
          {row.label} <Typography.Text type="secondary">({row.key})</Typography.Text>
        </>
      ) : (
        <Typography.Text code>{row.key}</Typography.Text>
      ),
  },
  { key: 'value', title: 'Giá trị đã áp dụng', render: (_: unknown, row: ParameterRow) => row.value },
];

/**
 * One finding, as an inspector judges it: what the rule found and why (explanation, legal basis, parameters), who
 * answers for it, the trail entries it rests on, what was contested, and the reviews; an inspector it does not name may
 * confirm or dismiss it with a written justification.
 */
export function FindingPage({ params }: PageProps) {
  const findingId = params.findingId ?? '';
  const finding = useFinding(findingId);
  const rules = useRules();
  const session = useSession();
  const [reviewing, setReviewing] = useState<{ decision: ReviewDecision; opening: number }>();

  const back = (
    <Link to={FINDING_LIST_PATH} style={LINK_STYLE}>
      ← Danh sách phát hiện
    </Link>
  );
  if (finding.isPending) return <Skeleton active />;
  if (finding.error) {
    return (
      <>
        {back}
        <LoadFailure
          error={finding.error}
          notFound={{
            title: 'Không tìm thấy phát hiện',
            subTitle: 'Phát hiện này không có, hoặc địa chỉ trang bị sai. Hãy mở lại từ danh sách phát hiện.',
          }}
        />
      </>
    );
  }

  const detail = finding.data;
  const rule = rules.data?.find((candidate) => candidate.code === detail.ruleCode);
  const basis = detail.basis.trim() || rule?.basis || '';
  const status = FINDING_STATUS_LOOK[detail.status];
  const offer = reviewOffer(session.data?.principal, detail);
  const note = offer.reason ? NO_REVIEW_NOTES[offer.reason] : null;
  const open = (decision: ReviewDecision) => setReviewing({ decision, opening: (reviewing?.opening ?? 0) + 1 });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {back}
      <div>
        <Typography.Title level={2} style={{ marginBottom: 8 }}>
          {detail.ruleTitle}
        </Typography.Title>
        <Space wrap>
          <OutlinedTag colour={status.colour} testId="finding-status">
            {status.label}
          </OutlinedTag>
          <Tag>{DETECTION_LABELS[detail.detection]}</Tag>
          {detail.exempted ? <Tag color="blue">Có miễn, giảm trách nhiệm</Tag> : null}
        </Space>
      </div>
      {offer.decisions.length > 0 ? (
        <Space wrap>
          {offer.decisions.map((decision) => (
            <Button
              key={decision}
              type={decision === 'confirm' ? 'primary' : 'default'}
              danger={decision === 'dismiss'}
              onClick={() => open(decision)}
            >
              {detail.status === 'open'
                ? DECISION_LOOK[decision].action
                : `Đổi kết luận: ${DECISION_LOOK[decision].action.toLocaleLowerCase('vi')}`}
            </Button>
          ))}
        </Space>
      ) : note ? (
        <Alert type="info" showIcon title={note} />
      ) : null}
      <Section title="Thông tin chung">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="Quy tắc">
            <span>
              Mã <Typography.Text code>{detail.ruleCode}</Typography.Text> · phiên bản {detail.ruleVersion}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="Ngày phát hiện">
            <span>
              {formatDate(detail.on)} <Typography.Text type="secondary">(sự việc lúc {formatDateTime(detail.at)})</Typography.Text>
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="Nhiệm vụ">
            <Link to={taskPath(detail.taskId)}>Mở nhiệm vụ và diễn biến xử lý</Link>
          </Descriptions.Item>
        </Descriptions>
      </Section>
      <Section title="Diễn giải">
        <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="finding-explanation">
          {detail.explanation}
        </Typography.Paragraph>
      </Section>
      <Section title="Căn cứ pháp lý">
        <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="finding-basis">
          {basis || 'Quy tắc không nêu căn cứ.'}
        </Typography.Paragraph>
      </Section>
      <Section title="Tham số quy tắc đã áp dụng">
        <Table<ParameterRow>
          rowKey="key"
          size="small"
          pagination={false}
          columns={PARAMETER_COLUMNS}
          dataSource={parameterRows(detail.parameters, rule?.parameters)}
          locale={{ emptyText: <Typography.Text type="secondary">Quy tắc không có tham số.</Typography.Text> }}
        />
      </Section>
      <Section title="Người chịu trách nhiệm">
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <FindingParties finding={detail} />
          <FindingExemption finding={detail} />
        </Space>
      </Section>
      <Section title="Sự kiện làm chứng cứ">
        <FindingEvidence finding={detail} />
      </Section>
      <Section title="Hủy bỏ, đính chính liên quan">
        <FindingContests finding={detail} />
      </Section>
      <Section title="Lịch sử xem xét">
        <FindingReviews finding={detail} />
      </Section>
      {reviewing ? (
        <ReviewForm key={reviewing.opening} findingId={detail.id} decision={reviewing.decision} onClose={() => setReviewing(undefined)} />
      ) : null}
    </Space>
  );
}
