import { ComingSoon } from './coming-soon';

export function OverviewPage() {
  return (
    <ComingSoon
      title="Tổng quan"
      intro="Tình hình thực hiện nhiệm vụ của các đơn vị trong phạm vi bạn được xem."
      coming={[
        'Theo từng đơn vị: số nhiệm vụ trong hạn, sắp đến hạn, quá hạn, không có hạn.',
        'Nhiệm vụ đã hoàn thành: trước hạn, đúng hạn, quá hạn.',
        'Mỗi con số dẫn tới danh sách nhiệm vụ tương ứng.',
      ]}
      meanwhile="Trong lúc chờ, hãy mở mục Nhiệm vụ hoặc Phát hiện ở thanh bên trái."
    />
  );
}
