import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { TASK_STATUSES, type TaskStatus } from '@lib/domain/custody';
import { OrganisationTimeline, type OrgEvent } from '@lib/domain/org';
import { statusPlacementOf } from './status-placement';
import { statusReport, type StatusReport, type StatusReportTask } from './status-report';

// The Office's status report counts every task whose lead unit rolls up to the report's unit on its day, once,
// in the row of the unit answering for the lead unit then: a merged unit's tasks under its successor.

const established = (unitId: string, name: string, parentUnitId: string | null): OrgEvent => ({
  type: 'UnitEstablished',
  data: { unitId, name, kind: 'office', parentUnitId, validFrom: '2026-01-01' },
});
const merged = (unitId: string, successorUnitId: string, effectiveOn: string): OrgEvent => ({
  type: 'UnitMerged',
  data: { unitId, successorUnitId, effectiveOn },
});
const dissolved = (unitId: string, effectiveOn: string): OrgEvent => ({
  type: 'UnitDissolved',
  data: { unitId, effectiveOn, reason: null },
});
const moved = (unitId: string, parentUnitId: string, previousParentUnitId: string, validFrom: string): OrgEvent => ({
  type: 'UnitMoved',
  data: { unitId, parentUnitId, previousParentUnitId, validFrom },
});

// A ward with offices A (Phòng Văn hóa), B (Phòng Kinh tế), C (Phòng Kinh tế – Văn hóa) and a working group D;
// E (Ban Quản lý chợ) outside the ward. A → B on 1 April, D dissolved on 1 April, B → C and E → C on 1 May.
const ward: OrgEvent[] = [
  established('city', 'UBND thành phố', null),
  established('ward', 'UBND phường', 'city'),
  established('other', 'Sở Công Thương', 'city'),
  established('a', 'Phòng Văn hóa', 'ward'),
  established('b', 'Phòng Kinh tế', 'ward'),
  established('c', 'Phòng Kinh tế – Văn hóa', 'ward'),
  established('d', 'Tổ công tác', 'ward'),
  established('e', 'Ban Quản lý chợ', 'other'),
  merged('a', 'b', '2026-04-01'),
  dissolved('d', '2026-04-01'),
  merged('b', 'c', '2026-05-01'),
  merged('e', 'c', '2026-05-01'),
];

const task = (taskId: string, leadUnitId: string, status: TaskStatus = 'within_deadline'): StatusReportTask => ({
  taskId,
  leadUnitId,
  status,
});
const tasks = [
  task('a1', 'a'),
  task('a2', 'a', 'overdue'),
  task('b1', 'b'),
  task('c1', 'c'),
  task('d1', 'd'),
  task('e1', 'e'),
  task('o1', 'other'),
];

function reportOf(events: readonly OrgEvent[], root: string, date: string, counted: readonly StatusReportTask[] = tasks): StatusReport {
  const organisation = OrganisationTimeline.fromEvents(events);
  const scope = new Set(organisation.unitsReportingTo(root, date));
  const name = (unitId: string): string => organisation.unitAt(unitId, date)?.name ?? unitId;
  return statusReport(counted, statusPlacementOf(organisation, date, scope), name, `${date}T16:59:59.999Z`);
}
const rowsOf = (report: StatusReport): Array<[string, number]> => report.rows.map((row) => [row.unitId, row.total]);
const rowSum = (report: StatusReport): number => report.rows.reduce((sum, row) => sum + row.total, 0);

