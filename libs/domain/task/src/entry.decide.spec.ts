import { describe, expect, it } from '@jest/globals';
import type { CommandContext } from '@lib/domain/core';
import { DeciderSpecification } from '@lib/domain/core/testing';
import {
  EntryAlreadyVoidedError,
  EntryNotVoidableError,
  FieldNotCorrectableError,
  NotAuthorizedToAmendError,
  UnknownEntryError,
  VoidNotLatestChangeError,
} from './entry.errors';
import type { CorrectEntry, VoidEntry } from './task.commands';
import { taskDecider } from './task.decider';
import { RequiredTextMissingError } from './task.errors';
import type { TaskState } from './task-state';
import {
  ctx,
  day,
  heldByCuong,
  inspectorHa,
  leVanCuong,
  nguyenThiBinh,
  phanThiMai,
  recorded,
  t1Assigned,
  t1Completed,
  t1TransferredToTnmt,
  tranVanAn,
  unit,
  voThiEn,
} from './testing/city.fixture';

const spec = DeciderSpecification.for(taskDecider);
const cuong = { unitId: unit.soXayDung, personId: leVanCuong.personId };
const reason = 'Nhập nhầm phiếu chuyển của nhiệm vụ khác';

const voidIt = (context: CommandContext, originalEventId: string, why = reason): VoidEntry => ({
  type: 'VoidEntry',
  data: { originalEventId, reason: why },
  context,
});
const correct = (context: CommandContext, originalEventId: string, fields: Record<string, unknown>): CorrectEntry => ({
  type: 'CorrectEntry',
  data: { originalEventId, reason: 'Ghi sai nội dung', fields },
  context,
});

const inspectorNote = recorded('evt-note', { type: 'TaskCommented', data: { content: 'Đã kiểm tra hồ sơ' } }, day(2, '10:00'), inspectorHa);

function assigned(state: TaskState) {
  if (state.status === 'initial') throw new Error('expected an assigned task');
  return state;
}

describe('an open task transferred to Sở TN&MT by mistake', () => {
  const given = spec.given([...heldByCuong, t1TransferredToTnmt, inspectorNote]);

  it('has the transfer voided by Cường, and custody goes back to him; the trail keeps both', () => {
    given
      .when(voidIt(ctx(leVanCuong, day(2, '11:00')), 'evt-t1-transferred'))
      .then([{ type: 'EntryVoided', data: { originalEventId: 'evt-t1-transferred', originalType: 'TaskTransferred', reason } }]);
    given.when(voidIt(ctx(leVanCuong, day(2, '11:00')), 'evt-t1-transferred')).thenState((state) => {
      const task = assigned(state);
      expect(task.custody.holder).toEqual(cuong);
      expect(task.custody.senders).toEqual([]);
      expect(task.entries['evt-t1-transferred']?.voided).toBe(true);
      expect(task.entries['evt-note']?.voided).toBe(false);
      expect(task.latestChange?.eventId).toBe('evt-t1-delegated');
    });
  });

  it("accepts the voiding from the head of Cường's unit or from the assigning authority", () => {
    given
      .when(voidIt(ctx(nguyenThiBinh, day(2, '11:00')), 'evt-t1-transferred'))
      .then([{ type: 'EntryVoided', data: { originalEventId: 'evt-t1-transferred', originalType: 'TaskTransferred', reason } }]);
    given
      .when(voidIt(ctx(tranVanAn, day(2, '11:00')), 'evt-t1-transferred'))
      .then([{ type: 'EntryVoided', data: { originalEventId: 'evt-t1-transferred', originalType: 'TaskTransferred', reason } }]);
  });

  it('rejects voiding an earlier change before the later one', () => {
    given
      .when(voidIt(ctx(nguyenThiBinh, day(2, '11:00')), 'evt-t1-delegated'))
      .thenThrows(VoidNotLatestChangeError, (error) =>
        expect(error.context).toEqual({ originalEventId: 'evt-t1-delegated', latestChangeEventId: 'evt-t1-transferred' }),
      );
  });

  it('voids a note at any time', () => {
    given
      .when(voidIt(ctx(inspectorHa, day(2, '11:00')), 'evt-note', 'Ghi nhầm nhiệm vụ'))
      .then([{ type: 'EntryVoided', data: { originalEventId: 'evt-note', originalType: 'TaskCommented', reason: 'Ghi nhầm nhiệm vụ' } }]);
  });

  it('never voids the assignment that created the task', () => {
    given.when(voidIt(ctx(tranVanAn, day(2, '11:00')), 'evt-t1-assigned')).thenThrows(EntryNotVoidableError);
  });

  it('rejects an unknown entry', () => {
    given.when(voidIt(ctx(leVanCuong, day(2, '11:00')), 'evt-unknown')).thenThrows(UnknownEntryError);
  });

  it('rejects amendments by someone unrelated to the entry', () => {
    given.when(voidIt(ctx(voThiEn, day(2, '11:00')), 'evt-t1-transferred')).thenThrows(NotAuthorizedToAmendError);
    given.when(correct(ctx(voThiEn, day(2, '11:00')), 'evt-t1-transferred', { reason: 'Khác' })).thenThrows(NotAuthorizedToAmendError);
  });

  it('rejects a voiding without a reason', () => {
    given.when(voidIt(ctx(leVanCuong, day(2, '11:00')), 'evt-t1-transferred', '')).thenThrows(RequiredTextMissingError);
  });

  it('has the transfer reason corrected', () => {
    given.when(correct(ctx(leVanCuong, day(2, '11:00')), 'evt-t1-transferred', { reason: 'Liên quan đất công' })).then([
      {
        type: 'EntryCorrected',
        data: {
          originalEventId: 'evt-t1-transferred',
          originalType: 'TaskTransferred',
          reason: 'Ghi sai nội dung',
          fields: { reason: 'Liên quan đất công' },
        },
      },
    ]);
  });

  it('rejects correcting who received it: that needs voiding and recording again', () => {
    given
      .when(correct(ctx(leVanCuong, day(2, '11:00')), 'evt-t1-transferred', { to: { unitId: unit.phongQldt } }))
      .thenThrows(FieldNotCorrectableError, (error) =>
        expect(error.context).toEqual({ correctedField: 'to', originalType: 'TaskTransferred' }),
      );
  });

  it('rejects a correction with no field, or with an empty text', () => {
    given.when(correct(ctx(leVanCuong, day(2, '11:00')), 'evt-t1-transferred', {})).thenThrows(RequiredTextMissingError);
    given.when(correct(ctx(leVanCuong, day(2, '11:00')), 'evt-t1-transferred', { reason: ' ' })).thenThrows(RequiredTextMissingError);
  });
});

