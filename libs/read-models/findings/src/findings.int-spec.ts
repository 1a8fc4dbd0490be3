import { describe, expect, it } from '@jest/globals';
import { DEMO_ORGANISATION } from '@lib/domain/org';
import { day, due, leVanCuong, nguyenThiBinh, TaskStory, tranVanAn, unit } from '../../../domain/rules/src/testing/rules.fixture';
import { projectionSpecFor, storedEventsOf } from '../../../projector/src/testing/given-events';
import { findingsProjection } from './findings.projection';

const TASK = '5a0e7c3b-2d4f-4a61-8b9c-1f3e5d7a9c01';

const organisationEvents = storedEventsOf(
  'organisation',
  DEMO_ORGANISATION.map((entry, index) => ({
    type: entry.event.type,
    data: entry.event.data,
    metadata: { eventId: `org-${index + 1}`, occurredAt: '2026-01-05T08:00:00+07:00', actor: tranVanAn },
  })),
);

describe('read model findings on PostgreSQL', () => {
  const spec = projectionSpecFor(findingsProjection());

  /** Sở Xây dựng's own construction work, Cường responsible, transferred by him to Sở TN&MT on d+2. */
  function ownWorkTransferred(): { story: TaskStory; transfer: string } {
    const story = new TaskStory(TASK);
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    const transfer = story.transferred(day(2), leVanCuong, { unitId: unit.soTnmt });
    return { story, transfer };
  }

  it('finds the transfer of a unit’s own work, names the responsible official and his superior, and keeps the next deadline lapse', async () => {
    const { story } = ownWorkTransferred();
    const events = [...organisationEvents, ...storedEventsOf(`task-${TASK}`, story.events)];
    await spec
      .givenEvents(events)
      .thenRows(
        'SELECT task_id, rule_code, rule_version, variant, at, on_date::text, detection, superseded_reason, review_status FROM rm_finding',
        [
          {
            task_id: TASK,
            rule_code: 'OWN_WORK_TRANSFERRED',
            rule_version: 1,
            variant: 'main',
            at: new Date('2026-03-04T02:00:00.000Z'),
            on_date: '2026-03-04',
            detection: 'active',
            superseded_reason: null,
            review_status: 'open',
          },
        ],
      );
    // The rows of every table of the projection were checked twice-applied and batch by batch above.
    expect(await spec.rowsAfter(events, 'SELECT role, unit_id, person_id FROM rm_finding_party ORDER BY role')).toEqual([
      { role: 'responsible', unit_id: unit.soXayDung, person_id: leVanCuong.personId },
      { role: 'supervisory', unit_id: unit.soXayDung, person_id: nguyenThiBinh.personId },
    ]);
    expect(
      await spec.rowsAfter(events, 'SELECT task_id, stream_version, as_of, next_lapse_at, next_lapse_rules FROM rm_finding_task'),
    ).toEqual([
      {
        task_id: TASK,
        stream_version: 1,
        as_of: new Date('2026-03-04T02:00:00.000Z'),
        next_lapse_at: new Date('2026-03-16T17:00:00.000Z'), // the first instant after 16/03/2026 (the deadline), Vietnam time
        next_lapse_rules: ['OVERDUE_HOLD'],
      },
    ]);
  });

  it('holds the finding for the inspector when the official it names voids the entry it cites', async () => {
    const { story, transfer } = ownWorkTransferred();
    story.voided(day(2, '11:00'), leVanCuong, transfer, 'TaskTransferred');
    await spec
      .givenEvents([...organisationEvents, ...storedEventsOf(`task-${TASK}`, story.events)])
      .thenRows('SELECT rule_code, detection, review_status, jsonb_array_length(contested_by) AS contests FROM rm_finding', [
        { rule_code: 'OWN_WORK_TRANSFERRED', detection: 'held', review_status: 'open', contests: 1 },
      ]);
  });
});
