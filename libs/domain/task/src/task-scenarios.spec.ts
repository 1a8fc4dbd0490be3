import { describe, expect, it } from '@jest/globals';
import type { CommandContext, RecordedEventMetadata } from '@lib/domain/core';
import { commandsOf, retell, scenarioS1, scenarioS2, scenarioS3, scenarioS4, scenarioS5, type StoryStep } from '@lib/domain/task/testing';
import type { TaskCommand } from './task.commands';
import { taskDecider } from './task.decider';
import type { RecordedTaskEvent } from './task.events';
import type { TaskState } from './task-state';
import { taskStreamId } from './task-stream';
import { day, doThiHoa, hoangVanGiang, leVanCuong, phamMinhDung, source2128, unit } from './testing/city.fixture';

/** What a command handler does, minus storage: decide, stamp metadata, fold. */
function play(streamId: string, commands: TaskCommand[]): { events: RecordedTaskEvent[]; state: TaskState } {
  let state = taskDecider.initialState();
  const events: RecordedTaskEvent[] = [];
  for (const command of commands) {
    for (const event of taskDecider.decide(command, state)) {
      const recordedEvent = { ...event, metadata: metadataOf(`${streamId}-${events.length + 1}`, command.context) } as RecordedTaskEvent;
      events.push(recordedEvent);
      state = taskDecider.evolve(state, recordedEvent);
    }
  }
  return { events, state };
}

function metadataOf(eventId: string, { actor, onBehalfOf, occurredAt }: CommandContext): RecordedEventMetadata {
  return onBehalfOf === undefined ? { eventId, occurredAt, actor } : { eventId, occurredAt, actor, onBehalfOf };
}

const districtChairman = { unitId: unit.ubndHaiChau, personId: hoangVanGiang.personId };

function summary(state: TaskState) {
  if (state.status === 'initial') throw new Error('expected an assigned task');
  return { status: state.status, lead: state.lead.unitId, holder: state.custody.holder, reassignments: state.reassignments };
}

describe('S1 — own work pushed sideways, then bounced back', () => {
  const { events, state } = play(taskStreamId('t1'), commandsOf(retell(scenarioS1, { steps: { completed: { text: 'Đã rà soát xong' } } })));
  const cuong = { unitId: unit.soXayDung, personId: leVanCuong.personId };

  it('records the hand-offs with their senders', () => {
    expect(events.map((event) => event.type)).toEqual([
      'TaskAssigned',
      'TaskDelegated',
      'TaskTransferred',
      'TaskReturned',
      'TaskCompleted',
    ]);
    expect(events[2]?.data).toEqual({ from: cuong, to: { unitId: unit.soTnmt }, reason: 'Thuộc lĩnh vực đất đai' });
    expect(events[3]?.data).toEqual({
      from: { unitId: unit.soTnmt },
      to: cuong,
      toAssigningAuthority: false,
      reasonCode: 'not_our_mandate',
      reason: null,
    });
    expect(events[3]?.metadata).toEqual({ eventId: 'task-t1-4', occurredAt: day(3), actor: phamMinhDung });
  });

  it('ends completed by Sở Xây dựng, held by Cường', () => {
    expect(summary(state)).toEqual({ status: 'completed', lead: unit.soXayDung, holder: cuong, reassignments: 0 });
    expect(state.status === 'completed' && state.completion).toEqual({
      eventId: 'task-t1-5',
      completedAt: day(12),
      by: cuong,
      result: 'Đã rà soát xong',
    });
  });
});

describe('S2 — the silent consultee', () => {
  const { events, state } = play(
    taskStreamId('t2'),
    commandsOf(retell(scenarioS2, { steps: { consulted: { replyDueAt: day(6, '23:59') } } })),
  );

  it('records one answer, from Phòng Quản lý đô thị only, and the submission as all agreed', () => {
    expect(events.map((event) => event.type)).toEqual([
      'TaskAssigned',
      'ConsultationRequested',
      'ConsultationAnswered',
      'SubmittedToSuperior',
    ]);
    expect(events[3]?.data).toEqual({
      from: { unitId: unit.phongTckh },
      to: districtChairman,
      content: 'Trình phê duyệt dự toán',
      allConsultedAgreed: true,
    });
  });

  it('ends open with the lead, awaiting the chairman, Phòng TN&MT silent', () => {
    expect(summary(state)).toEqual({ status: 'open', lead: unit.phongTckh, holder: { unitId: unit.phongTckh }, reassignments: 0 });
    if (state.status !== 'open') throw new Error('expected open');
    expect(state.pendingSubmission).toEqual({ eventId: 'task-t2-4', to: districtChairman });
    expect(state.consultations).toEqual([
      {
        consultationId: 't2-c1',
        requestEventId: 'task-t2-2',
        unitIds: [unit.phongQldt, unit.phongTnmt],
        replyDueAt: day(6, '23:59'),
        answers: [{ unitId: unit.phongQldt, stance: 'agree', eventId: 'task-t2-3' }],
      },
    ]);
  });
});

