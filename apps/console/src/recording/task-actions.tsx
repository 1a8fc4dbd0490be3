import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../session/session.hooks';
import type { TaskView } from '../task/task.api';
import { ActionForm } from './action-form';
import { ACTION_SPECS, consultationOptionsOf } from './action-forms';
import { availableActions, isClerk, mayRecord, taskFactsOf, type RecordingAction } from './available-actions';

/**
 * The recording panel of the task page: a button per action the task's state and the signed-in person allow
 * (available-actions.ts), each opening its form. Shown only to the roles that record.
 */
export function TaskActions({ task }: { task: TaskView }) {
  const session = useSession();
  const [open, setOpen] = useState<{ action: RecordingAction; opening: number }>();
  const principal = session.data?.principal;
  if (!principal || !mayRecord(principal) || !task.taskId) return null;
  const actions = availableActions(taskFactsOf(task), principal);
  const clerk = isClerk(principal);
  const holderUnitId = task.custody?.holder.unitId ?? '';
  return (
    <Card
      className="task-no-print"
      style={{ marginTop: 16 }}
      title={<h3 style={{ margin: 0, fontSize: 17 }}>Ghi nhận xử lý</h3>}
      aria-label="Ghi nhận xử lý nhiệm vụ"
    >
      {actions.length === 0 ? (
        <Typography.Text type="secondary">Nhiệm vụ đã kết thúc: không còn việc nào để ghi nhận.</Typography.Text>
      ) : (
        <Space wrap>
          {actions.map((action) => (
            <Button key={action} onClick={() => setOpen({ action, opening: Date.now() })}>
              {ACTION_SPECS[action].title}
            </Button>
          ))}
        </Space>
      )}
      {open ? (
        <ActionForm
          key={open.opening}
          taskId={task.taskId}
          action={open.action}
          clerk={clerk}
          context={{ holderUnitId, actingUnitId: principal.unitId }}
          consultations={consultationOptionsOf(task.consultations, task.entries ?? {}, clerk ? null : principal.unitId)}
          onClose={() => setOpen(undefined)}
        />
      ) : null}
    </Card>
  );
}
