import { describe, expect, it } from 'vitest';
import { ACTION_SPECS, actionBodyOf, assignmentBodyOf, consultationOptionsOf } from './action-forms';

const context = { holderUnitId: 'so-xay-dung', actingUnitId: 'so-xay-dung' };

describe('the recording forms, as command bodies', () => {
  it('sends a transfer to the chosen unit with its reason, the time it happened in Viet Nam time', () => {
    const body = actionBodyOf(
      'transfer',
      { toUnitId: 'so-tnmt', reason: '  Thuộc lĩnh vực đất đai ', occurredAt: '2026-03-04T09:30' },
      context,
    );
    expect(body).toEqual({ to: { unitId: 'so-tnmt' }, reason: 'Thuộc lĩnh vực đất đai', occurredAt: '2026-03-04T09:30:00+07:00' });
  });

  it('leaves an empty reason empty, for the API to refuse on the field', () => {
    expect(actionBodyOf('transfer', { toUnitId: 'so-tnmt', reason: '   ' }, context)).toEqual({ to: { unitId: 'so-tnmt' }, reason: '' });
  });

  it("records a clerk's entry for the named official", () => {
    const body = actionBodyOf('receive', { onBehalfOfPersonId: 'nguyen-thi-binh', onBehalfOfUnitId: 'so-xay-dung' }, context);
    expect(body).toEqual({ onBehalfOf: { personId: 'nguyen-thi-binh', unitId: 'so-xay-dung' } });
  });

  it('returns with the reason code, the explanation only when written', () => {
    expect(actionBodyOf('return', { reasonCode: 'not_our_mandate', reason: '' }, context)).toEqual({ reasonCode: 'not_our_mandate' });
  });

  it('delegates to a person of the holding unit, and answers a consultation for the acting unit', () => {
    expect(actionBodyOf('delegate', { personId: 'le-van-cuong' }, context)).toEqual({
      person: { personId: 'le-van-cuong', unitId: 'so-xay-dung' },
    });
    expect(actionBodyOf('answer', { consultationId: 'c1', stance: 'agree' }, { ...context, actingUnitId: 'so-tnmt' })).toEqual({
      unitId: 'so-tnmt',
      stance: 'agree',
    });
  });

  it('extends to a date or by working days, and names the output document of a completion only when given', () => {
    expect(actionBodyOf('extend', { dueDate: '2026-04-30', reason: 'Chờ kiểm định' }, context)).toEqual({
      deadline: { dueAt: '2026-04-30' },
      reason: 'Chờ kiểm định',
    });
    expect(actionBodyOf('complete', { result: 'Đã xử lý' }, context)).toEqual({ result: 'Đã xử lý' });
    expect(actionBodyOf('complete', { result: 'Đã xử lý', outputNumber: '315/QĐ-SXD', outputDate: '2026-03-18' }, context)).toEqual({
      result: 'Đã xử lý',
      outputDocument: { number: '315/QĐ-SXD', date: '2026-03-18' },
    });
  });

  it('sends dossier slips with their times in Viet Nam time', () => {
    expect(actionBodyOf('appointment', { returnBy: '2026-03-20T16:30' }, context)).toEqual({ returnBy: '2026-03-20T16:30:00+07:00' });
    expect(actionBodyOf('apology', { reason: 'Chờ ý kiến', newReturnBy: '2026-03-27T16:30' }, context)).toEqual({
      reason: 'Chờ ý kiến',
      newReturnBy: '2026-03-27T16:30:00+07:00',
    });
  });
});

describe('the assignment, as the body of POST /tasks', () => {
  const values = {
    title: 'Rà soát công trình sai phép',
    kind: 'task',
    category: 'construction',
    sourceNumber: '2128/UBND-TH',
    sourceDate: '2026-03-02',
    leadUnitId: 'so-xay-dung',
    responsiblePersonId: 'le-van-cuong',
    dueDate: '2026-03-16',
  };

  it('names the signed-in person as the assigning authority, the responsible person in the lead unit', () => {
    expect(assignmentBodyOf(values, { personId: 'tran-van-an', unitId: 'ubnd-tp' })).toEqual({
      kind: 'task',
      title: 'Rà soát công trình sai phép',
      category: 'construction',
      source: { number: '2128/UBND-TH', date: '2026-03-02' },
      assigningAuthority: { personId: 'tran-van-an', unitId: 'ubnd-tp' },
      leadUnitId: 'so-xay-dung',
      coordinatingUnitIds: [],
      responsiblePerson: { personId: 'le-van-cuong', unitId: 'so-xay-dung' },
      deadline: { dueAt: '2026-03-16' },
    });
  });

  it("makes a clerk's named official the assigning authority", () => {
    const body = assignmentBodyOf(
      { ...values, onBehalfOfPersonId: 'tran-van-an', onBehalfOfUnitId: 'ubnd-tp' },
      { personId: 'van-thu', unitId: 'ubnd-tp' },
    );
    expect(body['assigningAuthority']).toEqual({ personId: 'tran-van-an', unitId: 'ubnd-tp' });
    expect(body['onBehalfOf']).toEqual({ personId: 'tran-van-an', unitId: 'ubnd-tp' });
  });
});

describe('the consultations a unit may answer', () => {
  const consultations = [
    { consultationId: 'c1', requestEventId: 'e1', unitIds: ['so-tnmt'] },
    { consultationId: 'c2', requestEventId: 'e2', unitIds: ['so-xay-dung'] },
  ];
  const entries = { e1: { occurredAt: '2026-03-04T02:30:00.000Z' }, e2: { occurredAt: '2026-03-05T03:00:00.000Z' } };

  it("are those asking the unit, named by when they were asked (Viet Nam time); a clerk's are all", () => {
    expect(consultationOptionsOf(consultations, entries, 'so-tnmt')).toEqual([{ value: 'c1', label: 'Xin ý kiến lúc 09:30 04/03/2026' }]);
    expect(consultationOptionsOf(consultations, entries, null).map((option) => option.value)).toEqual(['c1', 'c2']);
  });
});

describe("a clerk's 'Ghi thay cho'", () => {
  it('may be left empty only for a receipt and a comment, which the decider lets a clerk record in their own name', () => {
    const alone = Object.entries(ACTION_SPECS)
      .filter(([, spec]) => spec.clerkMayActAlone === true)
      .map(([action]) => action);
    expect(alone).toEqual(['receive', 'comment']);
  });
});
