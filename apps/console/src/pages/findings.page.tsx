import { ComingSoon } from './coming-soon';

export function FindingsPage() {
  return (
    <ComingSoon
      title="Phát hiện"
      intro="Các dấu hiệu đùn đẩy, né tránh trách nhiệm mà hệ thống phát hiện theo quy tắc, chờ thanh tra xem xét."
      coming={[
        'Lọc theo quy tắc, đơn vị, người, trạng thái và khoảng thời gian.',
        'Giải thích, căn cứ pháp lý, tham số và các sự kiện làm chứng cứ.',
        'Xác nhận hoặc bác bỏ kèm lý do (dành cho thanh tra viên).',
      ]}
      meanwhile="Khi có phát hiện mới, chúng sẽ hiện ở đây; bạn chưa cần làm gì."
    />
  );
}
