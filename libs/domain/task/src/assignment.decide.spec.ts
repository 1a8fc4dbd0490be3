import { describe, expect, it } from '@jest/globals';
import type { CommandContext } from '@lib/domain/core';
import { DeciderSpecification } from '@lib/domain/core/testing';
import { OccurredBeforeAssignmentError, OccurredBeforeCurrentCustodyError } from './entry.errors';
import { DeadlineBeforeAssignmentError } from './task.errors';
import type {
  AssignTask,
  CancelTask,
  DelegateTask,
  ExtendDeadline,
  ReassignTask,
  ReceiveTask,
  RecordDeadlineLapse,
  ReopenTask,
  TransferTask,
} from './task.commands';
import { taskDecider } from './task.decider';
import {
  AlreadyHeldByPersonError,
  DeadlineNotLaterError,
  DelegateOutsideHoldingUnitError,
  NotAssigningAuthorityError,
  NotHoldingUnitLeaderError,
  NotMemberOfUnitError,
  RequiredTextMissingError,
  TaskAlreadyAssignedError,
  TaskAlreadyReceivedError,
  TaskAwaitingReassignmentError,
  TaskClosedError,
  TaskKindMismatchError,
  TaskNotClosedError,
  TaskNotFoundError,
} from './task.errors';
import type { TaskState } from './task-state';
import {
  ctx,
  dangVanPhuc,
  day,
  doThiHoa,
  heldByCuong,
  hoangVanGiang,
  leVanCuong,
  nguyenThiBinh,
  phanThiMai,
  recorded,
  t1Assigned,
  t1Cancelled,
  t1Completed,
  t1Deadline,
  t3Assigned,
  t3ReturnedToDistrict,
  tranVanAn,
  unit,
  voThiEn,
  assignT1,
} from './testing/city.fixture';

const spec = DeciderSpecification.for(taskDecider);

const receive = (context: CommandContext): ReceiveTask => ({ type: 'ReceiveTask', data: {}, context });
const delegate = (context: CommandContext, personId: string, unitId: string): DelegateTask => ({
  type: 'DelegateTask',
  data: { person: { personId, unitId } },
  context,
});
const extend = (context: CommandContext, dueAt: string | null, reason = 'Chờ kết quả đo đạc bổ sung'): ExtendDeadline => ({
  type: 'ExtendDeadline',
  data: { deadline: { dueAt }, reason },
  context,
});
const cancel = (context: CommandContext): CancelTask => ({
  type: 'CancelTask',
  data: { reason: 'Nội dung đã được xử lý tại văn bản khác' },
  context,
});
const reopen = (context: CommandContext): ReopenTask => ({
  type: 'ReopenTask',
  data: { reason: 'Báo cáo chưa đủ số liệu từng phường' },
  context,
});

function expectOpen(state: TaskState) {
  if (state.status !== 'open') throw new Error(`expected an open task, got ${state.status}`);
  return state;
}