describe('the status report across a reorganisation (table)', () => {
  it.each([
    // [case, root, date, rows]
    [
      'before any merger: one row per lead unit',
      'ward',
      '2026-03-31',
      [
        ['b', 1],
        ['c', 1],
        ['a', 2],
        ['d', 1],
      ],
    ],
    [
      'A merged into B: A under B; D dissolved keeps its row',
      'ward',
      '2026-04-01',
      [
        ['b', 3],
        ['c', 1],
        ['d', 1],
      ],
    ],
    [
      'the chain A → B → C and E → C: all under C',
      'ward',
      '2026-05-01',
      [
        ['c', 5],
        ['d', 1],
      ],
    ],
    ['the unit that lost E no longer counts it', 'other', '2026-05-01', [['other', 1]]],
    [
      'the whole city after every change: seven tasks',
      'city',
      '2026-05-01',
      [
        ['c', 5],
        ['other', 1],
        ['d', 1],
      ],
    ],
  ] as Array<[string, string, string, Array<[string, number]>]>)('%s', (_case, root, date, rows) => {
    const report = reportOf(ward, root, date);
    expect(rowsOf(report)).toEqual(rows);
    expect(report.total.total).toBe(rows.reduce((sum, [, total]) => sum + total, 0));
  });

  it("shows in the successor's row what it includes, with the merger's day, and a note in Vietnamese", () => {
    const [rowB] = reportOf(ward, 'ward', '2026-04-15').rows;
    expect(rowB).toMatchObject({
      unitId: 'b',
      unitName: 'Phòng Kinh tế',
      total: 3,
      counts: { within_deadline: 2, overdue: 1 },
      dissolvedOn: null,
    });
    expect(rowB!.includes).toEqual([
      {
        unitId: 'a',
        unitName: 'Phòng Văn hóa',
        mergedOn: '2026-04-01',
        through: [],
        counts: expect.objectContaining({ within_deadline: 1, overdue: 1 }),
        total: 2,
      },
    ]);
    expect(rowB!.note).toBe('Gồm nhiệm vụ của Phòng Văn hóa (sáp nhập ngày 01/04/2026).');
    const [rowC] = reportOf(ward, 'ward', '2026-05-15').rows;
    expect(rowC!.includes.map((included) => [included.unitId, included.through.map((unit) => unit.unitId), included.total])).toEqual([
      ['e', [], 1],
      ['b', [], 1],
      ['a', ['b'], 2],
    ]);
    expect(rowC!.note).toBe(
      'Gồm nhiệm vụ của Ban Quản lý chợ (sáp nhập ngày 01/05/2026); Phòng Kinh tế (sáp nhập ngày 01/05/2026); Phòng Văn hóa (sáp nhập ngày 01/04/2026, qua Phòng Kinh tế).',
    );
  });

  it('keeps the tasks of a unit dissolved without successor in its own row, marked, never dropped', () => {
    const rowD = reportOf(ward, 'ward', '2026-04-15').rows.find((row) => row.unitId === 'd');
    expect(rowD).toMatchObject({
      unitName: 'Tổ công tác',
      total: 1,
      dissolvedOn: '2026-04-01',
      note: 'Đơn vị đã giải thể ngày 01/04/2026, không có đơn vị kế thừa.',
    });
  });

  it("follows a unit moved away: its tasks leave the old parent's report for the new one's", () => {
    const events = [...ward.slice(0, 8), moved('d', 'other', 'ward', '2026-03-01')];
    expect(rowsOf(reportOf(events, 'ward', '2026-03-15'))).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 2],
    ]);
    expect(rowsOf(reportOf(events, 'other', '2026-03-15'))).toEqual([
      ['e', 1],
      ['other', 1],
      ['d', 1],
    ]);
  });

  it('counts nothing outside the scope, and nothing without a lead unit', () => {
    const report = reportOf(ward, 'b', '2026-04-15', [...tasks, { taskId: 'x', leadUnitId: null, status: 'no_deadline' }]);
    expect(rowsOf(report)).toEqual([['b', 3]]);
  });
});

