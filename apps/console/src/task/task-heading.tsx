import { Descriptions, Space, Tag, Typography } from 'antd';
import { formatDate, formatDateTime } from '../display/dates.format';
import { STATUS_LOOK, type TaskStatusCode } from '../overview/task-status.palette';
import { deadlineText } from './deadline.text';
import { partyName } from '../display/party.name';
import type { CustodyView, TaskView } from './task.api';
import { OutlinedTag } from '../shell/outlined-tag';

/** The task's status tag, in the task list's colours. */
export function TaskStatusTag({ status }: { status: { code: string; label: string } }) {
  const look = STATUS_LOOK[status.code as TaskStatusCode];
  return look ? <OutlinedTag colour={look.colour}>{status.label}</OutlinedTag> : <Tag>{status.label}</Tag>;
}

/** The heading of the task page and of its printed slip: what the task is, who leads it, its deadline and who holds it. */
export function TaskHeading({ task, custody }: { task: TaskView; custody: CustodyView | undefined }) {
  const deadline = deadlineText(task.deadline);
  const lead = task.lead;
  const holder = task.custody;
  return (
    <>
      <Typography.Title level={2} style={{ marginBottom: 8 }}>
        {task.title ?? task.taskId}
      </Typography.Title>
      <Space style={{ marginBottom: 16 }} wrap>
        {task.categoryLabel ? <Tag>{task.categoryLabel}</Tag> : null}
        {custody?.status ? <TaskStatusTag status={custody.status} /> : null}
        {task.kind === 'dossier' ? <Tag>Hồ sơ thủ tục hành chính</Tag> : null}
      </Space>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} className="task-heading">
        <Descriptions.Item label="Đơn vị chủ trì">{lead ? (lead.unitName ?? lead.unitId) : '—'}</Descriptions.Item>
        <Descriptions.Item label="Người chịu trách nhiệm">
          {lead?.responsiblePersonName ?? lead?.responsiblePersonId ?? 'Chưa phân công'}
        </Descriptions.Item>
        <Descriptions.Item label="Cơ quan, người giao">
          {task.assigningAuthority ? partyName(task.assigningAuthority) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="Văn bản giao việc">
          {task.source?.number ? `${task.source.number}${task.source.date ? ` ngày ${formatDate(task.source.date)}` : ''}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="Hạn xử lý" span={2}>
          {deadline.dueAt ? (
            <>
              <strong>{formatDate(deadline.dueAt)}</strong>
              {deadline.how ? <span> — {deadline.how}</span> : null}
              {deadline.basis ? (
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  Căn cứ: {deadline.basis}
                </Typography.Paragraph>
              ) : null}
            </>
          ) : (
            'Không có hạn'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={task.status === 'open' ? 'Đang giữ' : 'Người giữ sau cùng'} span={2}>
          {holder ? `${partyName(holder.holder)}, từ ${formatDateTime(holder.heldSince)}` : '—'}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
