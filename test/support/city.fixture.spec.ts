import { describe, expect, it } from '@jest/globals';
import { city } from './city.fixture';

describe('the city of the e2e stories', () => {
  it('is the story kit cast with the roles the tokens carry: ids, units, positions and names as the demo organisation records them', () => {
    expect(city).toEqual({
      chairman: { personId: 'tran-van-an', unitId: 'ubnd-tp', position: 'head', roles: ['office_chief'], name: 'Trần Văn An' },
      binh: { personId: 'nguyen-thi-binh', unitId: 'so-xay-dung', position: 'head', roles: ['unit_head'], name: 'Nguyễn Thị Bình' },
      cuong: { personId: 'le-van-cuong', unitId: 'so-xay-dung', position: 'staff', roles: ['officer'], name: 'Lê Văn Cường' },
      dung: { personId: 'pham-minh-dung', unitId: 'so-tnmt', position: 'head', roles: ['unit_head'], name: 'Phạm Minh Dũng' },
      en: { personId: 'vo-thi-en', unitId: 'so-tnmt', position: 'staff', roles: ['officer'], name: 'Võ Thị Én' },
      giang: {
        personId: 'hoang-van-giang',
        unitId: 'ubnd-quan-hai-chau',
        position: 'head',
        roles: ['office_chief'],
        name: 'Hoàng Văn Giang',
      },
      qldtHead: { personId: 'do-thi-hoa', unitId: 'phong-quan-ly-do-thi', position: 'head', roles: ['unit_head'], name: 'Đỗ Thị Hoa' },
      qldtStaff: {
        personId: 'nguyen-quang-khoi',
        unitId: 'phong-quan-ly-do-thi',
        position: 'staff',
        roles: ['officer'],
        name: 'Nguyễn Quang Khôi',
      },
      tckhHead: {
        personId: 'bui-van-khanh',
        unitId: 'phong-tai-chinh-ke-hoach',
        position: 'head',
        roles: ['unit_head'],
        name: 'Bùi Văn Khánh',
      },
      tnmtHead: { personId: 'ngo-thi-lan', unitId: 'phong-tnmt-hai-chau', position: 'head', roles: ['unit_head'], name: 'Ngô Thị Lan' },
      clerk: { personId: 'phan-thi-mai', unitId: 'so-xay-dung', position: 'clerk', roles: ['clerk'], name: 'Phan Thị Mai' },
      inspector: {
        personId: 'vu-thu-ha',
        unitId: 'thanh-tra-tp',
        position: 'staff',
        roles: ['inspector'],
        jurisdictionUnitId: 'ubnd-tp',
        name: 'Vũ Thu Hà',
      },
    });
  });
});
