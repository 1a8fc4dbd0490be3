import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { daysText } from './days.text';
import { partyName } from '../display/party.name';
import { personTotals, type PersonTotal } from './responsibility.totals';
import type { Responsibility, ResponsibilityLine } from './task.api';

/** The basis of a line, as an inspector names it (the API's own text, with the rule and its sources, follows). */
export const BASIS_LABELS: Readonly<Record<ResponsibilityLine['basisCode'], string>> = {
  HELD_AFTER_DEADLINE: 'Giữ nhiệm vụ sau hạn',
  HELD_BEYOND_STEP_LIMIT: 'Giữ quá thời hạn của bước',
  FINDING: 'Theo phát hiện',
};

const KIND_LABELS = { individual: 'Cá nhân', supervisory: 'Người đứng đầu' } as const;

const LINE_COLUMNS: ColumnsType<ResponsibilityLine> = [
  {
    key: 'party',
    title: 'Người chịu trách nhiệm',
    width: 200,
    render: (_, line) => (
      <>
        {partyName(line.party)}
        {line.supervisesPersonName ? <div>phụ trách {line.supervisesPersonName}</div> : null}
      </>
    ),
  },
  { key: 'kind', title: 'Trách nhiệm', render: (_, line) => KIND_LABELS[line.kind] },
  {
    key: 'basis',
    title: 'Căn cứ',
    width: 260,
    render: (_, line) => (
      <>
        <strong>{BASIS_LABELS[line.basisCode]}</strong>
        {/* The rule and its sources are long: folded under the basis, opened on demand (a native, keyboard-ready toggle). */}
        <details>
          <summary>Quy tắc, văn bản căn cứ</summary>
          <Typography.Text type="secondary">{line.basis}</Typography.Text>
        </details>
      </>
    ),
  },
  { key: 'explanation', title: 'Diễn giải', render: (_, line) => line.explanation },
  { key: 'workingDays', title: 'Số ngày làm việc', align: 'right', render: (_, line) => line.workingDays },
  { key: 'days', title: 'Các ngày', render: (_, line) => daysText(line.days) },
];

const TOTAL_COLUMNS: ColumnsType<PersonTotal> = [
  { key: 'party', title: 'Người', render: (_, total) => total.party },
  { key: 'kind', title: 'Trách nhiệm', render: (_, total) => KIND_LABELS[total.kind] },
  { key: 'workingDays', title: 'Tổng số ngày làm việc', align: 'right', render: (_, total) => total.workingDays },
  { key: 'lines', title: 'Số dòng', align: 'right', render: (_, total) => total.lines },
];

/** Who answers for the delay: the individual and supervisory lines, then the totals per person. */
export function TaskResponsibility({ responsibility }: { responsibility: Responsibility }) {
  const lines = [...responsibility.individual, ...responsibility.supervisory];
  if (lines.length === 0) return <Typography.Paragraph>Không ai phải chịu trách nhiệm về chậm trễ trên nhiệm vụ này.</Typography.Paragraph>;
  return (
    <>
      <Table<ResponsibilityLine>
        className="task-responsibility"
        rowKey={(line) =>
          `${line.kind}:${line.basisCode}:${line.party.unitId}:${line.party.personId ?? ''}:${line.on}:${line.findingId ?? ''}`
        }
        size="small"
        columns={LINE_COLUMNS}
        dataSource={lines}
        pagination={false}
      />
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        Tổng theo người
      </Typography.Title>
      <Table<PersonTotal>
        className="task-responsibility-totals"
        rowKey="key"
        size="small"
        columns={TOTAL_COLUMNS}
        dataSource={personTotals(responsibility.totals)}
        pagination={false}
      />
    </>
  );
}
