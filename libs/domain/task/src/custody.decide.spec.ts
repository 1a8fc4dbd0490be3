import { describe, expect, it } from '@jest/globals';
import { OnBehalfRequiresClerkError, type CommandContext } from '@lib/domain/core';
import { DeciderSpecification } from '@lib/domain/core/testing';
import { OccurredBeforeCurrentCustodyError } from './entry.errors';
import type { CommentOnTask, CompleteTask, ProposeReassignment, ReportDifficulty, ReturnTask, TransferTask } from './task.commands';
import { taskDecider } from './task.decider';
import {
  InvalidReturnReasonError,
  NotCurrentHolderError,
  RequiredTextMissingError,
  TaskClosedError,
  TransferToHoldingUnitError,
} from './task.errors';
import type { TaskState } from './task-state';
import {
  ctx,
  dangVanPhuc,
  day,
  doThiHoa,
  heldByCuong,
  hoangVanGiang,
  inspectorHa,
  leVanCuong,
  nguyenThiBinh,
  phamMinhDung,
  t1Assigned,
  t1Completed,
  t1ReturnedBySoTnmt,
  t1TransferredToTnmt,
  t3Assigned,
  tranVanAn,
  unit,
  voThiEn,
} from './testing/city.fixture';

const spec = DeciderSpecification.for(taskDecider);
const cuong = { unitId: unit.soXayDung, personId: leVanCuong.personId };

const transfer = (context: CommandContext, toUnitId: string, reason = 'Thuộc lĩnh vực đất đai'): TransferTask => ({
  type: 'TransferTask',
  data: { to: { unitId: toUnitId }, reason },
  context,
});
const returnIt = (context: CommandContext, reasonCode: string, reason?: string): ReturnTask => ({
  type: 'ReturnTask',
  data: reason === undefined ? { reasonCode } : { reasonCode, reason },
  context,
});
const comment = (context: CommandContext, content: string): CommentOnTask => ({ type: 'CommentOnTask', data: { content }, context });
const propose = (context: CommandContext, reason: string): ProposeReassignment => ({
  type: 'ProposeReassignment',
  data: { proposedUnitId: unit.soTnmt, reason },
  context,
});
const reportDifficulty = (context: CommandContext, content: string): ReportDifficulty => ({
  type: 'ReportDifficulty',
  data: { to: { unitId: unit.ubndTp, personId: tranVanAn.personId }, content },
  context,
});
const complete = (context: CommandContext, result: string): CompleteTask => ({
  type: 'CompleteTask',
  data: { result, outputDocument: { number: '512/SXD-TTr', date: '2026-03-18' } },
  context,
});

function custodyOf(state: TaskState) {
  if (state.status === 'initial') throw new Error('expected an assigned task');
  return state.custody;
}

