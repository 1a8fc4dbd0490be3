import { Alert, Descriptions, Typography } from 'antd';
import { Link } from '../router/link';
import type { FindingDetail } from './finding.api';
import { EXEMPTION_EFFECT_LABELS, RESOLVED_AS_NOTES } from './finding.labels';
import { evidenceLink } from './finding.link';
import { partyName } from '../display/party.name';

const LIST_STYLE = { margin: 0, paddingInlineStart: 18 } as const;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** Who answers for the finding: the responsible persons, and the heads who supervise them. */
export function FindingParties({ finding }: { finding: FindingDetail }) {
  return (
    <Descriptions column={1} bordered size="small">
      <Descriptions.Item label="Người chịu trách nhiệm">
        {finding.responsible.length === 0 ? (
          '—'
        ) : (
          <ul style={LIST_STYLE}>
            {finding.responsible.map((party) => {
              const note = RESOLVED_AS_NOTES[party.resolvedAs];
              return (
                <li key={`${party.unitId}/${party.personId ?? ''}`}>
                  {partyName(party)}
                  {note ? <Typography.Text type="secondary"> — {note}</Typography.Text> : null}
                </li>
              );
            })}
          </ul>
        )}
      </Descriptions.Item>
      <Descriptions.Item label="Trách nhiệm người đứng đầu">
        {finding.supervisory.length === 0 ? (
          '—'
        ) : (
          <ul style={LIST_STYLE}>
            {finding.supervisory.map((party) => (
              <li key={`${party.personId}/${party.supervisesPersonId}`}>
                {partyName(party)}, thủ trưởng của {party.supervisesPersonName ?? party.supervisesPersonId}
              </li>
            ))}
          </ul>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The protected initiative that exempts or lessens the responsibility, when there is one. */
export function FindingExemption({ finding }: { finding: FindingDetail }) {
  const exemption = finding.exemption;
  if (!exemption) return null;
  const effect =
    exemption.effect === 'exempt' || exemption.effect === 'reduce' ? EXEMPTION_EFFECT_LABELS[exemption.effect] : 'Miễn, giảm trách nhiệm';
  const covered = Array.isArray(exemption.personIds)
    ? (exemption.personIds as unknown[]).filter((id): id is string => typeof id === 'string')
    : [];
  const nameOf = (personId: string) => finding.responsible.find((party) => party.personId === personId)?.personName ?? personId;
  const eventId = text(exemption.eventId);
  return (
    <Alert
      type="info"
      showIcon
      title={effect}
      description={
        <>
          {text(exemption.decisionReference) ? <div>Theo {text(exemption.decisionReference)}.</div> : null}
          {covered.length > 0 ? <div>Áp dụng cho: {covered.map(nameOf).join(', ')}.</div> : null}
          {text(exemption.basis) ? <div>Căn cứ: {text(exemption.basis)}</div> : null}
          {text(exemption.note) ? <div>{text(exemption.note)}</div> : null}
          {eventId ? <Link to={evidenceLink(finding.taskId, eventId)}>Xem ghi nhận sáng kiến trong diễn biến nhiệm vụ</Link> : null}
        </>
      }
    />
  );
}