describe('an open task held by Sở Xây dựng', () => {
  const given = spec.given([t1Assigned]);

  it('cannot be assigned again while the lead holds it', () => {
    given.when(assignT1(ctx(tranVanAn, day(1)))).thenThrows(TaskAlreadyAssignedError);
  });

  it('is received (registered) by the clerk of Sở Xây dựng', () => {
    given.when(receive(ctx(phanThiMai, day(0, '10:00')))).then([{ type: 'TaskReceived', data: { unitId: unit.soXayDung } }]);
    given.when(receive(ctx(phanThiMai, day(0, '10:00')))).thenState((state) => {
      expect(expectOpen(state).custody.receivedAt).toBe(day(0, '10:00'));
    });
  });

  it('rejects a receipt recorded by another unit', () => {
    given.when(receive(ctx(voThiEn, day(0, '10:00')))).thenThrows(NotMemberOfUnitError);
  });

  it('rejects a second receipt', () => {
    const received = recorded('evt-t1-received', { type: 'TaskReceived', data: { unitId: unit.soXayDung } }, day(0, '10:00'), phanThiMai);
    spec
      .given([t1Assigned, received])
      .when(receive(ctx(phanThiMai, day(1))))
      .thenThrows(TaskAlreadyReceivedError);
  });

  it('is delegated by its head Nguyễn Thị Bình to Lê Văn Cường', () => {
    const command = delegate(ctx(nguyenThiBinh, day(0, '14:00')), leVanCuong.personId, unit.soXayDung);
    given.when(command).then([t1DelegatedEvent()]);
    given.when(command).thenState((state) => {
      const open = expectOpen(state);
      expect(open.custody.holder).toEqual({ unitId: unit.soXayDung, personId: leVanCuong.personId });
      expect(open.lead.responsiblePersonId).toBe(leVanCuong.personId);
    });
  });

  it('is delegated by someone acting for Sở Xây dựng', () => {
    given.when(delegate(ctx(dangVanPhuc, day(0, '14:00')), leVanCuong.personId, unit.soXayDung)).then([t1DelegatedEvent()]);
  });

  it('rejects a delegation by a staff member', () => {
    given.when(delegate(ctx(leVanCuong, day(0, '14:00')), leVanCuong.personId, unit.soXayDung)).thenThrows(NotHoldingUnitLeaderError);
  });

  it('rejects a delegation to a person of another unit', () => {
    given.when(delegate(ctx(nguyenThiBinh, day(0, '14:00')), voThiEn.personId, unit.soTnmt)).thenThrows(DelegateOutsideHoldingUnitError);
  });

  it('rejects an occurrence before the assignment', () => {
    given
      .when(delegate(ctx(nguyenThiBinh, '2026-02-27T09:00:00+07:00', { now: day(0) }), leVanCuong.personId, unit.soXayDung))
      .thenThrows(OccurredBeforeAssignmentError);
  });

  it('has its deadline extended by the assigning authority', () => {
    given.when(extend(ctx(tranVanAn, day(8)), '2026-03-20T23:59:59+07:00')).then([
      {
        type: 'DeadlineExtended',
        data: {
          previousDeadline: t1Deadline,
          deadline: { dueAt: '2026-03-20T23:59:59+07:00' },
          approvedBy: { personId: tranVanAn.personId, unitId: unit.ubndTp },
          reason: 'Chờ kết quả đo đạc bổ sung',
        },
      },
    ]);
  });

  it('rejects an extension by the lead unit', () => {
    given.when(extend(ctx(nguyenThiBinh, day(8)), '2026-03-20T23:59:59+07:00')).thenThrows(NotAssigningAuthorityError);
  });

  it('rejects a "new" deadline that is not later, or none at all', () => {
    given.when(extend(ctx(tranVanAn, day(8)), '2026-03-13T23:59:59+07:00')).thenThrows(DeadlineNotLaterError);
    given.when(extend(ctx(tranVanAn, day(8)), null)).thenThrows(DeadlineNotLaterError);
  });

  it('rejects an extension without a reason', () => {
    given.when(extend(ctx(tranVanAn, day(8)), '2026-03-20T23:59:59+07:00', '')).thenThrows(RequiredTextMissingError);
  });

  it('is cancelled by the assigning authority', () => {
    given
      .when(cancel(ctx(tranVanAn, day(4))))
      .then([{ type: 'TaskCancelled', data: { reason: 'Nội dung đã được xử lý tại văn bản khác' } }]);
  });

  it('rejects a cancellation by the lead unit', () => {
    given.when(cancel(ctx(nguyenThiBinh, day(4)))).thenThrows(NotAssigningAuthorityError);
  });

  it('cannot be reopened while open', () => {
    given.when(reopen(ctx(tranVanAn, day(4)))).thenThrows(TaskNotClosedError);
  });
});

describe('a task held by Lê Văn Cường', () => {
  const given = spec.given(heldByCuong);

  it('rejects delegating it to him again', () => {
    given.when(delegate(ctx(nguyenThiBinh, day(1)), leVanCuong.personId, unit.soXayDung)).thenThrows(AlreadyHeldByPersonError);
  });

  it('rejects a hand-off dated before he received it', () => {
    given
      .when(delegate(ctx(nguyenThiBinh, day(0, '11:00')), 'tran-thi-quynh', unit.soXayDung))
      .thenThrows(OccurredBeforeCurrentCustodyError);
  });
});

