import { Button, Result } from 'antd';
import { navigate } from '../router/history';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="Không tìm thấy trang"
      subTitle="Địa chỉ này không dẫn tới trang nào của hệ thống. Hãy kiểm tra lại đường dẫn hoặc về trang Tổng quan."
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          Về trang Tổng quan
        </Button>
      }
    />
  );
}
