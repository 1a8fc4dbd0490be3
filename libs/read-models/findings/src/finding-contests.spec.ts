import { describe, expect, it } from '@jest/globals';
import type { Official } from '@lib/domain/core';
import type { Finding } from '@lib/domain/rules';
import {
  day,
  due,
  evaluate,
  leVanCuong,
  nguyenThiBinh,
  party,
  TaskStory,
  tranVanAn,
  unit,
} from '../../../domain/rules/src/testing/rules.fixture';
import { contestsOf } from './finding-contests';

const clerk: Official = { personId: 'phan-thi-mai', unitId: unit.soXayDung };

/** Sở Xây dựng's own construction work, Cường responsible, transferred by him to Sở TN&MT on d+2. */
function story(): { task: TaskStory; transfer: string; finding: Finding } {
  const task = new TaskStory('t-contest');
  task.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
  const transfer = task.transferred(day(2), leVanCuong, { unitId: unit.soTnmt });
  const finding = evaluate(task, day(2, '10:00')).findings.find((candidate) => candidate.ruleCode === 'OWN_WORK_TRANSFERRED')!;
  expect(finding.responsible.map((named) => named.personId)).toEqual([leVanCuong.personId]);
  return { task, transfer, finding };
}

describe('contestsOf: voidings and corrections of a finding’s entries by a person it names', () => {
  it('lists the named official’s own voiding, as responsible', () => {
    const { task, transfer, finding } = story();
    const voiding = task.voided(day(2, '11:00'), leVanCuong, transfer, 'TaskTransferred');
    expect(contestsOf(finding, task.events)).toEqual([
      {
        eventId: voiding,
        type: 'EntryVoided',
        originalEventId: transfer,
        originalType: 'TaskTransferred',
        occurredAt: new Date(day(2, '11:00')).toISOString(),
        reason: 'Ghi nhầm',
        actor: party(leVanCuong),
        onBehalfOf: null,
        namedAs: ['responsible'],
      },
    ]);
  });

  it('lists a voiding a clerk recorded on the named official’s behalf', () => {
    const { task, transfer, finding } = story();
    task.voided(day(2, '11:00'), clerk, transfer, 'TaskTransferred');
    const recorded = task.events.at(-1)!;
    (recorded.metadata as { onBehalfOf?: Official }).onBehalfOf = leVanCuong;
    expect(contestsOf(finding, task.events)).toEqual([
      expect.objectContaining({ actor: party(clerk), onBehalfOf: party(leVanCuong), namedAs: ['responsible'] }),
    ]);
  });

  it('lists the supervising head’s correction of the cited entry, as supervisory', () => {
    const { task, transfer, finding } = story();
    task.corrected(day(3), nguyenThiBinh, transfer, 'TaskTransferred', { reason: 'Chuyển để phối hợp' });
    expect(contestsOf(finding, task.events)).toEqual([
      expect.objectContaining({ type: 'EntryCorrected', actor: party(nguyenThiBinh), namedAs: ['supervisory'] }),
    ]);
  });

  it('leaves out a voiding by someone the finding does not name, and one of an entry it does not rest on', () => {
    const { task, transfer, finding } = story();
    const comment = task.commented(day(2, '10:30'), leVanCuong);
    task.voided(day(2, '10:45'), leVanCuong, comment, 'TaskCommented');
    task.voided(day(2, '11:00'), tranVanAn, transfer, 'TaskTransferred');
    expect(contestsOf(finding, task.events)).toEqual([]);
  });
});