describe('an open task held by Lê Văn Cường at Sở Xây dựng', () => {
  const given = spec.given(heldByCuong);

  it('is transferred by Cường to Sở TN&MT, which then holds it with Cường as sender', () => {
    given
      .when(transfer(ctx(leVanCuong, day(2)), unit.soTnmt))
      .then([{ type: 'TaskTransferred', data: { from: cuong, to: { unitId: unit.soTnmt }, reason: 'Thuộc lĩnh vực đất đai' } }]);
    given.when(transfer(ctx(leVanCuong, day(2)), unit.soTnmt)).thenState((state) => {
      expect(custodyOf(state)).toEqual({
        holder: { unitId: unit.soTnmt },
        heldSince: day(2),
        sinceEventId: 'decided-1',
        receivedAt: null,
        senders: [cuong],
        withAssigningAuthority: false,
      });
    });
  });

  it('is transferred by the head of the holding unit, or by someone acting for it', () => {
    given
      .when(transfer(ctx(nguyenThiBinh, day(2)), unit.soTnmt))
      .then([{ type: 'TaskTransferred', data: { from: cuong, to: { unitId: unit.soTnmt }, reason: 'Thuộc lĩnh vực đất đai' } }]);
    given
      .when(transfer(ctx(dangVanPhuc, day(2)), unit.soTnmt))
      .then([{ type: 'TaskTransferred', data: { from: cuong, to: { unitId: unit.soTnmt }, reason: 'Thuộc lĩnh vực đất đai' } }]);
  });

  it('rejects a transfer by someone who does not hold it', () => {
    given
      .when(transfer(ctx(voThiEn, day(2)), unit.soTnmt))
      .thenThrows(NotCurrentHolderError, (error) => expect(error.context).toEqual({ personId: voThiEn.personId, holder: cuong }));
  });

  it('rejects a transfer to the unit already holding it', () => {
    given.when(transfer(ctx(leVanCuong, day(2)), unit.soXayDung)).thenThrows(TransferToHoldingUnitError);
  });

  it('rejects a transfer without a reason', () => {
    given.when(transfer(ctx(leVanCuong, day(2)), unit.soTnmt, ' ')).thenThrows(RequiredTextMissingError);
  });

  it('rejects a transfer dated before Cường received it', () => {
    given.when(transfer(ctx(leVanCuong, day(0, '10:00')), unit.soTnmt)).thenThrows(OccurredBeforeCurrentCustodyError);
  });

  it('is returned by Sở Xây dựng to UBND TP, the assigning authority', () => {
    given.when(returnIt(ctx(nguyenThiBinh, day(1)), 'incomplete')).then([
      {
        type: 'TaskReturned',
        data: {
          from: cuong,
          to: { unitId: unit.ubndTp, personId: tranVanAn.personId },
          toAssigningAuthority: true,
          reasonCode: 'incomplete',
          reason: null,
        },
      },
    ]);
    given.when(returnIt(ctx(nguyenThiBinh, day(1)), 'incomplete')).thenState((state) => {
      expect(custodyOf(state).withAssigningAuthority).toBe(true);
      expect(custodyOf(state).holder).toEqual({ unitId: unit.ubndTp, personId: tranVanAn.personId });
    });
  });

  it('rejects a return reason code outside the list', () => {
    given.when(returnIt(ctx(leVanCuong, day(1)), 'too_busy')).thenThrows(InvalidReturnReasonError);
  });

  it('rejects a return for "other" reasons without an explanation', () => {
    given
      .when(returnIt(ctx(leVanCuong, day(1)), 'other'))
      .thenThrows(RequiredTextMissingError, (error) => expect(error.field).toBe('reason'));
  });

  it('rejects a return by someone who does not hold it', () => {
    given.when(returnIt(ctx(phamMinhDung, day(1)), 'not_our_mandate')).thenThrows(NotCurrentHolderError);
  });

  it('takes a comment from anyone, for example an inspector', () => {
    given
      .when(comment(ctx(inspectorHa, day(1)), 'Đề nghị báo cáo tiến độ trước ngày 10/3'))
      .then([{ type: 'TaskCommented', data: { content: 'Đề nghị báo cáo tiến độ trước ngày 10/3' } }]);
  });

  it('rejects a comment recorded on behalf of someone by an official who is not a clerk', () => {
    given.when(comment(ctx(inspectorHa, day(1), { onBehalfOf: nguyenThiBinh }), 'Ghi thay')).thenThrows(OnBehalfRequiresClerkError);
  });

  it('rejects an empty comment', () => {
    given.when(comment(ctx(inspectorHa, day(1)), '')).thenThrows(RequiredTextMissingError);
  });

  it('receives a reassignment proposal from its holder', () => {
    given.when(propose(ctx(nguyenThiBinh, day(1)), 'Đề nghị giao Sở TN&MT chủ trì vì liên quan đất đai')).then([
      {
        type: 'ReassignmentProposed',
        data: { from: cuong, proposedUnitId: unit.soTnmt, reason: 'Đề nghị giao Sở TN&MT chủ trì vì liên quan đất đai' },
      },
    ]);
  });

  it('rejects a reassignment proposal by a coordinating unit', () => {
    given.when(propose(ctx(phamMinhDung, day(1)), 'Đề nghị giao đơn vị khác')).thenThrows(NotCurrentHolderError);
  });

  it('receives a difficulty report from its holder, who keeps it', () => {
    given.when(reportDifficulty(ctx(leVanCuong, day(3)), 'Thiếu số liệu khảo sát hiện trạng')).then([
      {
        type: 'DifficultyReported',
        data: { from: cuong, to: { unitId: unit.ubndTp, personId: tranVanAn.personId }, content: 'Thiếu số liệu khảo sát hiện trạng' },
      },
    ]);
    given.when(reportDifficulty(ctx(leVanCuong, day(3)), 'Thiếu số liệu khảo sát hiện trạng')).thenState((state) => {
      expect(custodyOf(state).holder).toEqual(cuong);
    });
  });

  it('rejects a difficulty report by someone who does not hold it, or without content', () => {
    given.when(reportDifficulty(ctx(voThiEn, day(3)), 'Thiếu số liệu')).thenThrows(NotCurrentHolderError);
    given.when(reportDifficulty(ctx(leVanCuong, day(3)), '')).thenThrows(RequiredTextMissingError);
  });

  it('is completed by Cường', () => {
    given.when(complete(ctx(leVanCuong, day(12)), t1Completed.data.result)).then([{ type: 'TaskCompleted', data: t1Completed.data }]);
    given.when(complete(ctx(leVanCuong, day(12)), t1Completed.data.result)).thenState((state) => {
      expect(state.status).toBe('completed');
    });
  });

  it('rejects a completion by someone who does not hold it, or without a result', () => {
    given.when(complete(ctx(tranVanAn, day(12)), 'Đã xong')).thenThrows(NotCurrentHolderError);
    given.when(complete(ctx(leVanCuong, day(12)), ' ')).thenThrows(RequiredTextMissingError);
  });
});

