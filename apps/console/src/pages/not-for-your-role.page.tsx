import { Button, Result } from 'antd';
import { homePathFor, type ConsoleRoute } from '../app/routes';
import { navigate } from '../router/history';
import type { SessionInfo } from '../session/session.types';

/** A page the signed-in person's roles cannot read (an address typed or shared): said plainly, with the way home. */
export function NotForYourRolePage({ route, session }: { route: ConsoleRoute; session: SessionInfo }) {
  const { roleLabels } = session.principal;
  return (
    <Result
      status="403"
      title="Trang này không dành cho vai trò của bạn"
      subTitle={`Trang «${route.title}» chỉ mở cho những người mà hệ thống cho phép đọc các dữ liệu trên đó. Bạn đang đăng nhập với vai trò ${roleLabels.join(', ')}. Nếu cần xem, hãy đề nghị quản trị hệ thống cấp quyền.`}
      extra={
        <Button type="primary" onClick={() => navigate(homePathFor(session.principal.roles))}>
          Về trang của bạn
        </Button>
      }
    />
  );
}
