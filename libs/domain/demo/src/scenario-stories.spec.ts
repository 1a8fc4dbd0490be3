import { describe, expect, it } from '@jest/globals';
import type { DemoTask } from './demo-task.types';
import { generate, play } from './testing/demo.fixture';

const tasks = generate();
const story = (label: string, index = 0): DemoTask => tasks.filter((task) => task.label === label)[index]!;
/** Type, acting person and local time of each recorded event. */
const trail = (task: DemoTask) => play(task).events.map((event) => [event.type, event.metadata.actor.personId, event.metadata.occurredAt]);
const stateOf = (task: DemoTask) => play(task).state;

describe('S1 — own work pushed sideways, then bounced back', () => {
  const s1 = story('S1');

  it('is assigned Monday 2 March 2026, transferred at d+2, returned at d+3, completed at d+12', () => {
    expect(trail(s1)).toEqual([
      ['TaskAssigned', 'tran-van-an', '2026-03-02T09:00:00+07:00'],
      ['TaskDelegated', 'nguyen-thi-binh', '2026-03-02T14:00:00+07:00'],
      ['TaskTransferred', 'le-van-cuong', '2026-03-04T09:00:00+07:00'],
      ['TaskReturned', 'pham-minh-dung', '2026-03-05T09:00:00+07:00'],
      ['TaskCompleted', 'le-van-cuong', '2026-03-18T10:00:00+07:00'],
    ]);
  });

  it('carries category construction, source 2128/UBND-TH and a deadline of d+10 (16 March)', () => {
    const state = stateOf(s1);
    if (state.status !== 'completed') throw new Error('S1 should be completed');
    expect([state.category, state.source.number, state.deadline.dueAt, state.lead.unitId]).toEqual([
      'construction',
      '2128/UBND-TH',
      '2026-03-16T16:59:59.999Z',
      'so-xay-dung',
    ]);
    expect(state.completion.by).toEqual({ unitId: 'so-xay-dung', personId: 'le-van-cuong' });
    const transfer = s1.commands[2]!;
    expect(transfer.type === 'TransferTask' && transfer.data).toEqual({ to: { unitId: 'so-tnmt' }, reason: 'Thuộc lĩnh vực đất đai' });
    expect(s1.commands[3]!.type === 'ReturnTask' && s1.commands[3]!.data.reasonCode).toBe('not_our_mandate');
  });
});

describe('S2 — the silent consultee', () => {
  const s2 = story('S2');

  it('asks Phòng QLĐT and Phòng TN&MT at d+1 (reply by d+6), gets one agreement at d+3, submits at d+8', () => {
    expect(trail(s2)).toEqual([
      ['TaskAssigned', 'hoang-van-giang', '2026-03-02T09:00:00+07:00'],
      ['TaskDelegated', 'bui-van-khanh', '2026-03-02T14:00:00+07:00'],
      ['ConsultationRequested', 'bui-van-khanh', '2026-03-03T09:00:00+07:00'],
      ['ConsultationAnswered', 'do-thi-hoa', '2026-03-05T10:00:00+07:00'],
      ['SubmittedToSuperior', 'bui-van-khanh', '2026-03-12T09:00:00+07:00'],
      ['SuperiorDirected', 'hoang-van-giang', '2026-03-13T15:00:00+07:00'],
      ['TaskCompleted', expect.any(String), '2026-03-16T10:00:00+07:00'],
    ]);
    const { events } = play(s2);
    expect(events[2]!.data).toMatchObject({
      unitIds: ['phong-quan-ly-do-thi', 'phong-tnmt-hai-chau'],
      replyDueAt: '2026-03-10T16:59:59.999Z',
    });
    expect(events[3]!.data).toMatchObject({ unitId: 'phong-quan-ly-do-thi', stance: 'agree' });
    expect(events[4]!.data).toMatchObject({ to: { unitId: 'ubnd-quan-hai-chau', personId: 'hoang-van-giang' }, allConsultedAgreed: true });
  });

  it('is a budget task of Phòng Tài chính – Kế hoạch due at d+15, completed before it', () => {
    const state = stateOf(s2);
    expect(state.status === 'completed' && [state.category, state.lead.unitId, state.deadline.dueAt]).toEqual([
      'budget',
      'phong-tai-chinh-ke-hoach',
      '2026-03-23T16:59:59.999Z',
    ]);
  });
});

