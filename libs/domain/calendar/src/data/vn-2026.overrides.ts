import type { YearOverrides } from '../calendar-data.types';

// Tết Bính Ngọ: Mon 16/02-Fri 20/02 (29 Chạp to mùng 4), with the two weekends Sat 14/02-Sun 22/02 off;
// date-holidays agrees, the span is stated to tie it to the notice. 30/4 (Thu) and 1/5 (Fri) need no change.
// Not included: Ngày Văn hóa Việt Nam (24/11). Nghị quyết 30/NQ-CP (02/2026) only orders the amendment of
// Labour Code Art. 112 that would make it a paid holiday; add it here once the amendment is in force.
export const VN_2026_OVERRIDES: YearOverrides = {
  year: 2026,
  version: '2026.1',
  source:
    'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (Tết Âm lịch và Quốc khánh năm 2026); ' +
    'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (Tết Dương lịch năm 2026); ' +
    'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần)',
  unconfirmed: [
    'Quốc khánh 2026: chưa đối chiếu được văn bản chính thức về ngày nghỉ thứ hai. Dữ liệu ghi thứ Ba 01/9/2026 ' +
      '(ngày liền kề trước, như năm 2025) và không ghi hoán đổi ngày làm việc nào; báo chí có nêu đề xuất nghỉ 5 ngày.',
  ],
  tetSpan: { from: '2026-02-16', to: '2026-02-20' },
  daysOff: [
    {
      date: '2026-01-02',
      kind: 'swapped_day_off',
      name: 'Nghỉ hoán đổi dịp Tết Dương lịch',
      reason: 'Hoán đổi ngày làm việc thứ Sáu 02/01/2026 sang thứ Bảy 10/01/2026 (Công văn 12729/VPCP-KGVX)',
    },
    {
      date: '2026-04-27',
      kind: 'day_in_lieu',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng Chủ nhật 26/4/2026; nghỉ bù vào ngày làm việc kế tiếp',
    },
    {
      date: '2026-09-01',
      kind: 'national_day',
      name: 'Quốc khánh',
      reason: 'Ngày liền kề trước 02/9 (Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ); chưa xác nhận bằng văn bản',
    },
  ],
  workedDays: [
    {
      date: '2026-01-10',
      name: 'Làm bù cho thứ Sáu 02/01/2026',
      reason: 'Hoán đổi ngày làm việc dịp Tết Dương lịch (Công văn 12729/VPCP-KGVX)',
    },
  ],
};
