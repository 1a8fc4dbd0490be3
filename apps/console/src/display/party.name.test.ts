import { describe, expect, it } from 'vitest';
import { partyName } from './party.name';

describe('party names', () => {
  it('names the person with the unit as on the day', () => {
    expect(partyName({ unitId: 'so-xay-dung', unitName: 'Sở Xây dựng', personId: 'le-van-cuong', personName: 'Lê Văn Cường' })).toBe(
      'Lê Văn Cường (Sở Xây dựng)',
    );
  });

  it('names the unit alone when no person holds it', () => {
    expect(partyName({ unitId: 'so-tnmt', unitName: 'Sở Tài nguyên và Môi trường', personId: null, personName: null })).toBe(
      'Sở Tài nguyên và Môi trường',
    );
  });

  it('falls back to the codes rather than showing nothing', () => {
    expect(partyName({ unitId: 'so-moi', unitName: null, personId: 'ai-do', personName: null })).toBe('ai-do (so-moi)');
    expect(partyName({ unitId: null, unitName: null })).toBe('—');
  });
});
