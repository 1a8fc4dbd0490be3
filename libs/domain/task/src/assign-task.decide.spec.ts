import { describe, expect, it } from '@jest/globals';
import { InvalidInstantError, OccurredInFutureError, OnBehalfRequiresClerkError } from '@lib/domain/core';
import { DeciderSpecification } from '@lib/domain/core/testing';
import type { TransferTask } from './task.commands';
import { createTaskDecider, taskDecider } from './task.decider';
import {
  LeadAlsoCoordinatingError,
  LeadUnitRequiredError,
  NotAssigningAuthorityError,
  RequiredTextMissingError,
  ResponsibleOutsideLeadUnitError,
  TaskNotFoundError,
} from './task.errors';
import type { TaskState } from './task-state';
import { ctx, day, leVanCuong, lyThiNga, nguyenThiBinh, t1Assigned, tranVanAn, unit, voThiEn, assignT1 } from './testing/city.fixture';

const spec = DeciderSpecification.for(taskDecider);

const t1AssignedData = t1Assigned.data;

function expectOpen(state: TaskState) {
  if (state.status !== 'open') throw new Error(`expected an open task, got ${state.status}`);
  return state;
}

describe('a task not yet assigned', () => {
  it('is assigned by the chairman of UBND TP, with coordinating units listed once', () => {
    spec
      .given([])
      .when(assignT1(ctx(tranVanAn, day(0))))
      .then([{ type: 'TaskAssigned', data: t1AssignedData }]);
  });

  it('is assigned with a named responsible person, who then holds it', () => {
    spec
      .given([])
      .when(assignT1(ctx(tranVanAn, day(0)), { responsiblePerson: { personId: leVanCuong.personId, unitId: unit.soXayDung } }))
      .thenState((state) => {
        const open = expectOpen(state);
        expect(open.custody.holder).toEqual({ unitId: unit.soXayDung, personId: leVanCuong.personId });
        expect(open.lead).toEqual({ unitId: unit.soXayDung, coordinatingUnitIds: [unit.soTnmt], responsiblePersonId: leVanCuong.personId });
      });
  });

  it('may be recorded by the clerk of UBND TP on behalf of the chairman', () => {
    spec
      .given([])
      .when(assignT1(ctx(lyThiNga, day(0), { onBehalfOf: tranVanAn })))
      .then([{ type: 'TaskAssigned', data: t1AssignedData }]);
  });

  it('rejects recording on behalf of someone by an official who is not a clerk', () => {
    spec
      .given([])
      .when(assignT1(ctx(nguyenThiBinh, day(0), { onBehalfOf: tranVanAn })))
      .thenThrows(OnBehalfRequiresClerkError);
  });

  it('rejects an assignment by someone who is not the assigning authority', () => {
    spec
      .given([])
      .when(assignT1(ctx(leVanCuong, day(0))))
      .thenThrows(NotAssigningAuthorityError);
  });

  it('rejects a lead unit that is also listed as coordinating', () => {
    spec
      .given([])
      .when(assignT1(ctx(tranVanAn, day(0)), { coordinatingUnitIds: [unit.soTnmt, unit.soXayDung] }))
      .thenThrows(LeadAlsoCoordinatingError, (error) => expect(error.context).toEqual({ unitId: unit.soXayDung }));
  });

  it('rejects an assignment without a lead unit', () => {
    spec
      .given([])
      .when(assignT1(ctx(tranVanAn, day(0)), { leadUnitId: ' ' }))
      .thenThrows(LeadUnitRequiredError);
  });

  it('rejects a responsible person outside the lead unit', () => {
    spec
      .given([])
      .when(assignT1(ctx(tranVanAn, day(0)), { responsiblePerson: { personId: voThiEn.personId, unitId: unit.soTnmt } }))
      .thenThrows(ResponsibleOutsideLeadUnitError);
  });

  it('rejects an assignment without a title', () => {
    spec
      .given([])
      .when(assignT1(ctx(tranVanAn, day(0)), { title: '  ' }))
      .thenThrows(RequiredTextMissingError, (error) => expect(error.field).toBe('title'));
  });

  it('accepts an occurrence a little ahead of the clock, within the skew', () => {
    spec
      .given([])
      .when(assignT1(ctx(tranVanAn, '2026-03-02T09:04:00+07:00', { now: day(0) })))
      .then([{ type: 'TaskAssigned', data: t1AssignedData }]);
  });

  it('rejects an occurrence in the future beyond the clock skew', () => {
    spec
      .given([])
      .when(assignT1(ctx(tranVanAn, '2026-03-02T09:06:00+07:00', { now: day(0) })))
      .thenThrows(OccurredInFutureError);
  });

  it('uses the configured clock skew', () => {
    DeciderSpecification.for(createTaskDecider({ clockSkewMs: 0 }))
      .given([])
      .when(assignT1(ctx(tranVanAn, '2026-03-02T09:01:00+07:00', { now: day(0) })))
      .thenThrows(OccurredInFutureError);
  });

  it('rejects an occurrence that is not an ISO instant', () => {
    spec
      .given([])
      .when(assignT1(ctx(tranVanAn, '02/03/2026', { now: day(0) })))
      .thenThrows(InvalidInstantError, (error) => expect(error.field).toBe('occurredAt'));
  });

  it('rejects any other command: there is no task yet', () => {
    const transfer: TransferTask = {
      type: 'TransferTask',
      data: { to: { unitId: unit.soTnmt }, reason: 'Thuộc lĩnh vực đất đai' },
      context: ctx(leVanCuong, day(2)),
    };
    spec.given([]).when(transfer).thenThrows(TaskNotFoundError);
  });
});
