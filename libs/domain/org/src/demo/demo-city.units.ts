import type { Position } from '@lib/domain/core';
import type { UnitKind } from '../org-values';

export interface DemoNamedOfficial {
  personId: string;
  fullName: string;
  position: Position;
  validFrom: string;
}

export interface DemoUnit {
  unitId: string;
  name: string;
  kind: UnitKind;
  parentUnitId: string | null;
  mandates: string[];
  /** Officials on the unit's staff in March 2026 (or when it ended), named ones included. */
  headcount: number;
  named?: DemoNamedOfficial[];
}

export const DEMO_ESTABLISHED_ON = '2015-01-01';
/** Sở Kế hoạch và Đầu tư is merged into Sở Tài chính from this day; the investment mandate moves with it. */
export const DEMO_MERGER_ON = '2025-03-01';

const named = (personId: string, fullName: string, position: Position, validFrom = '2020-01-01'): DemoNamedOfficial => ({
  personId,
  fullName,
  position,
  validFrom,
});

/** The city of scenarios.md with the rest of a realistic city around it; ids match the task specs. */
export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    unitId: 'ubnd-tp',
    name: 'UBND thành phố',
    kind: 'peoples_committee',
    parentUnitId: null,
    mandates: [],
    headcount: 8,
    named: [
      named('tran-van-an', 'Trần Văn An', 'head'),
      named('dang-van-phuc', 'Đặng Văn Phúc', 'staff'),
      named('ly-thi-nga', 'Lý Thị Nga', 'clerk'),
    ],
  },
  {
    unitId: 'van-phong-ubnd-tp',
    name: 'Văn phòng UBND thành phố',
    kind: 'other',
    parentUnitId: 'ubnd-tp',
    mandates: ['general_administration'],
    headcount: 5,
  },
  {
    unitId: 'so-xay-dung',
    name: 'Sở Xây dựng',
    kind: 'department',
    parentUnitId: 'ubnd-tp',
    mandates: ['construction'],
    headcount: 8,
    named: [
      named('nguyen-thi-binh', 'Nguyễn Thị Bình', 'head', '2024-10-01'),
      named('le-van-cuong', 'Lê Văn Cường', 'staff'),
      named('phan-thi-mai', 'Phan Thị Mai', 'clerk'),
    ],
  },
  {
    unitId: 'so-tnmt',
    name: 'Sở Tài nguyên và Môi trường',
    kind: 'department',
    parentUnitId: 'ubnd-tp',
    mandates: ['land', 'environment'],
    headcount: 7,
    named: [named('pham-minh-dung', 'Phạm Minh Dũng', 'head'), named('vo-thi-en', 'Võ Thị Én', 'staff')],
  },
  { unitId: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'home_affairs', parentUnitId: 'ubnd-tp', mandates: ['home_affairs'], headcount: 6 },
  {
    unitId: 'thanh-tra-tp',
    name: 'Thanh tra thành phố',
    kind: 'inspectorate',
    parentUnitId: 'ubnd-tp',
    mandates: ['inspection'],
    headcount: 6,
    named: [named('vu-thu-ha', 'Vũ Thu Hà', 'staff')],
  },
  { unitId: 'so-tai-chinh', name: 'Sở Tài chính', kind: 'department', parentUnitId: 'ubnd-tp', mandates: ['budget'], headcount: 7 },
  {
    unitId: 'so-ke-hoach-dau-tu',
    name: 'Sở Kế hoạch và Đầu tư',
    kind: 'department',
    parentUnitId: 'ubnd-tp',
    mandates: ['investment'],
    headcount: 5,
  },
  {
    unitId: 'so-giao-duc-dao-tao',
    name: 'Sở Giáo dục và Đào tạo',
    kind: 'department',
    parentUnitId: 'ubnd-tp',
    mandates: ['education'],
    headcount: 5,
  },
  { unitId: 'so-y-te', name: 'Sở Y tế', kind: 'department', parentUnitId: 'ubnd-tp', mandates: ['health'], headcount: 5 },
  {
    unitId: 'so-van-hoa-the-thao',
    name: 'Sở Văn hóa và Thể thao',
    kind: 'department',
    parentUnitId: 'ubnd-tp',
    mandates: ['culture'],
    headcount: 4,
  },
  {
    unitId: 'so-nong-nghiep',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    kind: 'department',
    parentUnitId: 'ubnd-tp',
    mandates: ['agriculture'],
    headcount: 4,
  },
  {
    unitId: 'so-cong-thuong',
    name: 'Sở Công Thương',
    kind: 'department',
    parentUnitId: 'ubnd-tp',
    mandates: ['industry_trade'],
    headcount: 4,
  },
  {
    unitId: 'so-giao-thong-van-tai',
    name: 'Sở Giao thông vận tải',
    kind: 'department',
    parentUnitId: 'ubnd-tp',
    mandates: ['transport'],
    headcount: 4,
  },
  {
    unitId: 'trung-tam-phuc-vu-hcc',
    name: 'Trung tâm Phục vụ hành chính công thành phố',
    kind: 'public_service_unit',
    parentUnitId: 'ubnd-tp',
    mandates: ['one_stop_service'],
    headcount: 5,
  },
  {
    unitId: 'ban-qlda-dan-dung',
    name: 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp',
    kind: 'public_service_unit',
    parentUnitId: 'ubnd-tp',
    mandates: ['public_works'],
    headcount: 4,
  },
  {
    unitId: 'ubnd-quan-hai-chau',
    name: 'UBND quận Hải Châu',
    kind: 'peoples_committee',
    parentUnitId: 'ubnd-tp',
    mandates: [],
    headcount: 6,
    named: [named('hoang-van-giang', 'Hoàng Văn Giang', 'head')],
  },
  {
    unitId: 'van-phong-hai-chau',
    name: 'Văn phòng HĐND và UBND quận Hải Châu',
    kind: 'other',
    parentUnitId: 'ubnd-quan-hai-chau',
    mandates: ['general_administration'],
    headcount: 4,
  },
  {
    unitId: 'phong-quan-ly-do-thi',
    name: 'Phòng Quản lý đô thị',
    kind: 'office',
    parentUnitId: 'ubnd-quan-hai-chau',
    mandates: ['construction_permit'],
    headcount: 6,
    named: [named('do-thi-hoa', 'Đỗ Thị Hoa', 'head')],
  },
  {
    unitId: 'phong-tai-chinh-ke-hoach',
    name: 'Phòng Tài chính – Kế hoạch',
    kind: 'office',
    parentUnitId: 'ubnd-quan-hai-chau',
    mandates: ['budget'],
    headcount: 5,
    named: [named('bui-van-khanh', 'Bùi Văn Khánh', 'head')],
  },
  {
    unitId: 'phong-tnmt-hai-chau',
    name: 'Phòng Tài nguyên và Môi trường',
    kind: 'office',
    parentUnitId: 'ubnd-quan-hai-chau',
    mandates: ['land'],
    headcount: 5,
    named: [named('ngo-thi-lan', 'Ngô Thị Lan', 'head')],
  },
  {
    unitId: 'phong-noi-vu-hai-chau',
    name: 'Phòng Nội vụ',
    kind: 'home_affairs',
    parentUnitId: 'ubnd-quan-hai-chau',
    mandates: ['home_affairs'],
    headcount: 4,
  },
  {
    unitId: 'thanh-tra-quan-hai-chau',
    name: 'Thanh tra quận Hải Châu',
    kind: 'inspectorate',
    parentUnitId: 'ubnd-quan-hai-chau',
    mandates: ['inspection'],
    headcount: 3,
  },
  {
    unitId: 'ubnd-phuong-thach-thang',
    name: 'UBND phường Thạch Thang',
    kind: 'commune',
    parentUnitId: 'ubnd-quan-hai-chau',
    mandates: ['civil_status'],
    headcount: 4,
  },
  {
    unitId: 'ubnd-phuong-hai-chau-1',
    name: 'UBND phường Hải Châu I',
    kind: 'commune',
    parentUnitId: 'ubnd-quan-hai-chau',
    mandates: ['civil_status'],
    headcount: 4,
  },
  {
    unitId: 'ubnd-phuong-binh-hien',
    name: 'UBND phường Bình Hiên',
    kind: 'commune',
    parentUnitId: 'ubnd-quan-hai-chau',
    mandates: ['civil_status'],
    headcount: 4,
  },
  {
    unitId: 'ubnd-quan-son-tra',
    name: 'UBND quận Sơn Trà',
    kind: 'peoples_committee',
    parentUnitId: 'ubnd-tp',
    mandates: [],
    headcount: 5,
  },
  {
    unitId: 'phong-quan-ly-do-thi-son-tra',
    name: 'Phòng Quản lý đô thị',
    kind: 'office',
    parentUnitId: 'ubnd-quan-son-tra',
    mandates: ['construction_permit'],
    headcount: 4,
  },
  {
    unitId: 'phong-tnmt-son-tra',
    name: 'Phòng Tài nguyên và Môi trường',
    kind: 'office',
    parentUnitId: 'ubnd-quan-son-tra',
    mandates: ['land'],
    headcount: 4,
  },
  {
    unitId: 'ubnd-phuong-an-hai-bac',
    name: 'UBND phường An Hải Bắc',
    kind: 'commune',
    parentUnitId: 'ubnd-quan-son-tra',
    mandates: ['civil_status'],
    headcount: 4,
  },
];
