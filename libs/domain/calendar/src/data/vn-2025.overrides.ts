import type { YearOverrides } from '../calendar-data.types';

// Tết Ất Tỵ: the notice gives Sat 25/01 to Sun 02/02/2025 off; its five Tết days are the weekdays
// Mon 27/01-Fri 31/01 (date-holidays places them on 28/01-01/02). Hùng Kings' day (Mon 07/04) and
// 1/1 (Wed) need no change.
export const VN_2025_OVERRIDES: YearOverrides = {
  year: 2025,
  version: '2025.1',
  source:
    'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ; Thông báo 6150/TB-BLĐTBXH năm 2024 ' +
    'của Bộ Lao động - Thương binh và Xã hội (lịch nghỉ Tết Âm lịch, 30/4, 1/5 và Quốc khánh năm 2025)',
  unconfirmed: [],
  tetSpan: { from: '2025-01-27', to: '2025-01-31' },
  daysOff: [
    {
      date: '2025-05-02',
      kind: 'swapped_day_off',
      name: 'Nghỉ hoán đổi dịp 30/4 và 1/5',
      reason: 'Hoán đổi ngày làm việc thứ Sáu 02/5/2025 sang thứ Bảy 26/4/2025 (Thông báo 6150/TB-BLĐTBXH)',
    },
    {
      date: '2025-09-01',
      kind: 'national_day',
      name: 'Quốc khánh',
      reason: 'Ngày liền kề trước 02/9 (Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ; nghỉ từ 30/8 đến hết 02/9/2025)',
    },
  ],
  workedDays: [
    {
      date: '2025-04-26',
      name: 'Làm bù cho thứ Sáu 02/5/2025',
      reason: 'Hoán đổi ngày làm việc dịp 30/4 và 1/5 (Thông báo 6150/TB-BLĐTBXH)',
    },
  ],
};
