import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { navigate } from '../router/history';
import { useSession } from '../session/session.hooks';
import { mayRecord } from './available-actions';

export const NEW_TASK_PATH = '/nhiem-vu/giao-moi';

/** "Giao nhiệm vụ mới" on the task list, for the roles that record (the new task page's roles). */
export function NewTaskButton() {
  const principal = useSession().data?.principal;
  if (!principal || !mayRecord(principal)) return null;
  return (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      href={NEW_TASK_PATH}
      onClick={(event) => {
        event.preventDefault();
        navigate(NEW_TASK_PATH);
      }}
      style={{ marginBottom: 16 }}
    >
      Giao nhiệm vụ mới
    </Button>
  );
}
