import { ComingSoon } from './coming-soon';

export function TasksPage() {
  return (
    <ComingSoon
      title="Nhiệm vụ"
      intro="Danh sách nhiệm vụ và phiếu kiểm soát quá trình giải quyết của từng nhiệm vụ."
      coming={[
        'Lọc theo đơn vị, trạng thái, quá hạn, kỳ báo cáo, người xử lý; tìm kiếm không cần gõ dấu.',
        'Phiếu kiểm soát: ai giữ nhiệm vụ, từ lúc nào đến lúc nào, hạn xử lý và số ngày trễ; bảng chuyển giao.',
        'Nhật ký đầy đủ, các phát hiện và trách nhiệm cá nhân, trách nhiệm người đứng đầu.',
      ]}
      meanwhile="Địa chỉ của mỗi trang có thể sao chép để gửi cho đồng nghiệp hoặc lưu vào dấu trang."
    />
  );
}
