import { describe, expect, it } from 'vitest';
import { personTotals } from './responsibility.totals';
import type { ResponsibilityTotal } from './task.api';

const total = (fields: Partial<ResponsibilityTotal>): ResponsibilityTotal => ({
  kind: 'individual',
  basisCode: 'HELD_AFTER_DEADLINE',
  unitId: 'so-xay-dung',
  unitName: 'Sở Xây dựng',
  personId: 'le-van-cuong',
  personName: 'Lê Văn Cường',
  workingDays: 0,
  lines: 1,
  ...fields,
});

describe('responsibility totals per person', () => {
  it('sums one person’s bases into one total per kind', () => {
    const sums = personTotals([total({ workingDays: 2 }), total({ basisCode: 'FINDING', workingDays: 1 })]);
    expect(sums).toEqual([
      { key: 'individual:so-xay-dung:le-van-cuong', kind: 'individual', party: 'Lê Văn Cường (Sở Xây dựng)', workingDays: 3, lines: 2 },
    ]);
  });

  it('keeps a supervisor’s total apart from the individual ones, after them', () => {
    const sums = personTotals([
      total({ kind: 'supervisory', personId: 'nguyen-thi-binh', personName: 'Nguyễn Thị Bình', workingDays: 2 }),
      total({ workingDays: 2 }),
      total({ personId: 'tran-thi-hanh', personName: 'Trần Thị Hạnh', workingDays: 5 }),
    ]);
    expect(sums.map((sum) => [sum.kind, sum.party, sum.workingDays])).toEqual([
      ['individual', 'Trần Thị Hạnh (Sở Xây dựng)', 5],
      ['individual', 'Lê Văn Cường (Sở Xây dựng)', 2],
      ['supervisory', 'Nguyễn Thị Bình (Sở Xây dựng)', 2],
    ]);
  });

  it('names the unit when no person could be named', () => {
    expect(personTotals([total({ personId: null, personName: null })])[0]?.party).toBe('Sở Xây dựng');
  });
});
