import { describe, expect, it } from '@jest/globals';
import { actsForUnit, effectiveOfficial, leadsUnit, type Actor, type CommandContext, type Official } from './command-context';
import { OnBehalfRequiresClerkError } from './domain-error';

const clerk: Actor = { personId: 'phan-thi-mai', unitId: 'so-xay-dung', position: 'clerk', roles: ['clerk'] };
const binh: Official = { personId: 'nguyen-thi-binh', unitId: 'so-xay-dung', position: 'head' };
const cuong: Actor = { personId: 'le-van-cuong', unitId: 'so-xay-dung', position: 'staff', roles: ['officer'] };
const at = '2026-03-02T09:00:00+07:00';
const context = (actor: Actor, onBehalfOf?: Official): CommandContext =>
  onBehalfOf === undefined ? { actor, occurredAt: at, now: at } : { actor, onBehalfOf, occurredAt: at, now: at };

describe('the effective official of a command', () => {
  it('is the actor when nobody is named', () => {
    expect(effectiveOfficial(context(cuong))).toBe(cuong);
  });

  it('is the named official when a clerk records on their behalf', () => {
    expect(effectiveOfficial(context(clerk, binh))).toBe(binh);
  });

  it('cannot be named by an actor who is not a clerk', () => {
    expect(() => effectiveOfficial(context(cuong, binh))).toThrow(OnBehalfRequiresClerkError);
    try {
      effectiveOfficial(context(cuong, binh));
    } catch (error) {
      expect(error).toMatchObject({
        code: 'ON_BEHALF_REQUIRES_CLERK',
        detail: 'Chỉ văn thư mới được ghi nhận thay cho người khác.',
        field: 'onBehalfOf',
        context: { actorPersonId: 'le-van-cuong', onBehalfOfPersonId: 'nguyen-thi-binh' },
        name: 'OnBehalfRequiresClerkError',
      });
    }
  });
});

describe('leading and acting for a unit', () => {
  it('is true for the head and deputy of the unit, and for whoever acts for it', () => {
    expect(leadsUnit(binh, 'so-xay-dung')).toBe(true);
    expect(leadsUnit({ ...binh, position: 'deputy' }, 'so-xay-dung')).toBe(true);
    expect(leadsUnit({ personId: 'dang-van-phuc', unitId: 'ubnd-tp', actingForUnitIds: ['so-xay-dung'] }, 'so-xay-dung')).toBe(true);
  });

  it('is false for staff, and for the head of another unit', () => {
    expect(leadsUnit(cuong, 'so-xay-dung')).toBe(false);
    expect(leadsUnit(binh, 'so-tnmt')).toBe(false);
  });

  it('counts any official of the unit as acting for it', () => {
    expect(actsForUnit(cuong, 'so-xay-dung')).toBe(true);
    expect(actsForUnit(cuong, 'so-tnmt')).toBe(false);
  });
});
