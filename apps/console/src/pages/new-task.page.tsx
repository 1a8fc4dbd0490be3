import { Skeleton, Typography } from 'antd';
import type { PageProps } from '../app/pages';
import { AssignmentForm } from '../recording/assignment-form';
import { isClerk } from '../recording/available-actions';
import { useSession } from '../session/session.hooks';

/** A new task: the assignment form, for the roles that record (clerk, officer, unit head, office chief). */
export function NewTaskPage(_props: PageProps) {
  const principal = useSession().data?.principal;
  return (
    <>
      <Typography.Title level={2}>Giao nhiệm vụ mới</Typography.Title>
      <Typography.Paragraph>
        Ghi nhận việc giao nhiệm vụ theo văn bản: đơn vị chủ trì, phối hợp, người chịu trách nhiệm và hạn xử lý. Sau khi ghi, trang của
        nhiệm vụ mở ra.
      </Typography.Paragraph>
      {principal ? <AssignmentForm principal={principal} clerk={isClerk(principal)} /> : <Skeleton active />}
    </>
  );
}
