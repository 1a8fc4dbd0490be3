import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { eventTypeLabel } from '../audit/event-type.labels';
import { formatDateTime } from '../display/dates.format';
import { Link } from '../router/link';
import type { ContestEntry, EvidenceEntry, FindingDetail } from './finding.api';
import { NAMED_AS_LABELS } from './finding.labels';
import { evidenceLink } from './finding.link';
import { partyName } from '../display/party.name';

/** The entries of the task's trail that establish the finding, each opening the trail at its row. */
export function FindingEvidence({ finding }: { finding: FindingDetail }) {
  const columns: ColumnsType<EvidenceEntry> = [
    {
      key: 'type',
      title: 'Việc',
      render: (_, entry) => <Link to={evidenceLink(finding.taskId, entry.eventId)}>{eventTypeLabel(entry.type)}</Link>,
    },
    { key: 'occurred', title: 'Xảy ra lúc', render: (_, entry) => formatDateTime(entry.occurredAt) },
    { key: 'recorded', title: 'Ghi nhận lúc', render: (_, entry) => formatDateTime(entry.recordedAt) },
    { key: 'actor', title: 'Người thực hiện', render: (_, entry) => partyName(entry.actor) },
  ];
  return (
    <Table<EvidenceEntry>
      rowKey="eventId"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={finding.evidence}
      locale={{ emptyText: <Typography.Text type="secondary">Phát hiện không kèm sự kiện nào.</Typography.Text> }}
    />
  );
}

function contestText(contest: ContestEntry): string {
  const who = contest.onBehalfOf ? `${partyName(contest.onBehalfOf)}, do ${partyName(contest.actor)} ghi thay` : partyName(contest.actor);
  const named = contest.namedAs.map((role) => NAMED_AS_LABELS[role]).join(', ');
  return named ? `${who} — có tên trong phát hiện là ${named}` : who;
}

/** Entries that voided or corrected the finding's evidence: who, when, why, and the entry they touched. */
export function FindingContests({ finding }: { finding: FindingDetail }) {
  if (finding.contestedBy.length === 0)
    return <Typography.Text type="secondary">Không có ghi nhận nào bị hủy bỏ hay đính chính.</Typography.Text>;
  const columns: ColumnsType<ContestEntry> = [
    {
      key: 'type',
      title: 'Việc',
      render: (_, contest) => <Link to={evidenceLink(finding.taskId, contest.eventId)}>{eventTypeLabel(contest.type)}</Link>,
    },
    {
      key: 'original',
      title: 'Ghi nhận bị tác động',
      render: (_, contest) => (
        <Link to={evidenceLink(finding.taskId, contest.originalEventId)}>{eventTypeLabel(contest.originalType)}</Link>
      ),
    },
    { key: 'occurred', title: 'Lúc', render: (_, contest) => formatDateTime(contest.occurredAt) },
    { key: 'who', title: 'Người thực hiện', render: (_, contest) => contestText(contest) },
    { key: 'reason', title: 'Lý do', render: (_, contest) => contest.reason },
  ];
  return <Table<ContestEntry> rowKey="eventId" size="small" pagination={false} columns={columns} dataSource={finding.contestedBy} />;
}