describe('S3 — a proper return is not buck-passing, and its late variant', () => {
  it('returns the land task the same day; the district reassigns it to Phòng TN&MT, which completes it on time', () => {
    const s3 = story('S3');
    expect(trail(s3).map(([type, person, at]) => [type, person, at])).toEqual([
      ['TaskAssigned', 'hoang-van-giang', '2026-03-02T09:00:00+07:00'],
      ['TaskReturned', 'do-thi-hoa', '2026-03-02T15:00:00+07:00'],
      ['TaskAssigned', 'hoang-van-giang', '2026-03-02T16:00:00+07:00'],
      ['TaskDelegated', 'ngo-thi-lan', '2026-03-02T16:30:00+07:00'],
      ['TaskCompleted', expect.any(String), '2026-03-09T10:00:00+07:00'],
    ]);
    const state = stateOf(s3);
    expect(state.status === 'completed' && [state.category, state.lead.unitId, state.reassignments]).toEqual([
      'land',
      'phong-tnmt-hai-chau',
      1,
    ]);
  });

  it('in the variant, returns it at d+4 (6 March)', () => {
    const late = story('S3', 1);
    expect(trail(late)[1]).toEqual(['TaskReturned', 'do-thi-hoa', '2026-03-06T10:00:00+07:00']);
    expect(late.story).toContain('d+4');
  });
});

describe('S4 — deadlines across Tết', () => {
  it('assigns on Friday 13 February 2026 with 5 working days: due at the end of Friday 27 February', () => {
    for (const index of [0, 1]) {
      const state = stateOf(story('S4', index));
      expect(state.status !== 'initial' && [state.assignedAt, state.deadline.dueAt]).toEqual([
        '2026-02-13T09:00:00+07:00',
        '2026-02-27T16:59:59.999Z',
      ]);
    }
  });

  it('completes one on 27 February (on time) and one on 2 March (late by one working day)', () => {
    const completedAt = [0, 1].map((index) => {
      const state = stateOf(story('S4', index));
      return state.status === 'completed' ? state.completion.completedAt : null;
    });
    expect(completedAt).toEqual(['2026-02-27T16:00:00+07:00', '2026-03-02T10:00:00+07:00']);
  });
});

describe('S5 — pushing a decision upward vs reporting a difficulty', () => {
  it('submits the permit, within Phòng QLĐT’s own authority, to the district chairman at d+3', () => {
    const { events } = play(story('S5'));
    const submitted = events.find((event) => event.type === 'SubmittedToSuperior')!;
    expect([submitted.metadata.occurredAt, submitted.data]).toEqual([
      '2026-03-05T09:00:00+07:00',
      expect.objectContaining({
        from: expect.objectContaining({ unitId: 'phong-quan-ly-do-thi' }),
        to: { unitId: 'ubnd-quan-hai-chau', personId: 'hoang-van-giang' },
      }),
    ]);
    expect(events[0]!.data).toMatchObject({ kind: 'dossier', category: 'construction_permit', leadUnitId: 'phong-quan-ly-do-thi' });
  });

  it('in the contrast, reports a difficulty at d+3 instead, keeps handling and completes on time', () => {
    const contrast = story('S5', 1);
    const { events, state } = play(contrast);
    expect(events.map((event) => event.type)).toEqual([
      'TaskAssigned',
      'TaskDelegated',
      'AppointmentIssued',
      'DifficultyReported',
      'ResultReturned',
      'TaskCompleted',
    ]);
    expect(events[3]!.metadata.occurredAt).toBe('2026-03-05T09:00:00+07:00');
    expect(state.status === 'completed' && Date.parse(state.completion.completedAt) <= Date.parse(state.deadline.dueAt!)).toBe(true);
  });
});
