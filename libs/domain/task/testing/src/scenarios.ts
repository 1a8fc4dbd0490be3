import type { Official } from '@lib/domain/core';
import { S4_START } from '@lib/domain/demo';
import { cast, staffOf, unit } from './city-cast';
import { D } from './story-days';
import type { Scenario, StoryStep } from './story-script';

// S1–S5 of docs/scenarios.md, each told once. Specs that need other times, texts or people tell a variant
// of it (`retell`): the skeleton (who does what, on which day) stays the scenario's.

const { tranVanAn, nguyenThiBinh, leVanCuong, phamMinhDung, hoangVanGiang, doThiHoa, buiVanKhanh, ngoThiLan } = cast;

/** The assignment that opens each story: on d+0 at 09:00, with a deadline in working days. */
const assignment = (by: Official, unitId: string, workingDays: number, category: string, more: Partial<StoryStep> = {}): StoryStep => ({
  name: 'assigned',
  act: 'assign',
  day: 0,
  time: '09:00',
  by,
  unitId,
  workingDays,
  category,
  ...more,
});

/** The first staff member of Phòng Quản lý đô thị in the demo city: the officer of S5. */
const qldtOfficer = staffOf(unit.phongQldt);

/**
 * S1 — own work pushed sideways, then bounced back: UBND TP assigns T1 to Sở Xây dựng on Monday 2 March 2026
 * (due d+10, 16 March), Bình delegates it to Cường at 10:00, Cường transfers it to Sở TN&MT on d+2, Sở TN&MT
 * returns it to him on d+3, he completes it on d+12 (18 March).
 */
export const scenarioS1: Scenario = {
  taskId: 't1',
  start: D,
  steps: [
    assignment(tranVanAn, unit.soXayDung, 10, 'construction'),
    { name: 'delegated', act: 'delegate', day: 0, time: '10:00', by: nguyenThiBinh, to: leVanCuong },
    { name: 'transferred', act: 'transfer', day: 2, time: '09:00', by: leVanCuong, unitId: unit.soTnmt, text: 'Thuộc lĩnh vực đất đai' },
    { name: 'returned', act: 'return', day: 3, time: '09:00', by: phamMinhDung, reasonCode: 'not_our_mandate' },
    { name: 'completed', act: 'complete', day: 12, time: '09:00', by: leVanCuong },
  ],
};

/**
 * S2 — the silent consultee: UBND quận Hải Châu assigns T2 (budget) to Phòng TC–KH, due d+15; Khánh consults
 * Phòng QLĐT and Phòng TN&MT at d+1 (reply by d+6); Phòng QLĐT agrees at d+3; Phòng TN&MT never answers;
 * Khánh submits to the chairman at d+8 as if all had agreed.
 */
export const scenarioS2: Scenario = {
  taskId: 't2',
  start: D,
  steps: [
    assignment(hoangVanGiang, unit.phongTckh, 15, 'budget'),
    {
      name: 'consulted',
      act: 'consult',
      day: 1,
      time: '09:00',
      by: buiVanKhanh,
      unitIds: [unit.phongQldt, unit.phongTnmt],
      replyWithin: 6,
    },
    { name: 'answered', act: 'answer', day: 3, time: '09:00', by: doThiHoa, stance: 'agree' },
    { name: 'submitted', act: 'submit', day: 8, time: '09:00', by: buiVanKhanh, to: hoangVanGiang, text: 'Trình phê duyệt dự toán' },
  ],
};

/**
 * S3 — a proper return is not buck-passing: the district assigns T3 (land) to Phòng QLĐT by mistake, due d+10;
 * its head returns it to the district on d+`returnDay` (the scenario: the same day), which reassigns it to
 * Phòng TN&MT two hours later; Phòng TN&MT completes it on the due day.
 */
export function scenarioS3(returnDay = 0): Scenario {
  return {
    taskId: 't3',
    start: D,
    steps: [
      assignment(hoangVanGiang, unit.phongQldt, 10, 'land'),
      {
        name: 'returned',
        act: 'return',
        day: returnDay,
        time: '14:00',
        by: doThiHoa,
        reasonCode: 'not_our_mandate',
        text: 'Nội dung thuộc lĩnh vực đất đai',
      },
      { name: 'reassigned', act: 'reassign', day: returnDay, time: '16:00', by: hoangVanGiang, unitId: unit.phongTnmt },
      { name: 'completed', act: 'complete', day: 10, time: '15:00', by: ngoThiLan },
    ],
  };
}

/**
 * S4 — deadlines across Tết: UBND TP assigns T4 to Sở Xây dựng, Cường responsible, on Friday 13 February 2026
 * with 5 working days (due the end of Friday 27 February, d+5); completed on d+5 (on time) or d+6, Monday
 * 2 March (late by one working day).
 */
export function scenarioS4(completedDay: 5 | 6 = 5): Scenario {
  return {
    taskId: 't4',
    start: S4_START,
    steps: [
      assignment(tranVanAn, unit.soXayDung, 5, 'construction', { responsible: leVanCuong }),
      { name: 'completed', act: 'complete', day: completedDay, time: completedDay === 5 ? '15:00' : '10:00', by: leVanCuong },
    ],
  };
}

/**
 * S5 — pushing a decision upward vs reporting a difficulty: the district assigns T5 (a construction permit) to
 * Phòng QLĐT, due d+10; its head delegates it to the officer; at d+3 the officer either submits it to the
 * chairman (`submission`) or reports a difficulty and completes it at d+8 (`difficulty`).
 */
export function scenarioS5(variant: 'submission' | 'difficulty' = 'submission'): Scenario {
  const assigned = assignment(hoangVanGiang, unit.phongQldt, 10, 'construction_permit');
  const delegated: StoryStep = { name: 'delegated', act: 'delegate', day: 0, time: '10:00', by: doThiHoa, to: qldtOfficer };
  const upward: StoryStep[] =
    variant === 'submission'
      ? [{ name: 'submitted', act: 'submit', day: 3, time: '09:00', by: qldtOfficer, to: hoangVanGiang }]
      : [
          { name: 'difficulty', act: 'reportDifficulty', day: 3, time: '09:00', by: qldtOfficer, to: hoangVanGiang },
          { name: 'completed', act: 'complete', day: 8, time: '15:00', by: qldtOfficer },
        ];
  return { taskId: 't5', start: D, steps: [assigned, delegated, ...upward] };
}