describe('an open task whose mistaken transfer was voided', () => {
  const transferVoided = recorded(
    'evt-void-transfer',
    { type: 'EntryVoided', data: { originalEventId: 'evt-t1-transferred', originalType: 'TaskTransferred', reason } },
    day(2, '11:00'),
    leVanCuong,
  );
  const given = spec.given([...heldByCuong, t1TransferredToTnmt, transferVoided]);

  it('rejects voiding or correcting it again', () => {
    given.when(voidIt(ctx(leVanCuong, day(2, '12:00')), 'evt-t1-transferred')).thenThrows(EntryAlreadyVoidedError);
    given.when(correct(ctx(leVanCuong, day(2, '12:00')), 'evt-t1-transferred', { reason: 'Khác' })).thenThrows(EntryAlreadyVoidedError);
  });

  it('rejects amending the compensating entry itself', () => {
    given.when(voidIt(ctx(leVanCuong, day(2, '12:00')), 'evt-void-transfer')).thenThrows(UnknownEntryError);
  });

  it('now lets the delegation, the latest remaining change, be voided', () => {
    given.when(voidIt(ctx(nguyenThiBinh, day(2, '12:00')), 'evt-t1-delegated', 'Phân công nhầm người')).thenState((state) => {
      expect(assigned(state).custody.holder).toEqual({ unitId: unit.soXayDung });
      expect(assigned(state).lead.responsiblePersonId).toBeNull();
    });
  });
});

describe('an open task with a mistyped title', () => {
  it('has the title corrected by the chairman on the assignment entry', () => {
    spec
      .given([t1Assigned])
      .when(correct(ctx(tranVanAn, day(1)), 'evt-t1-assigned', { title: 'Rà soát công trình xây dựng không phép' }))
      .thenState((state) => {
        expect(assigned(state).title).toBe('Rà soát công trình xây dựng không phép');
        expect(assigned(state).entries['evt-t1-assigned']?.corrections).toBe(1);
      });
  });

  it('rejects correcting the lead unit of the assignment', () => {
    spec
      .given([t1Assigned])
      .when(correct(ctx(tranVanAn, day(1)), 'evt-t1-assigned', { leadUnitId: unit.soTnmt }))
      .thenThrows(FieldNotCorrectableError);
  });
});

describe('a task completed by Sở Xây dựng', () => {
  const given = spec.given([...heldByCuong, t1Completed]);

  it('has a completion recorded by mistake voided, and is open again with Cường', () => {
    given
      .when(voidIt(ctx(phanThiMai, day(12, '10:00'), { onBehalfOf: leVanCuong }), 'evt-t1-completed', 'Báo cáo chưa được ký'))
      .thenState((state) => {
        expect(state.status).toBe('open');
        expect(assigned(state).custody.holder).toEqual(cuong);
      });
  });

  it('has the completion result corrected', () => {
    given.when(correct(ctx(leVanCuong, day(13)), 'evt-t1-completed', { result: 'Đã rà soát 43 công trình' })).then([
      {
        type: 'EntryCorrected',
        data: {
          originalEventId: 'evt-t1-completed',
          originalType: 'TaskCompleted',
          reason: 'Ghi sai nội dung',
          fields: { result: 'Đã rà soát 43 công trình' },
        },
      },
    ]);
  });

  it('rejects voiding anything earlier than the completion', () => {
    given.when(voidIt(ctx(nguyenThiBinh, day(13)), 'evt-t1-delegated')).thenThrows(VoidNotLatestChangeError);
  });
});
