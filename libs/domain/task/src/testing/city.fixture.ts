import type { Actor, CommandContext, RecordedEventMetadata, Official, RecordedEvent } from '@lib/domain/core';
import { cast, day, unit } from '@lib/domain/task/testing';
import type { AssignTask } from '../task.commands';
import type { TaskEvent } from '../task.events';

// The city of scenarios.md (units and officials as they were in March 2026) and its days are the story kit's.
export { day, unit } from '@lib/domain/task/testing';
export const {
  tranVanAn,
  nguyenThiBinh,
  leVanCuong,
  phanThiMai,
  phamMinhDung,
  voThiEn,
  hoangVanGiang,
  doThiHoa,
  ngoThiLan,
  dangVanPhuc,
  lyThiNga,
  inspectorHa,
} = cast;

export function ctx(actor: Actor, occurredAt: string, options: { now?: string; onBehalfOf?: Official } = {}): CommandContext {
  const context: CommandContext = { actor, occurredAt, now: options.now ?? occurredAt };
  return options.onBehalfOf === undefined ? context : { ...context, onBehalfOf: options.onBehalfOf };
}

export function recorded<E extends TaskEvent>(
  eventId: string,
  event: E,
  occurredAt: string,
  actor: Official,
  onBehalfOf?: Official,
): RecordedEvent<E> {
  const metadata: RecordedEventMetadata = { eventId, occurredAt, actor: { personId: actor.personId, unitId: actor.unitId } };
  return { ...event, metadata: onBehalfOf === undefined ? metadata : { ...metadata, onBehalfOf } };
}

export const source2128 = { number: '2128/UBND-TH', date: '2026-02-27' };
export const t1Deadline = { dueAt: '2026-03-16T23:59:59+07:00', computation: { workingDays: 10, from: '2026-03-02' } };

/** T1 of S1: UBND TP assigns a construction task to Sở Xây dựng. */
export const t1Assigned = recorded(
  'evt-t1-assigned',
  {
    type: 'TaskAssigned',
    data: {
      taskId: 't1',
      kind: 'task',
      title: 'Rà soát các công trình xây dựng không phép trên địa bàn thành phố',
      category: 'construction',
      source: source2128,
      assigningAuthority: { unitId: unit.ubndTp, personId: tranVanAn.personId },
      leadUnitId: unit.soXayDung,
      coordinatingUnitIds: [unit.soTnmt],
      responsiblePersonId: null,
      deadline: t1Deadline,
      reassignment: false,
      previousLeadUnitId: null,
    },
  },
  day(0),
  tranVanAn,
);

export const t1Delegated = recorded(
  'evt-t1-delegated',
  { type: 'TaskDelegated', data: { unitId: unit.soXayDung, personId: leVanCuong.personId, previousPersonId: null } },
  day(0, '14:00'),
  nguyenThiBinh,
);

export const t1TransferredToTnmt = recorded(
  'evt-t1-transferred',
  {
    type: 'TaskTransferred',
    data: {
      from: { unitId: unit.soXayDung, personId: leVanCuong.personId },
      to: { unitId: unit.soTnmt },
      reason: 'Thuộc lĩnh vực đất đai',
    },
  },
  day(2),
  leVanCuong,
);

export const t1ReturnedBySoTnmt = recorded(
  'evt-t1-returned',
  {
    type: 'TaskReturned',
    data: {
      from: { unitId: unit.soTnmt },
      to: { unitId: unit.soXayDung, personId: leVanCuong.personId },
      toAssigningAuthority: false,
      reasonCode: 'not_our_mandate',
      reason: null,
    },
  },
  day(3),
  phamMinhDung,
);

export const t1Completed = recorded(
  'evt-t1-completed',
  {
    type: 'TaskCompleted',
    data: {
      by: { unitId: unit.soXayDung, personId: leVanCuong.personId },
      result: 'Đã rà soát 42 công trình, lập biên bản 7 trường hợp vi phạm',
      outputDocument: { number: '512/SXD-TTr', date: '2026-03-18' },
    },
  },
  day(12),
  leVanCuong,
);

export const t1Cancelled = recorded(
  'evt-t1-cancelled',
  { type: 'TaskCancelled', data: { reason: 'Nội dung đã được xử lý tại văn bản khác' } },
  day(4),
  tranVanAn,
);

/** T1 held by Lê Văn Cường at Sở Xây dựng. */
export const heldByCuong = [t1Assigned, t1Delegated];

/** T3 of S3: UBND quận Hải Châu assigns a land task to Phòng Quản lý đô thị by mistake. */
export const t3Assigned = recorded(
  'evt-t3-assigned',
  {
    type: 'TaskAssigned',
    data: {
      taskId: 't3',
      kind: 'task',
      title: 'Giải quyết kiến nghị về ranh giới thửa đất tại phường Thạch Thang',
      category: 'land',
      source: { number: '315/UBND-TNMT', date: '2026-03-02' },
      assigningAuthority: { unitId: unit.ubndHaiChau, personId: hoangVanGiang.personId },
      leadUnitId: unit.phongQldt,
      coordinatingUnitIds: [],
      responsiblePersonId: null,
      deadline: { dueAt: '2026-03-13T23:59:59+07:00' },
      reassignment: false,
      previousLeadUnitId: null,
    },
  },
  day(0),
  hoangVanGiang,
);

export const t3ReturnedToDistrict = recorded(
  'evt-t3-returned',
  {
    type: 'TaskReturned',
    data: {
      from: { unitId: unit.phongQldt },
      to: { unitId: unit.ubndHaiChau, personId: hoangVanGiang.personId },
      toAssigningAuthority: true,
      reasonCode: 'not_our_mandate',
      reason: 'Nội dung thuộc lĩnh vực đất đai',
    },
  },
  day(0, '15:00'),
  doThiHoa,
);

/** T1 of scenario S1 as the chairman of UBND TP assigns it; `data` overrides any field. */
export const assignT1 = (context: CommandContext, data: Partial<AssignTask['data']> = {}): AssignTask => ({
  type: 'AssignTask',
  data: {
    taskId: 't1',
    kind: 'task',
    title: 'Rà soát các công trình xây dựng không phép trên địa bàn thành phố',
    category: 'construction',
    source: source2128,
    assigningAuthority: { unitId: unit.ubndTp, personId: tranVanAn.personId },
    leadUnitId: unit.soXayDung,
    coordinatingUnitIds: [unit.soTnmt, unit.soTnmt],
    deadline: t1Deadline,
    ...data,
  },
  context,
});
