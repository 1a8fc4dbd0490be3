import type { SeededRandom } from '@lib/domain/core';

/** Family names with their approximate share of the population (per cent). */
const FAMILY_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 2],
  ['Võ', 2],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Trương', 1],
  ['Đinh', 0.8],
  ['Mai', 0.6],
];

const MIDDLE_NAMES = {
  male: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Công', 'Thanh', 'Ngọc'],
  female: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Phương'],
};

const GIVEN_NAMES = {
  male: [
    'Anh',
    'Bảo',
    'Cường',
    'Dũng',
    'Đạt',
    'Hải',
    'Hiếu',
    'Hùng',
    'Huy',
    'Khang',
    'Khôi',
    'Long',
    'Nam',
    'Nghĩa',
    'Phong',
    'Phúc',
    'Quân',
    'Sơn',
    'Tài',
    'Thắng',
    'Thành',
    'Toàn',
    'Trung',
    'Tuấn',
    'Việt',
    'Vinh',
  ],
  female: [
    'Anh',
    'Châu',
    'Diệp',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hoa',
    'Hương',
    'Lan',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Nga',
    'Ngân',
    'Nhung',
    'Oanh',
    'Phương',
    'Quỳnh',
    'Thảo',
    'Trang',
    'Trinh',
    'Uyên',
    'Yến',
  ],
};

export function vietnameseFullName(random: SeededRandom): string {
  const gender = random.next() < 0.5 ? 'male' : 'female';
  return `${random.weighted(FAMILY_NAMES)} ${random.pick(MIDDLE_NAMES[gender])} ${random.pick(GIVEN_NAMES[gender])}`;
}

/** "Nguyễn Thị Bình" → "nguyen-thi-binh": without tone marks, đ as d. */
export function slugOf(fullName: string): string {
  return fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
