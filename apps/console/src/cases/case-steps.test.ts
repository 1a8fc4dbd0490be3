import { describe, expect, it } from 'vitest';
import { caseStepsFor } from './case-steps';

const homeAffairs = { personId: 'le-duc-viet', roles: ['home_affairs'] };
const handling = { limitDays: 90, maxDays: 150 };

describe('caseStepsFor', () => {
  it('offers Home Affairs the steps the state admits', () => {
    expect(caseStepsFor(homeAffairs, { personId: 'le-van-cuong', status: 'proposed', handling })).toEqual(['review', 'withdraw', 'extend']);
    expect(caseStepsFor(homeAffairs, { personId: 'le-van-cuong', status: 'under_review', handling })).toEqual([
      'decide',
      'withdraw',
      'extend',
    ]);
  });

  it('offers no extension once the period is at its ceiling, or when the case keeps none', () => {
    const full = { limitDays: 150, maxDays: 150 };
    expect(caseStepsFor(homeAffairs, { personId: 'le-van-cuong', status: 'proposed', handling: full })).toEqual(['review', 'withdraw']);
    expect(caseStepsFor(homeAffairs, { personId: 'le-van-cuong', status: 'under_review', handling: null })).toEqual(['decide', 'withdraw']);
  });

  it('offers nothing on a decided or withdrawn case', () => {
    expect(caseStepsFor(homeAffairs, { personId: 'le-van-cuong', status: 'decided', handling })).toEqual([]);
    expect(caseStepsFor(homeAffairs, { personId: 'le-van-cuong', status: 'withdrawn', handling })).toEqual([]);
  });

  it('offers nothing to the person concerned, to other roles, or before the session is known', () => {
    const cuong = { personId: 'le-van-cuong', roles: ['officer'] };
    expect(caseStepsFor(cuong, { personId: 'le-van-cuong', status: 'proposed', handling })).toEqual([]);
    expect(
      caseStepsFor({ personId: 'vu-thu-ha', roles: ['inspector'] }, { personId: 'le-van-cuong', status: 'proposed', handling }),
    ).toEqual([]);
    expect(caseStepsFor({ ...homeAffairs }, { personId: 'le-duc-viet', status: 'proposed', handling })).toEqual([]);
    expect(caseStepsFor(undefined, { personId: 'le-van-cuong', status: 'proposed', handling })).toEqual([]);
  });
});