describe('a task completed by Sở Xây dựng', () => {
  const given = spec.given([...heldByCuong, t1Completed]);

  it('is reopened by the assigning authority and goes back to Lê Văn Cường', () => {
    given.when(reopen(ctx(tranVanAn, day(13)))).then([{ type: 'TaskReopened', data: { reason: 'Báo cáo chưa đủ số liệu từng phường' } }]);
    given.when(reopen(ctx(tranVanAn, day(13)))).thenState((state) => {
      const open = expectOpen(state);
      expect(open.custody.holder).toEqual({ unitId: unit.soXayDung, personId: leVanCuong.personId });
    });
  });

  it('rejects a reopening by the lead unit', () => {
    given.when(reopen(ctx(nguyenThiBinh, day(13)))).thenThrows(NotAssigningAuthorityError);
  });

  it('accepts nothing but reopening', () => {
    given.when(cancel(ctx(tranVanAn, day(13)))).thenThrows(TaskClosedError);
    given.when(extend(ctx(tranVanAn, day(13)), '2026-03-31T23:59:59+07:00')).thenThrows(TaskClosedError);
    given.when(delegate(ctx(nguyenThiBinh, day(13)), 'tran-thi-quynh', unit.soXayDung)).thenThrows(TaskClosedError);
    given.when(receive(ctx(phanThiMai, day(13)))).thenThrows(TaskClosedError);
    given.when(assignT1(ctx(tranVanAn, day(13)))).thenThrows(TaskClosedError);
  });
});

describe('a task cancelled by UBND TP', () => {
  it('is reopened by the assigning authority', () => {
    spec
      .given([t1Assigned, t1Cancelled])
      .when(reopen(ctx(tranVanAn, day(5))))
      .thenState((state) => {
        expect(state.status).toBe('open');
        expect(expectOpen(state).custody.holder).toEqual({ unitId: unit.soXayDung });
      });
  });
});

describe('a task returned to UBND quận Hải Châu', () => {
  const given = spec.given([t3Assigned, t3ReturnedToDistrict]);
  const reassign = (context: CommandContext, data: Partial<AssignTask['data']> = {}): AssignTask => ({
    type: 'AssignTask',
    data: { ...t3Assigned.data, leadUnitId: unit.phongTnmt, ...data },
    context,
  });

  it('is reassigned by the district to Phòng TN&MT', () => {
    given.when(reassign(ctx(hoangVanGiang, day(0, '16:00')))).then([
      {
        type: 'TaskAssigned',
        data: { ...t3Assigned.data, leadUnitId: unit.phongTnmt, reassignment: true, previousLeadUnitId: unit.phongQldt },
      },
    ]);
  });

  it('rejects a reassignment by the unit that returned it', () => {
    given.when(reassign(ctx(doThiHoa, day(0, '16:00')))).thenThrows(NotAssigningAuthorityError);
  });

  it('rejects a reassignment that changes the kind of task', () => {
    given.when(reassign(ctx(hoangVanGiang, day(0, '16:00')), { kind: 'dossier' })).thenThrows(TaskKindMismatchError);
  });

  it('rejects acts of a holder while it waits for reassignment', () => {
    const transfer: TransferTask = {
      type: 'TransferTask',
      data: { to: { unitId: unit.phongTnmt }, reason: 'Thuộc lĩnh vực đất đai' },
      context: ctx(hoangVanGiang, day(1)),
    };
    given.when(transfer).thenThrows(TaskAwaitingReassignmentError);
    given.when(receive(ctx(hoangVanGiang, day(1)))).thenThrows(TaskAwaitingReassignmentError);
    given.when(delegate(ctx(hoangVanGiang, day(1)), 'nguyen-van-son', unit.ubndHaiChau)).thenThrows(TaskAwaitingReassignmentError);
  });
});

function t1DelegatedEvent() {
  return {
    type: 'TaskDelegated' as const,
    data: { unitId: unit.soXayDung, personId: leVanCuong.personId, previousPersonId: null },
  };
}

