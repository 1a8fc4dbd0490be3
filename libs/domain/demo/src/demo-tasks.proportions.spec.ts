import { describe, expect, it } from '@jest/globals';
import { PATTERN_CATALOGUE } from './pattern-catalogue';
import { calendar, generate, organisation, UNTIL } from './testing/demo.fixture';
import { countBy, fold } from './testing/demo-outcomes';

const tasks = generate();
const folded = fold(tasks, UNTIL);
const events = folded.flatMap((entry) => entry.events);
const ofType = (type: string) => events.filter((event) => event.type === type);

describe('proportions of the default seed', () => {
  it('has the eight story tasks and 300 others, in the catalogue proportions', () => {
    expect(tasks).toHaveLength(308);
    expect(countBy(tasks, (task) => task.label)).toEqual({
      S1: 1,
      S2: 1,
      S3: 2,
      S4: 2,
      S5: 2,
      cancelled: 5,
      consulted: 10,
      consulted_deflect: 4,
      consulted_disagreement: 3,
      consulted_silent: 6,
      consulted_vague: 4,
      cross_mandate: 10,
      dossier_late_apology: 4,
      dossier_late_no_apology: 4,
      dossier_no_appointment: 2,
      dossier_on_time: 18,
      dossier_repeated_supplement: 4,
      dossier_supplement: 6,
      difficulty_reported: 5,
      extended: 8,
      late: 22,
      late_return: 3,
      on_time: 127,
      open_in_time: 12,
      open_overdue: 8,
      reassignment_proposed: 3,
      reopened: 5,
      stalled: 8,
      transfer_misassigned: 8,
      transfer_own_work: 8,
      upward_deflection: 3,
    });
    expect(PATTERN_CATALOGUE.reduce((sum, pattern) => sum + pattern.count, 0)).toBe(300);
  });

  it('ends mostly completed on time, with a minority late, cancelled or still open', () => {
    expect(countBy(folded, (entry) => entry.outcome)).toEqual(OUTCOMES);
  });

  it('records the hand-offs, consultations, extensions and reopenings of the patterns', () => {
    expect(countBy(events, (event) => event.type)).toEqual(EVENT_COUNTS);
    const requests = ofType('ConsultationRequested').map(
      (event) => event.data as { replyDueAt: string | null; content: string | null; unitIds: string[] },
    );
    expect(requests.filter((request) => request.replyDueAt === null)).toHaveLength(4);
    const answers = ofType('ConsultationAnswered').map((event) => (event.data as { stance: string }).stance);
    expect(countBy(answers, (stance) => stance)).toEqual(STANCES);
    const asked = requests.reduce((sum, request) => sum + request.unitIds.length, 0);
    expect(asked - answers.length).toBe(SILENT_CONSULTEES);
  });

  it('holds dossiers with appointment slips, repeated supplements and late results with and without apology', () => {
    const dossiers = folded.filter((entry) => entry.state.kind === 'dossier');
    expect(dossiers).toHaveLength(40);
    const supplements = dossiers.map((entry) => entry.events.filter((event) => event.type === 'SupplementRequested').length);
    expect(countBy(supplements, String)).toEqual(SUPPLEMENTS_PER_DOSSIER);
    const withoutSlip = dossiers.filter((entry) => !entry.events.some((event) => event.type === 'AppointmentIssued'));
    expect(withoutSlip.map((entry) => entry.task.label)).toEqual(['dossier_no_appointment', 'dossier_no_appointment']);
    const lateResults = dossiers.filter((entry) => {
      const promised = [...entry.events].reverse().find((event) => event.type === 'AppointmentIssued' || event.type === 'ApologyIssued');
      const returned = entry.events.find((event) => event.type === 'ResultReturned');
      const first = entry.events.find((event) => event.type === 'AppointmentIssued');
      return (
        first !== undefined &&
        returned !== undefined &&
        promised !== undefined &&
        Date.parse(returned.metadata.occurredAt) > Date.parse((first.data as { returnBy: string }).returnBy)
      );
    });
    expect(
      countBy(lateResults, (entry) => (entry.events.some((event) => event.type === 'ApologyIssued') ? 'with_apology' : 'without_apology')),
    ).toEqual(LATE_RESULTS);
  });

  it('matches the category to the first lead unit’s mandate most of the time, not always', () => {
    const matches = folded.map((entry) => {
      const assigned = entry.events[0]!;
      const data = assigned.data as { leadUnitId: string; category: string };
      return organisation.hasMandate(data.leadUnitId, data.category, assigned.metadata.occurredAt.slice(0, 10));
    });
    // Off-mandate leads: 10 cross-cutting, 8 misassigned, 3 returned late, and the two S3 tasks.
    expect(matches.filter(Boolean)).toHaveLength(285);
    expect(matches.filter((match) => !match)).toHaveLength(23);
  });

  it('leaves some open tasks untouched for weeks (stalled) at until', () => {
    const open = folded.filter((entry) => entry.state.status === 'open');
    const quietDays = open.map((entry) => calendar.workingDaysBetween(entry.events.at(-1)!.metadata.occurredAt, UNTIL));
    expect(quietDays.filter((days) => days > 10)).toHaveLength(STALLED);
    expect(
      open
        .filter((entry) => entry.task.label === 'stalled')
        .every((entry) => calendar.workingDaysBetween(entry.events.at(-1)!.metadata.occurredAt, UNTIL) > 10),
    ).toBe(true);
  });
});

const OUTCOMES = { cancelled: 5, completed_late: 50, completed_on_time: 225, open_in_time: 12, open_overdue: 16 };
const EVENT_COUNTS = {
  ApologyIssued: 8,
  AppointmentIssued: 38,
  ConsultationAnswered: 53,
  ConsultationRequested: 28,
  DeadlineExtended: 8,
  DifficultyReported: 11,
  ReassignmentProposed: 3,
  ResultReturned: 40,
  SubmittedToSuperior: 32,
  SuperiorDirected: 32,
  SupplementRequested: 18,
  TaskAssigned: 321,
  TaskCancelled: 5,
  TaskCommented: 63,
  TaskCompleted: 280,
  TaskDelegated: 311,
  TaskReceived: 255,
  TaskReopened: 5,
  TaskReturned: 22,
  TaskTransferred: 9,
};
const STANCES = { agree: 32, conditional: 14, deflect: 4, disagree: 3 };
// Six silent consultees in the `consulted_silent` pattern and Phòng TN&MT in S2.
const SILENT_CONSULTEES = 7;
const SUPPLEMENTS_PER_DOSSIER = { '0': 30, '1': 6, '3': 4 };
const LATE_RESULTS = { with_apology: 8, without_apology: 4 };
const STALLED = 8;