describe('an open task held by Sở TN&MT after a transfer from Sở Xây dựng', () => {
  const given = spec.given([...heldByCuong, t1TransferredToTnmt]);

  it('is returned to its sender, Lê Văn Cường, not to the assigning authority', () => {
    given.when(returnIt(ctx(phamMinhDung, day(3)), 'not_our_mandate')).then([{ type: 'TaskReturned', data: t1ReturnedBySoTnmt.data }]);
    given.when(returnIt(ctx(phamMinhDung, day(3)), 'not_our_mandate')).thenState((state) => {
      expect(custodyOf(state).holder).toEqual(cuong);
      expect(custodyOf(state).senders).toEqual([]);
    });
  });

  it('no longer lets Sở Xây dựng act as holder', () => {
    given.when(complete(ctx(leVanCuong, day(3)), 'Đã xong')).thenThrows(NotCurrentHolderError);
    given.when(transfer(ctx(nguyenThiBinh, day(3)), unit.phongQldt)).thenThrows(NotCurrentHolderError);
  });

  it('may be transferred onwards; each return then walks back one step', () => {
    spec
      .given([...heldByCuong, t1TransferredToTnmt])
      .when(transfer(ctx(phamMinhDung, day(3)), unit.ubndHaiChau, 'Thuộc thẩm quyền quận'))
      .thenState((state) => {
        expect(custodyOf(state).holder).toEqual({ unitId: unit.ubndHaiChau });
        expect(custodyOf(state).senders).toEqual([cuong, { unitId: unit.soTnmt }]);
      });
  });
});

describe('a task returned to Sở Xây dựng by Sở TN&MT', () => {
  it('is returned by Sở Xây dựng to the assigning authority, not back to Sở TN&MT', () => {
    spec
      .given([...heldByCuong, t1TransferredToTnmt, t1ReturnedBySoTnmt])
      .when(returnIt(ctx(leVanCuong, day(4)), 'other', 'Đề nghị UBND TP xem xét giao lại'))
      .then([
        {
          type: 'TaskReturned',
          data: {
            from: cuong,
            to: { unitId: unit.ubndTp, personId: tranVanAn.personId },
            toAssigningAuthority: true,
            reasonCode: 'other',
            reason: 'Đề nghị UBND TP xem xét giao lại',
          },
        },
      ]);
  });
});

describe('an open task held by Phòng Quản lý đô thị without a named person', () => {
  it('lets its head act, but not a staff member nor the district', () => {
    const given = spec.given([t3Assigned]);
    given.when(transfer(ctx(doThiHoa, day(1)), unit.phongTnmt)).then([
      {
        type: 'TaskTransferred',
        data: { from: { unitId: unit.phongQldt }, to: { unitId: unit.phongTnmt }, reason: 'Thuộc lĩnh vực đất đai' },
      },
    ]);
    const staff = { personId: 'tran-thi-quynh', unitId: unit.phongQldt, position: 'staff' as const, roles: ['officer' as const] };
    given.when(transfer(ctx(staff, day(1)), unit.phongTnmt)).thenThrows(NotCurrentHolderError);
    given.when(transfer(ctx(hoangVanGiang, day(1)), unit.phongTnmt)).thenThrows(NotCurrentHolderError);
  });
});

describe('a completed task', () => {
  const given = spec.given([...heldByCuong, t1Completed]);

  it('accepts no transfer, return, comment, proposal, report or second completion', () => {
    given.when(transfer(ctx(leVanCuong, day(13)), unit.soTnmt)).thenThrows(TaskClosedError);
    given.when(returnIt(ctx(leVanCuong, day(13)), 'other', 'Trả lại')).thenThrows(TaskClosedError);
    given.when(comment(ctx(inspectorHa, day(13)), 'Ghi chú')).thenThrows(TaskClosedError);
    given.when(propose(ctx(leVanCuong, day(13)), 'Giao lại')).thenThrows(TaskClosedError);
    given.when(reportDifficulty(ctx(leVanCuong, day(13)), 'Vướng mắc')).thenThrows(TaskClosedError);
    given.when(complete(ctx(leVanCuong, day(13)), 'Xong lần hai')).thenThrows(TaskClosedError);
  });
});

describe('a just-assigned task held by the unit Sở Xây dựng', () => {
  it('is transferred by its head with the unit as sender', () => {
    spec
      .given([t1Assigned])
      .when(transfer(ctx(nguyenThiBinh, day(1)), unit.soTnmt))
      .thenState((state) => expect(custodyOf(state).senders).toEqual([{ unitId: unit.soXayDung }]));
  });
});
