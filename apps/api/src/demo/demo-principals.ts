import type { Principal } from '../auth/principal';

/**
 * People of the demo organisation (libs/domain/org demo data) for whom `npm start` prints short-lived tokens; the banner
 * describes each by the position the organisation records for them (demo-person-label.ts).
 */
export const DEMO_PRINCIPALS: ReadonlyArray<{ principal: Principal }> = [
  {
    principal: {
      personId: 'tran-van-an',
      unitId: 'ubnd-tp',
      position: 'head',
      roles: ['office_chief'],
      jurisdictionUnitId: 'ubnd-tp',
      name: 'Trần Văn An',
    },
  },
  {
    principal: { personId: 'ly-thi-nga', unitId: 'ubnd-tp', position: 'clerk', roles: ['clerk'], name: 'Lý Thị Nga' },
  },
  {
    principal: { personId: 'nguyen-thi-binh', unitId: 'so-xay-dung', position: 'head', roles: ['unit_head'], name: 'Nguyễn Thị Bình' },
  },
  {
    principal: { personId: 'le-van-cuong', unitId: 'so-xay-dung', position: 'staff', roles: ['officer'], name: 'Lê Văn Cường' },
  },
  {
    principal: {
      personId: 'vu-thu-ha',
      unitId: 'thanh-tra-tp',
      position: 'staff',
      roles: ['inspector'],
      jurisdictionUnitId: 'ubnd-tp',
      name: 'Vũ Thu Hà',
    },
  },
  {
    principal: {
      personId: 'le-duc-viet',
      unitId: 'so-noi-vu',
      position: 'staff',
      roles: ['home_affairs'],
      jurisdictionUnitId: 'ubnd-tp',
      name: 'Lê Đức Việt',
    },
  },
  {
    principal: { personId: 'quan-tri', unitId: 'ubnd-tp', roles: ['admin'], name: 'Quản trị hệ thống' },
  },
];

export const DEMO_TOKEN_TTL_SECONDS = 8 * 3600;
