import { describe, expect, it } from 'vitest';
import { partyName } from './party-name';

describe('a party of a finding', () => {
  it('reads as the person and their unit, by name', () => {
    expect(partyName({ personName: 'Lê Văn Cường', personId: 'le-van-cuong', unitName: 'Sở Xây dựng', unitId: 'so-xay-dung' })).toBe(
      'Lê Văn Cường (Sở Xây dựng)',
    );
  });

  it('falls back to codes only where the name is missing, and to the unit alone when no person is known', () => {
    expect(partyName({ personName: null, personId: 'le-van-cuong', unitName: null, unitId: 'so-xay-dung' })).toBe(
      'le-van-cuong (so-xay-dung)',
    );
    expect(partyName({ personName: null, personId: null, unitName: 'Sở Xây dựng', unitId: 'so-xay-dung' })).toBe('Sở Xây dựng');
  });
});
