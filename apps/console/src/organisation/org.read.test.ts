import { describe, expect, it } from 'vitest';
import { leadershipOf, personOf, unitTreeOf, unitsIn } from './org.read';

const tree = [
  {
    unitId: 'ubnd-tp',
    name: 'UBND thành phố',
    kind: 'peoples_committee',
    children: [
      { unitId: 'so-tai-chinh', name: 'Sở Tài chính', kind: 'department', children: [] },
      {
        unitId: 'so-xay-dung',
        name: 'Sở Xây dựng',
        kind: 'department',
        children: [{ unitId: 'phong-a', name: 'Phòng A', kind: 'office' }],
      },
    ],
  },
];

describe('the unit tree read from GET /org/units', () => {
  it('keeps ids, names, kinds and children in the order the API gives them', () => {
    const nodes = unitTreeOf(tree);
    expect(unitsIn(nodes).map((node) => [node.unitId, node.name, node.kind])).toEqual([
      ['ubnd-tp', 'UBND thành phố', 'peoples_committee'],
      ['so-tai-chinh', 'Sở Tài chính', 'department'],
      ['so-xay-dung', 'Sở Xây dựng', 'department'],
      ['phong-a', 'Phòng A', 'office'],
    ]);
    expect(nodes[0]?.children[1]?.children[0]?.children).toEqual([]);
  });

  it('leaves out entries without an id, and reads a missing list as empty', () => {
    expect(unitTreeOf([{ name: 'Không mã' }, 'x', null])).toEqual([]);
    expect(unitTreeOf(undefined)).toEqual([]);
  });
});

describe('leadership and persons', () => {
  it('reads the head, the acting head and the delegate; a missing one is null', () => {
    const leadership = leadershipOf({
      head: { id: 'a-1', unitId: 'so-xay-dung', personId: 'nguyen-thi-binh', from: '2024-10-01', to: null, ended: false, position: 'head' },
      actingHead: null,
      delegate: {
        id: 'uq-1',
        unitId: 'so-xay-dung',
        personId: 'dang-van-phuc',
        from: '2026-03-09',
        to: '2026-03-13',
        ended: false,
        kind: 'delegated',
      },
    });
    expect(leadership).toEqual({
      head: { id: 'a-1', unitId: 'so-xay-dung', personId: 'nguyen-thi-binh', from: '2024-10-01', to: null, role: 'head' },
      actingHead: null,
      delegate: { id: 'uq-1', unitId: 'so-xay-dung', personId: 'dang-van-phuc', from: '2026-03-09', to: '2026-03-13', role: 'delegated' },
    });
  });

  it('reads a person with appointments and delegations, skipping incomplete ones', () => {
    const person = personOf({
      personId: 'le-van-cuong',
      fullName: 'Lê Văn Cường',
      officialCode: 'DN-00005',
      appointments: [
        { id: 'a-5', unitId: 'so-xay-dung', personId: 'le-van-cuong', from: '2020-01-01', to: null, position: 'staff' },
        { id: 'x' },
      ],
      delegations: [],
    });
    expect(person).toEqual({
      personId: 'le-van-cuong',
      fullName: 'Lê Văn Cường',
      officialCode: 'DN-00005',
      appointments: [{ id: 'a-5', unitId: 'so-xay-dung', personId: 'le-van-cuong', from: '2020-01-01', to: null, role: 'staff' }],
      delegations: [],
    });
  });
});
