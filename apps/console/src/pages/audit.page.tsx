import { ComingSoon } from './coming-soon';

export function AuditPage() {
  return (
    <ComingSoon
      title="Tra cứu nhật ký"
      intro="Nhật ký mọi bước xử lý theo nhiệm vụ, người hoặc đơn vị, trong phạm vi bạn được xem."
      coming={[
        'Tìm theo nhiệm vụ, người, đơn vị, khoảng thời gian và loại sự kiện.',
        'Thời điểm xảy ra và thời điểm ghi nhận; đánh dấu ghi muộn, bị hủy, được đính chính.',
        'Xuất ra CSV (mở bằng Excel) và JSONL.',
      ]}
      meanwhile="Để tra cứu, bạn sẽ chọn một nhiệm vụ, một người hoặc một đơn vị rồi chọn khoảng thời gian."
    />
  );
}
