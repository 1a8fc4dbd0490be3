import { Alert, Button, Card, Descriptions, Skeleton, Space, Timeline, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { PageProps } from '../app/pages';
import { CASE_STATUS_LOOK, disciplineFormLabel, timeLeftOf } from '../cases/case.labels';
import type { CaseDetail, CaseStep } from '../cases/case.types';
import { CASE_LIST_PATH } from '../cases/case-list.link';
import { CASE_STEP_LOOK, caseStepsFor, type CaseStepKind } from '../cases/case-steps';
import { CaseStepForm } from '../cases/case-step-form';
import { evidenceBundleHref, useCase, useUnitNames } from '../cases/cases.api';
import { formatDate, formatDateTime } from '../display/dates.format';
import { useRules } from '../findings/finding-list.api';
import { usePersonName } from '../people/persons.api';
import { Link } from '../router/link';
import { pathFor } from '../router/route-match';
import { useSession } from '../session/session.hooks';
import { LINK_STYLE } from '../shell/link.style';
import { OutlinedTag } from '../shell/outlined-tag';
import { LoadFailure } from '../shell/load-failure';

function StepBy({ step }: { step: CaseStep }) {
  const name = usePersonName(step.by.personId);
  return (
    <Typography.Text type="secondary">
      {formatDateTime(step.occurredAt)} · {name.data ?? step.by.personId}
    </Typography.Text>
  );
}

function historyOf(kase: CaseDetail): Array<{ key: string; at: string; children: ReactNode }> {
  const items: Array<{ key: string; at: string; children: ReactNode }> = [
    {
      key: kase.proposal.eventId,
      at: kase.proposal.occurredAt,
      children: (
        <>
          <div>Đề nghị xem xét kỷ luật, hình thức {disciplineFormLabel(kase.proposedForm).toLocaleLowerCase('vi')}</div>
          <StepBy step={kase.proposal} />
        </>
      ),
    },
  ];
  if (kase.review)
    items.push({
      key: kase.review.eventId,
      at: kase.review.occurredAt,
      children: (
        <>
          <div>Đưa ra xem xét{kase.review.note ? `: ${kase.review.note}` : ''}</div>
          <StepBy step={kase.review} />
        </>
      ),
    });
  for (const extension of kase.extensions)
    items.push({
      key: extension.eventId,
      at: extension.occurredAt,
      children: (
        <>
          <div>
            Gia hạn thời hạn xử lý lên {extension.limitDays} ngày: {extension.reason}
          </div>
          <StepBy step={extension} />
        </>
      ),
    });
  if (kase.decision)
    items.push({
      key: kase.decision.eventId,
      at: kase.decision.occurredAt,
      children: (
        <>
          <div>
            Quyết định kỷ luật {disciplineFormLabel(kase.decision.form).toLocaleLowerCase('vi')}: số {kase.decision.document.number} ngày{' '}
            {formatDate(kase.decision.document.date)}, {kase.decision.document.signer.title} {kase.decision.document.signer.name} ký
          </div>
          <StepBy step={kase.decision} />
        </>
      ),
    });
  if (kase.withdrawal)
    items.push({
      key: kase.withdrawal.eventId,
      at: kase.withdrawal.occurredAt,
      children: (
        <>
          <div>Rút đề nghị: {kase.withdrawal.reason}</div>
          <StepBy step={kase.withdrawal} />
        </>
      ),
    });
  return items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * One disciplinary case: the person, the findings cited, the limitation warnings, the handling period and every step
 * with who and when; Home Affairs records the next step here. The person concerned reads their own case without steps.
 */
export function CasePage({ params }: PageProps) {
  const caseId = params.caseId ?? '';
  const found = useCase(caseId);
  const units = useUnitNames();
  const rules = useRules();
  const session = useSession();
  const [stepping, setStepping] = useState<{ kind: CaseStepKind; opening: number }>();
  const principal = session.data?.principal;
  const back =
    principal && principal.roles.some((role) => ['home_affairs', 'inspector', 'admin'].includes(role)) ? (
      <Link to={CASE_LIST_PATH} style={LINK_STYLE}>
        ← Danh sách hồ sơ kỷ luật
      </Link>
    ) : null;

  if (found.isPending) return <Skeleton active />;
  if (found.error)
    return (
      <>
        {back}
        <Typography.Title level={2}>Hồ sơ kỷ luật</Typography.Title>
        <LoadFailure
          error={found.error}
          notFound={{ title: 'Không tìm thấy hồ sơ kỷ luật', subTitle: 'Hồ sơ này không có, hoặc địa chỉ trang bị sai.' }}
        />
      </>
    );

  const kase = found.data;
  const look = CASE_STATUS_LOOK[kase.status];
  const steps = caseStepsFor(principal, kase);
  const left = kase.handling ? timeLeftOf(kase.handling.daysLeft, kase.handling.state) : null;
  const own = principal?.personId === kase.personId;
  const isReader = back !== null;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {back}
      <div>
        <Typography.Title level={2} style={{ marginBottom: 8 }}>
          Hồ sơ kỷ luật
        </Typography.Title>
        <Space wrap>
          <Typography.Text strong>{kase.personName ?? kase.personId}</Typography.Text>
          <OutlinedTag colour={look.colour} testId="case-status">
            {look.label}
          </OutlinedTag>
        </Space>
      </div>
      {own ? <Alert type="info" showIcon title="Đây là hồ sơ xem xét kỷ luật của bạn. Bạn được xem nội dung và quá trình xử lý." /> : null}
      {steps.length > 0 ? (
        <Space wrap>
          {steps.map((kind) => (
            <Button
              key={kind}
              type={kind === 'review' || kind === 'decide' ? 'primary' : 'default'}
              danger={kind === 'withdraw'}
              onClick={() => setStepping({ kind, opening: (stepping?.opening ?? 0) + 1 })}
            >
              {CASE_STEP_LOOK[kind].action}
            </Button>
          ))}
        </Space>
      ) : null}
      {kase.warnings.map((warning) => (
        <Alert key={warning.findingId} type="warning" showIcon title={warning.message} />
      ))}
      {kase.handling?.warnings.map((warning) => (
        <Alert key={warning.message} type="error" showIcon title={warning.message} />
      ))}
      <Card title="Thông tin chung" size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="Người bị đề nghị">{kase.personName ?? kase.personId}</Descriptions.Item>
          <Descriptions.Item label="Đơn vị">{units.data?.get(kase.unitId) ?? kase.unitId}</Descriptions.Item>
          <Descriptions.Item label="Hình thức đề nghị">{disciplineFormLabel(kase.proposedForm)}</Descriptions.Item>
          {kase.decision ? (
            <Descriptions.Item label="Hình thức quyết định">{disciplineFormLabel(kase.decision.form)}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label="Nội dung, căn cứ đề nghị">{kase.grounds}</Descriptions.Item>
          {kase.handling && left ? (
            <Descriptions.Item label="Thời hạn xử lý">
              <span style={left.overdue ? { color: '#a8071a', fontWeight: 600 } : undefined} data-testid="case-time-left">
                {left.text} · {kase.handling.limitDays} ngày, đến hết ngày {formatDate(kase.handling.deadline)}
              </span>
            </Descriptions.Item>
          ) : null}
          {isReader ? (
            <Descriptions.Item label="Bộ chứng cứ">
              <a href={evidenceBundleHref(kase.caseId)} download style={LINK_STYLE}>
                Tải bộ chứng cứ (JSON)
              </a>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card title="Phát hiện được viện dẫn" size="small">
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {kase.findings.map((finding) => {
            const limitation = kase.limitation.find((check) => check.findingId === finding.findingId);
            return (
              <li key={finding.findingId}>
                <Link to={pathFor('/phat-hien/:findingId', { findingId: finding.findingId })} style={LINK_STYLE}>
                  {rules.data?.find((rule) => rule.code === finding.ruleCode)?.title ?? 'Phát hiện'} ngày {formatDate(finding.on)}
                </Link>
                {limitation ? (
                  <Typography.Text type={limitation.expired ? 'danger' : 'secondary'}>
                    {' '}
                    · thời hiệu {limitation.years} năm, đến hết ngày {formatDate(limitation.lastDay)}
                    {limitation.expired ? ' (đã hết thời hiệu)' : ''}
                  </Typography.Text>
                ) : null}
              </li>
            );
          })}
        </ul>
      </Card>
      <Card title="Quá trình xử lý" size="small">
        <Timeline items={historyOf(kase).map(({ key, children }) => ({ key, content: children }))} />
      </Card>
      {stepping ? <CaseStepForm key={stepping.opening} kase={kase} kind={stepping.kind} onClose={() => setStepping(undefined)} /> : null}
    </Space>
  );
}
