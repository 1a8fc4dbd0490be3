import { describe, it } from '@jest/globals';
import { day, due, leVanCuong, phamMinhDung, TaskStory, tranVanAn, unit } from '../../../domain/rules/src/testing/rules.fixture';
import { projectionSpecFor, storedEventsOf, uuidOfEventId } from '../../../projector/src/testing/given-events';
import { taskCustodyProjection } from './task-custody.projection';

const TASK = '3f6d1c2a-5b7e-4c19-9a0d-7e2b4f8c1d01';
const OTHER = '3f6d1c2a-5b7e-4c19-9a0d-7e2b4f8c1d02';

/** UBND thành phố assigns to Sở Xây dựng (Cường responsible, due in 10 working days); Cường transfers it to Sở TN&MT. */
function transferredStory(): { story: TaskStory; assignment: string; transfer: string } {
  const story = new TaskStory(TASK);
  const assignment = story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
  const transfer = story.transferred(day(2), leVanCuong, { unitId: unit.soTnmt });
  return { story, assignment, transfer };
}

describe('read model task_custody (rm_task, rm_task_party, rm_handover) on PostgreSQL', () => {
  const spec = projectionSpecFor(taskCustodyProjection());

  it('keeps one summary row per task: lead, holder after the transfer, deadline, counts; a voided comment stays counted', async () => {
    const { story } = transferredStory();
    const comment = story.commented(day(3), phamMinhDung);
    story.voided(day(3, '10:00'), phamMinhDung, comment, 'TaskCommented');
    const other = new TaskStory(OTHER);
    other.assigned(day(1), tranVanAn, unit.soTnmt);

    await spec.givenEvents([...storedEventsOf(`task-${TASK}`, story.events), ...storedEventsOf(`task-${OTHER}`, other.events)]).thenRows(
      `SELECT task_id, kind, category, lead_unit_id, holder_unit_id, holder_person_id, assigning_unit_id, due_at, assigned_at, closed_at,
                reassignment_count, hop_count, last_event_at, event_count FROM rm_task ORDER BY task_id`,
      [
        {
          task_id: TASK,
          kind: 'task',
          category: 'construction',
          lead_unit_id: unit.soXayDung,
          holder_unit_id: unit.soTnmt,
          holder_person_id: null,
          assigning_unit_id: unit.ubndTp,
          due_at: new Date('2026-03-16T16:59:59.999Z'), // 23:59:59.999 on 16/03/2026, Vietnam time: 10 working days after 02/03
          assigned_at: new Date('2026-03-02T02:00:00.000Z'),
          closed_at: null,
          reassignment_count: 1,
          hop_count: 1,
          last_event_at: new Date('2026-03-05T03:00:00.000Z'),
          event_count: 4,
        },
        {
          task_id: OTHER,
          kind: 'task',
          category: 'construction',
          lead_unit_id: unit.soTnmt,
          holder_unit_id: unit.soTnmt,
          holder_person_id: null,
          assigning_unit_id: unit.ubndTp,
          due_at: null,
          assigned_at: new Date('2026-03-03T02:00:00.000Z'),
          closed_at: null,
          reassignment_count: 0,
          hop_count: 0,
          last_event_at: new Date('2026-03-03T02:00:00.000Z'),
          event_count: 1,
        },
      ],
    );
  });

  it('keeps the source number and the folded search text, and follows a correction of the title or the source', async () => {
    const { story, assignment } = transferredStory();
    const other = new TaskStory(OTHER);
    other.assigned(day(1), tranVanAn, unit.soTnmt);
    story.corrected(day(3), tranVanAn, assignment, 'TaskAssigned', {
      title: 'Kiểm tra trật tự XÂY DỰNG đô thị',
      source: { number: '2130/UBND-ĐT', date: '2026-03-02' },
    });
    await spec
      .givenEvents([...storedEventsOf(`task-${TASK}`, story.events), ...storedEventsOf(`task-${OTHER}`, other.events)])
      .thenRows('SELECT task_id, title, source_number, search_text FROM rm_task ORDER BY task_id', [
        {
          task_id: TASK,
          title: 'Kiểm tra trật tự XÂY DỰNG đô thị',
          source_number: '2130/UBND-ĐT',
          search_text: 'kiem tra trat tu xay dung do thi 2130/ubnd-dt',
        },
        { task_id: OTHER, title: `Nhiệm vụ ${OTHER}`, source_number: '2128/UBND-TH', search_text: `nhiem vu ${OTHER} 2128/ubnd-th` },
      ]);
  });

  it('lists every party that held or handled the task', async () => {
    const { story } = transferredStory();
    const events = storedEventsOf(`task-${TASK}`, story.events);
    await spec.givenEvents(events).thenRows('SELECT unit_id, person_id FROM rm_task_party ORDER BY unit_id', [
      { unit_id: unit.soTnmt, person_id: null },
      { unit_id: unit.soXayDung, person_id: leVanCuong.personId },
      { unit_id: unit.ubndTp, person_id: tranVanAn.personId },
    ]);
  });

  it('records the hand-offs in order, each citing its event', async () => {
    const { story, assignment, transfer } = transferredStory();
    await spec
      .givenEvents(storedEventsOf(`task-${TASK}`, story.events))
      .thenRows('SELECT seq, event_id, kind, from_unit_id, from_person_id, to_unit_id, to_person_id, at FROM rm_handover ORDER BY seq', [
        {
          seq: 0,
          event_id: uuidOfEventId(assignment),
          kind: 'assignment',
          from_unit_id: unit.ubndTp,
          from_person_id: tranVanAn.personId,
          to_unit_id: unit.soXayDung,
          to_person_id: leVanCuong.personId,
          at: new Date('2026-03-02T02:00:00.000Z'),
        },
        {
          seq: 1,
          event_id: uuidOfEventId(transfer),
          kind: 'transfer',
          from_unit_id: unit.soXayDung,
          from_person_id: leVanCuong.personId,
          to_unit_id: unit.soTnmt,
          to_person_id: null,
          at: new Date('2026-03-04T02:00:00.000Z'),
        },
      ]);
  });
});