describe('S3 — a proper return is not buck-passing', () => {
  // Assigned without a deadline, which the reassignment keeps.
  const { events, state } = play(taskStreamId('t3'), commandsOf(retell(scenarioS3(0), { steps: { assigned: { workingDays: null } } })));

  it('returns the task to the district, which reassigns it', () => {
    expect(events.map((event) => event.type)).toEqual(['TaskAssigned', 'TaskReturned', 'TaskAssigned', 'TaskCompleted']);
    expect(events[1]?.data).toEqual({
      from: { unitId: unit.phongQldt },
      to: districtChairman,
      toAssigningAuthority: true,
      reasonCode: 'not_our_mandate',
      reason: 'Nội dung thuộc lĩnh vực đất đai',
    });
    expect(events[2]?.data).toEqual({
      taskId: 't3',
      kind: 'task',
      title: 'Nhiệm vụ t3',
      category: 'land',
      source: source2128,
      assigningAuthority: districtChairman,
      leadUnitId: unit.phongTnmt,
      coordinatingUnitIds: [],
      responsiblePersonId: null,
      deadline: { dueAt: null },
      reassignment: true,
      previousLeadUnitId: unit.phongQldt,
    });
  });

  it('ends completed by Phòng TN&MT, one reassignment', () => {
    expect(summary(state)).toEqual({ status: 'completed', lead: unit.phongTnmt, holder: { unitId: unit.phongTnmt }, reassignments: 1 });
  });
});

describe('S4 — deadlines across Tết', () => {
  const deadline = {
    dueAt: '2026-02-27T23:59:59+07:00',
    computation: { workingDays: 5, from: '2026-02-13', holidays: ['2026-02-16/2026-02-20'] },
  };
  /** T4 with the deadline as the calendar resolved it, completed on d+5 or d+6 at the time given. */
  const t4 = (completedDay: 5 | 6, time?: string) =>
    commandsOf(retell(scenarioS4(completedDay), { steps: { assigned: { deadline }, completed: time === undefined ? {} : { time } } }));

  it('keeps the deadline exactly as the calendar resolved it', () => {
    const { state } = play(taskStreamId('t4'), t4(5).slice(0, 1));
    expect(state.status === 'open' && state.deadline).toEqual(deadline);
  });

  it('records a completion on 27 February and one on 2 March alike: lateness is judged elsewhere', () => {
    const onTime = play(taskStreamId('t4'), t4(5, '16:00'));
    const late = play(taskStreamId('t4'), t4(6));
    expect(onTime.state.status === 'completed' && onTime.state.completion.completedAt).toBe('2026-02-27T16:00:00+07:00');
    expect(late.state.status === 'completed' && late.state.completion.completedAt).toBe('2026-03-02T10:00:00+07:00');
  });
});

describe('S5 — pushing a decision upward vs reporting a difficulty', () => {
  /** T5 as a dossier that the head of Phòng QLĐT handles herself (no delegation). */
  const t5 = (variant: 'submission' | 'difficulty', steps: Record<string, Partial<StoryStep>>) =>
    commandsOf(retell(scenarioS5(variant), { steps: { assigned: { kind: 'dossier' }, delegated: null, ...steps } }));

  it('records the submission to the chairman; Phòng Quản lý đô thị still holds T5', () => {
    const { events, state } = play(taskStreamId('t5'), t5('submission', { submitted: { by: doThiHoa, text: 'Xin ý kiến cấp phép' } }));
    expect(events.map((event) => event.type)).toEqual(['TaskAssigned', 'SubmittedToSuperior']);
    expect(summary(state)).toEqual({ status: 'open', lead: unit.phongQldt, holder: { unitId: unit.phongQldt }, reassignments: 0 });
    expect(state.status === 'open' && state.pendingSubmission).toEqual({ eventId: 'task-t5-2', to: districtChairman });
  });

  it('contrast: reports a difficulty, keeps handling T5 and completes it', () => {
    const { events, state } = play(
      taskStreamId('t5'),
      t5('difficulty', { difficulty: { by: doThiHoa }, completed: { by: doThiHoa, text: 'Đã cấp giấy phép' } }),
    );
    expect(events.map((event) => event.type)).toEqual(['TaskAssigned', 'DifficultyReported', 'TaskCompleted']);
    expect(summary(state)).toEqual({ status: 'completed', lead: unit.phongQldt, holder: { unitId: unit.phongQldt }, reassignments: 0 });
  });
});

describe('taskStreamId', () => {
  it('prefixes the task id', () => {
    expect(taskStreamId('t1')).toBe('task-t1');
  });
});
