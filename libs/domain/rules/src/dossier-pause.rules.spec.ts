import { describe, expect, it } from '@jest/globals';
import { nextDeadlineLapse } from './deadline-lapse';
import {
  calendar,
  codes,
  day,
  doThiHoa,
  due,
  evaluate,
  hoangVanGiang,
  organisation,
  qldtStaff,
  TaskStory,
  unit,
} from './testing/rules.fixture';

/**
 * S7 of the scenarios: Phòng Quản lý đô thị holds dossier D7 (10 working days); the appointment slip
 * promises d+10 (16/03/2026); on d+3 it asks the applicant for a missing drawing, supplied on d+8: 5
 * working days paused, the promise moves to d+15 (23/03/2026).
 */
function dossierD7(id: string, options: { receivedOn?: number | null; requestedOn?: number } = {}) {
  const story = new TaskStory(id);
  story.assigned(day(0), hoangVanGiang, unit.phongQldt, { dueAt: due(10), kind: 'dossier', responsible: qldtStaff });
  story.appointment(day(0, '10:00'), qldtStaff, due(10));
  const request = story.supplementRequested(day(options.requestedOn ?? 3), qldtStaff, doThiHoa);
  if (options.receivedOn !== null) story.supplementReceived(day(options.receivedOn ?? 8), qldtStaff, request);
  return story;
}

function returnedOn(story: TaskStory, n: number): TaskStory {
  story.resultReturned(day(n), qldtStaff);
  story.completed(day(n, '10:00'), qldtStaff);
  return story;
}

describe("a dossier paused for the applicant's supplement", () => {
  it('returned on d+14, after the promised d+10 but within d+15: not late, no OVERDUE_HOLD (S7)', () => {
    expect(codes(evaluate(returnedOn(dossierD7('s7'), 14), day(20)))).toEqual([]);
  });

  it('returned on d+16, after the moved promise: late, and the finding says how the promise moved', () => {
    const [late] = evaluate(returnedOn(dossierD7('s7-late'), 16), day(20)).findings.filter(
      (finding) => finding.ruleCode === 'LATE_RESULT_NO_APOLOGY',
    );
    expect(late).toBeDefined();
    expect(late!.on).toBe(day(16).slice(0, 10));
    expect(late!.explanation).toContain(
      'hẹn trả kết quả ngày 16/03/2026, lùi đến ngày 23/03/2026 do 5 ngày làm việc chờ người nộp bổ sung hồ sơ',
    );
    expect(late!.explanation).toContain('đến ngày 24/03/2026 mới trả kết quả');
  });

  it('while the applicant has not supplied it, the promise does not lapse and the dossier is not stalled', () => {
    const waiting = dossierD7('s7-waiting', { receivedOn: null });
    expect(codes(evaluate(waiting, day(25)))).toEqual([]);
    expect(nextDeadlineLapse(waiting.events, { organisation, calendar, asOf: day(25) })).toBeNull();
  });

  it('a supplement requested after the promise lapsed does not excuse the lapse', () => {
    const story = new TaskStory('lapsed-first');
    story.assigned(day(0), hoangVanGiang, unit.phongQldt, { dueAt: due(10), kind: 'dossier', responsible: qldtStaff });
    story.appointment(day(0, '10:00'), qldtStaff, due(5));
    const request = story.supplementRequested(day(7), qldtStaff, doThiHoa);
    story.supplementReceived(day(9), qldtStaff, request);
    returnedOn(story, 10);
    const late = evaluate(story, day(12)).findings.filter((finding) => finding.ruleCode === 'LATE_RESULT_NO_APOLOGY');
    expect(late.map((finding) => finding.on)).toEqual([day(6).slice(0, 10)]);
  });

  it("NO_APPOINTMENT: the slip's deadline moves by the days paused after registration", () => {
    const story = new TaskStory('na-paused');
    story.assigned(day(0), hoangVanGiang, unit.phongQldt, { dueAt: due(10), kind: 'dossier', responsible: qldtStaff });
    const request = story.supplementRequested(day(0, '10:00'), qldtStaff, doThiHoa);
    story.supplementReceived(day(2), qldtStaff, request);
    story.appointment(day(2, '10:00'), qldtStaff, due(12));
    expect(codes(evaluate(story, day(4)))).toEqual([]);
  });
});