describe('a deadline earlier than the assignment', () => {
  it('is refused, whether given as an instant or resolved from a date, and nothing is recorded', () => {
    const before = assignT1(ctx(tranVanAn, day(0)), {
      deadline: { dueAt: '2026-03-01T16:59:59.999Z', computation: { basis: 'date', given: '2026-03-01' } },
    });
    spec.given([]).when(before).thenThrows(DeadlineBeforeAssignmentError);
  });

  it('keeps an urgency due at once (the deadline is the assignment instant itself)', () => {
    const context = ctx(tranVanAn, day(0));
    const dueAt = new Date(context.occurredAt).toISOString();
    const urgent = assignT1(context, { deadline: { dueAt, computation: { basis: 'urgency', urgency: 'hoa_toc' } } });
    spec
      .given([])
      .when(urgent)
      .thenState((state) => expect(state.status === 'open' && state.deadline.dueAt).toBe(dueAt));
  });
});

describe('a returned task, reassigned by its own command (what it does not name stays as assigned)', () => {
  const given = spec.given([t3Assigned, t3ReturnedToDistrict]);
  const reassign = (context: CommandContext, data: Partial<ReassignTask['data']> = {}): ReassignTask => ({
    type: 'ReassignTask',
    data: { leadUnitId: unit.phongTnmt, ...data },
    context,
  });
  const kept = {
    ...t3Assigned.data,
    coordinatingUnitIds: t3Assigned.data.coordinatingUnitIds.filter((unitId) => unitId !== unit.phongTnmt),
  };

  it('is given by the district to Phòng TN&MT, keeping title, source and deadline', () => {
    given
      .when(reassign(ctx(hoangVanGiang, day(0, '16:00'))))
      .then([
        { type: 'TaskAssigned', data: { ...kept, leadUnitId: unit.phongTnmt, reassignment: true, previousLeadUnitId: unit.phongQldt } },
      ]);
  });

  it('takes a new deadline when one is named', () => {
    const deadline = { dueAt: '2026-04-30T16:59:59.999Z' };
    given.when(reassign(ctx(hoangVanGiang, day(0, '16:00')), { deadline })).then([
      {
        type: 'TaskAssigned',
        data: { ...kept, leadUnitId: unit.phongTnmt, deadline, reassignment: true, previousLeadUnitId: unit.phongQldt },
      },
    ]);
  });

  it('rejects a reassignment by the unit that returned it', () => {
    given.when(reassign(ctx(doThiHoa, day(0, '16:00')))).thenThrows(NotAssigningAuthorityError);
  });

  it('rejects a reassignment of a task never assigned', () => {
    spec
      .given([])
      .when(reassign(ctx(hoangVanGiang, day(0, '16:00'))))
      .thenThrows(TaskNotFoundError);
  });

  it('rejects a reassignment while the unit still holds the task', () => {
    spec
      .given([t3Assigned])
      .when(reassign(ctx(hoangVanGiang, day(0, '16:00'))))
      .thenThrows(TaskAlreadyAssignedError);
  });
});

describe('a deadline lapse, recorded by the watcher (no person acts)', () => {
  const watcher = { personId: 'system:deadline-watcher', unitId: 'system', roles: [] };
  const lapse = (at: string): RecordDeadlineLapse => ({
    type: 'RecordDeadlineLapse',
    data: { lapseAt: at, ruleCodes: ['OVERDUE_HOLD'] },
    context: { actor: watcher, occurredAt: at, now: at },
  });

  it('is written as judged, on the task it concerns, and changes nothing in the task', () => {
    const at = day(12);
    spec
      .given([t1Assigned])
      .when(lapse(at))
      .then([{ type: 'DeadlineLapsed', data: { taskId: t1Assigned.data.taskId, lapseAt: at, ruleCodes: ['OVERDUE_HOLD'] } }]);
  });

  it('is refused on a task never assigned', () => {
    spec
      .given([])
      .when(lapse(day(12)))
      .thenThrows(TaskNotFoundError);
  });
});
