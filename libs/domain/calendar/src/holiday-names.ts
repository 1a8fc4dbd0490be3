import type { HolidayKind } from './calendar-data.types';

/** Vietnamese labels shown to users, NFC. Overrides carry their own, more specific names. */
export const HOLIDAY_NAMES: Readonly<Record<HolidayKind, string>> = {
  new_year: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hung_kings: 'Giỗ Tổ Hùng Vương',
  reunification: 'Ngày Giải phóng miền Nam, thống nhất đất nước',
  labour_day: 'Ngày Quốc tế Lao động',
  national_day: 'Quốc khánh',
  day_in_lieu: 'Nghỉ bù',
  swapped_day_off: 'Nghỉ hoán đổi',
  other: 'Ngày nghỉ lễ',
};

export const WEEKEND_LABEL = 'Nghỉ hằng tuần';
