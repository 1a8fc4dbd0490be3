import type { Principal } from '../auth/principal';

/** People of the demo organisation (libs/domain/org demo data) for whom `npm start` prints short-lived tokens. */
export const DEMO_PRINCIPALS: ReadonlyArray<{ label: string; principal: Principal }> = [
  {
    label: 'Chánh Văn phòng UBND TP (office_chief)',
    principal: { personId: 'tran-van-an', unitId: 'ubnd-tp', position: 'head', roles: ['office_chief'], jurisdictionUnitId: 'ubnd-tp', name: 'Trần Văn An' },
  },
  {
    label: 'Giám đốc Sở Xây dựng (unit_head)',
    principal: { personId: 'nguyen-thi-binh', unitId: 'so-xay-dung', position: 'head', roles: ['unit_head'], name: 'Nguyễn Thị Bình' },
  },
  {
    label: 'Chuyên viên Sở Xây dựng (officer)',
    principal: { personId: 'le-van-cuong', unitId: 'so-xay-dung', position: 'staff', roles: ['officer'], name: 'Lê Văn Cường' },
  },
  {
    label: 'Thanh tra thành phố (inspector)',
    principal: { personId: 'vu-thu-ha', unitId: 'thanh-tra-tp', position: 'staff', roles: ['inspector'], jurisdictionUnitId: 'ubnd-tp', name: 'Vũ Thu Hà' },
  },
  {
    label: 'Sở Nội vụ (home_affairs)',
    principal: { personId: 'le-duc-viet', unitId: 'so-noi-vu', position: 'staff', roles: ['home_affairs'], jurisdictionUnitId: 'ubnd-tp', name: 'Lê Đức Việt' },
  },
  {
    label: 'Quản trị hệ thống (admin)',
    principal: { personId: 'quan-tri', unitId: 'ubnd-tp', roles: ['admin'], name: 'Quản trị hệ thống' },
  },
];

export const DEMO_TOKEN_TTL_SECONDS = 8 * 3600;
