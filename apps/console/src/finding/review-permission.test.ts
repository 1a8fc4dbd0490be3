import { describe, expect, it } from 'vitest';
import { namedInFinding, reviewOffer } from './review-permission';

describe('who may review a finding', () => {
  const finding = {
    status: 'open' as const,
    detection: 'active' as const,
    responsible: [{ personId: 'le-van-cuong' }, { personId: null }],
    supervisory: [{ personId: 'nguyen-thi-binh' }],
  };
  const inspector = { personId: 'vu-thu-ha', roles: ['inspector'] };

  it('offers an inspector both decisions on an open finding', () => {
    expect(reviewOffer(inspector, finding)).toEqual({ decisions: ['confirm', 'dismiss'] });
    expect(reviewOffer(inspector, { ...finding, detection: 'held' })).toEqual({ decisions: ['confirm', 'dismiss'] });
  });

  it('offers nothing to someone without the inspector role, or to nobody signed in', () => {
    for (const roles of [['unit_head'], ['home_affairs'], ['office_chief'], ['admin'], []])
      expect(reviewOffer({ personId: 'tran-van-an', roles }, finding)).toEqual({ decisions: [], reason: 'not-inspector' });
    expect(reviewOffer(null, finding).decisions).toEqual([]);
  });

  it('offers nothing to an inspector the finding names, as responsible or as supervisory', () => {
    expect(reviewOffer({ personId: 'le-van-cuong', roles: ['inspector'] }, finding)).toEqual({ decisions: [], reason: 'named' });
    expect(reviewOffer({ personId: 'nguyen-thi-binh', roles: ['unit_head', 'inspector'] }, finding)).toEqual({
      decisions: [],
      reason: 'named',
    });
    expect(namedInFinding('vu-thu-ha', finding)).toBe(false);
  });

  it('offers only the other decision once reviewed, and nothing on a superseded finding', () => {
    expect(reviewOffer(inspector, { ...finding, status: 'confirmed' })).toEqual({ decisions: ['dismiss'] });
    expect(reviewOffer(inspector, { ...finding, status: 'dismissed' })).toEqual({ decisions: ['confirm'] });
    expect(reviewOffer(inspector, { ...finding, status: 'superseded', detection: 'superseded' })).toEqual({
      decisions: [],
      reason: 'superseded',
    });
    expect(reviewOffer(inspector, { ...finding, detection: 'superseded' }).decisions).toEqual([]);
  });
});