// Random organisations: units under earlier ones, then moves, mergers and dissolutions on random days; random
// tasks led by any unit. As of any day the city's report counts every task exactly once; rows add up to the total;
// no row is a unit merged away by then; each row's inclusions are units merged into it.
const DAYS = ['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'];
const organisationArbitrary = fc.integer({ min: 2, max: 9 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    parents: fc.array(fc.nat(), { minLength: count, maxLength: count }),
    changes: fc.array(
      fc.record({
        kind: fc.constantFrom('merge', 'dissolve', 'move'),
        unit: fc.integer({ min: 1, max: count }),
        other: fc.integer({ min: 0, max: count }),
        day: fc.constantFrom(...DAYS),
      }),
      { maxLength: 8 },
    ),
    tasks: fc.array(fc.record({ lead: fc.integer({ min: 0, max: count }), status: fc.constantFrom(...TASK_STATUSES) }), { maxLength: 30 }),
    asOf: fc.constantFrom('2026-01-15', ...DAYS, '2026-12-31'),
  }),
);

describe('the status report always counts every task (property)', () => {
  it('rows add up to every task of the city, before and after any reorganisation', () => {
    fc.assert(
      fc.property(organisationArbitrary, ({ count, parents, changes, tasks: drawn, asOf }) => {
        const id = (index: number): string => (index === 0 ? 'city' : `u${index}`);
        // Changes the organisation's deciders accept: a unit ends only when nothing below it exists that day, and
        // merges into or moves under a unit existing that day (always an earlier one: no cycle).
        const events: OrgEvent[] = [established('city', 'UBND thành phố', null)];
        for (let index = 1; index <= count; index += 1)
          events.push(established(id(index), `Đơn vị ${index}`, id(parents[index - 1]! % index)));
        const timeline = OrganisationTimeline.fromEvents(events);
        const record = (event: OrgEvent): void => {
          events.push(event);
          timeline.apply(event);
        };
        for (const change of [...changes].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))) {
          const unit = id(change.unit);
          const other = id(change.other);
          if (!timeline.unitActivity(unit, change.day).active) continue;
          if (change.kind === 'dissolve' || change.kind === 'merge') {
            if (timeline.subunitsOn(unit, change.day).length > 0) continue;
            if (change.kind === 'dissolve') record(dissolved(unit, change.day));
            else if (other !== unit && timeline.unitActivity(other, change.day).active) record(merged(unit, other, change.day));
          } else if (
            change.other < change.unit &&
            timeline.unitActivity(other, change.day).active &&
            timeline.unitAt(unit, change.day)?.parentUnitId !== other
          ) {
            record(moved(unit, other, timeline.unitAt(unit, change.day)!.parentUnitId!, change.day));
          }
        }
        const counted = drawn.map((entry, index) => task(`t${index}`, id(entry.lead), entry.status));
        const organisation = OrganisationTimeline.fromEvents(events);
        const report = reportOf(events, 'city', asOf, counted);
        expect(rowSum(report)).toBe(counted.length);
        expect(report.total.total).toBe(counted.length);
        for (const status of TASK_STATUSES)
          expect(report.rows.reduce((sum, row) => sum + row.counts[status], 0)).toBe(report.total.counts[status]);
        for (const row of report.rows) {
          expect(organisation.answeringUnitOn(row.unitId, asOf).unitId).toBe(row.unitId);
          for (const included of row.includes) expect(organisation.answeringUnitOn(included.unitId, asOf).unitId).toBe(row.unitId);
          expect(row.includes.reduce((sum, included) => sum + included.total, 0)).toBeLessThanOrEqual(row.total);
        }
        // The city's direct subtrees and the city itself share the tasks out: none counted twice, none dropped.
        const tops = [
          ...new Set(
            organisation
              .allUnitIds()
              .map((unitId) => organisation.reportingLineOn(unitId, asOf))
              .map((line) => line[line.indexOf('city') - 1] ?? 'city'),
          ),
        ];
        const shares = tops.map((top) =>
          top === 'city'
            ? counted.filter((entry) => organisation.reportingLineOn(entry.leadUnitId!, asOf).length === 1).length
            : rowSum(reportOf(events, top, asOf, counted)),
        );
        expect(shares.reduce((sum, share) => sum + share, 0)).toBe(counted.length);
      }),
      { numRuns: 300 },
    );
  });
});
