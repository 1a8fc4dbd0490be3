import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { person, ScenarioClient, utc, type TrailEvent } from '../scenarios/scenario-client';
import { s1Registered } from '../scenarios/s1-story';
import { playStory, timesOf } from '../scenarios/story-driver';
import { ReadModelClient } from './read-model-client';

// S1 (scenarios.md) through the task_custody read model: assigned Monday 2 March 2026 (d) to Sở Xây
// dựng, due 16 March; Cường transfers it to Sở TN&MT at d+2, it comes back at d+3, completed d+12.
const { chairman, binh, cuong, dung } = city;
const DUE_AT = '2026-03-16T16:59:59.999Z';
const result = 'Đã kiểm tra hiện trường, lập biên bản và ban hành quyết định xử phạt vi phạm hành chính';
const story = s1Registered('Không thuộc chức năng của Sở', { text: result });
const times = timesOf(story);
const XD = 'Sở Xây dựng';
const TNMT = 'Sở Tài nguyên và Môi trường';
/** A party as the read endpoints give it: the ids, the unit's name on the day, the person's name. */
const named = (party: { unitId: string; personId: string | null }, unitName: string, personName: string | null) => ({
  ...party,
  unitName,
  personName,
});

describe('read model task_custody — S1 over HTTP', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let rm: ReadModelClient;
  let taskId: string;
  let trail: TrailEvent[];

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    rm = new ReadModelClient(t);
    taskId = await playStory(api, story);
    trail = await api.trail(taskId, chairman);
    await rm.caughtUp(taskId, 6, chairman);
  });
  afterAll(() => t.close());

  it('custody: three unit stints (Sở Xây dựng d→d+2, Sở TN&MT d+2→d+3, Sở Xây dựng d+3→d+12), completed late by 2 working days, 2 reassignments', async () => {
    const [assigned, , delegated, transferred, returned, completed] = trail.map((event) => event.id);
    const body = await rm.get(`/tasks/${taskId}/custody`, binh);
    expect(body['status']).toEqual({
      code: 'completed_late',
      label: 'Hoàn thành quá hạn',
      dueAt: DUE_AT,
      workingDaysLate: 2,
      workingDaysLeft: null,
      workingDaysEarly: 0,
      pausedWorkingDays: 0,
      paused: false,
    });
    expect(body['measures']).toMatchObject({
      reassignmentCount: 2,
      hopCount: 2,
      completedByFirstLead: true,
      resolvedByFirstLead: false,
      pingPong: { direct: 1, indirect: 0 },
    });
    expect(body['unitStints']).toEqual([
      {
        unitId: 'so-xay-dung',
        unitName: XD,
        role: 'lead',
        persons: [null, cuong.personId],
        personNames: [null, 'Lê Văn Cường'],
        from: utc(times.assigned),
        to: utc(times.transferred),
        heldWorkingDays: 2,
        workingDaysAfterDeadline: 0,
        openedByEventId: assigned,
        closedByEventId: transferred,
      },
      {
        unitId: 'so-tnmt',
        unitName: TNMT,
        role: 'other_unit',
        persons: [null],
        personNames: [null],
        from: utc(times.transferred),
        to: utc(times.returned),
        heldWorkingDays: 1,
        workingDaysAfterDeadline: 0,
        openedByEventId: transferred,
        closedByEventId: returned,
      },
      {
        unitId: 'so-xay-dung',
        unitName: XD,
        role: 'lead',
        persons: [cuong.personId],
        personNames: ['Lê Văn Cường'],
        from: utc(times.returned),
        to: utc(times.completed),
        heldWorkingDays: 9,
        workingDaysAfterDeadline: 2,
        openedByEventId: returned,
        closedByEventId: completed,
      },
    ]);
    expect(body['intervals']).toEqual([
      expect.objectContaining({
        index: 0,
        giver: named(person(chairman), 'UBND thành phố', 'Trần Văn An'),
        receiver: named({ unitId: 'so-xay-dung', personId: null }, XD, null),
        heldWorkingDays: 0,
        openedByEventId: assigned,
        closedByEventId: delegated,
        grade: null,
      }),
      expect.objectContaining({
        index: 1,
        giver: named(person(binh), XD, 'Nguyễn Thị Bình'),
        receiver: named(person(cuong), XD, 'Lê Văn Cường'),
        from: utc(times.delegated),
        to: utc(times.transferred),
        heldWorkingDays: 2,
        workingDaysAfterDeadline: 0,
      }),
      expect.objectContaining({
        index: 2,
        giver: named(person(cuong), XD, 'Lê Văn Cường'),
        receiver: named({ unitId: 'so-tnmt', personId: null }, TNMT, null),
        heldWorkingDays: 1,
        workingDaysAfterDeadline: 0,
      }),
      expect.objectContaining({
        index: 3,
        giver: named(person(dung), TNMT, 'Phạm Minh Dũng'),
        receiver: named(person(cuong), XD, 'Lê Văn Cường'),
        heldWorkingDays: 9,
        workingDaysAfterDeadline: 2,
        daysAfterDeadline: ['2026-03-17', '2026-03-18'],
        openedByEventId: returned,
        closedByEventId: completed,
      }),
    ]);
  });

  it('responsibility: 2 late days and, from the OWN_WORK_TRANSFERRED finding, the day at Sở TN&MT on Lê Văn Cường; supervisory on Nguyễn Thị Bình, kept apart, in Vietnamese with the event ids', async () => {
    const [, , , transferred, returned, completed] = trail.map((event) => event.id);
    const body = await rm.get(`/tasks/${taskId}/responsibility`, chairman);
    expect(body).toMatchObject({ taskId, status: 'completed_late', statusLabel: 'Hoàn thành quá hạn', delayed: true, setAside: [] });
    const late = 'Giữ nhiệm vụ 2 ngày làm việc sau hạn (từ 17/03/2026 đến 18/03/2026)';
    const pushed =
      'Ngày 04/03/2026, Lê Văn Cường (Sở Xây dựng) chuyển nhiệm vụ “Kiểm tra, xử lý công trình xây dựng không phép tại phường Hòa Cường Bắc” ' +
      '(lĩnh vực "construction", thuộc chức năng, nhiệm vụ của Sở Xây dựng tại thời điểm đó) sang Sở Tài nguyên và Môi trường.';
    expect(body['individual']).toEqual([
      expect.objectContaining({
        kind: 'individual',
        basisCode: 'HELD_AFTER_DEADLINE',
        party: { unitId: 'so-xay-dung', unitName: XD, personId: cuong.personId, personName: 'Lê Văn Cường', resolvedAs: 'holder' },
        workingDays: 2,
        days: ['2026-03-17', '2026-03-18'],
        explanation: late,
        eventIds: [returned, completed],
      }),
      expect.objectContaining({
        kind: 'individual',
        basisCode: 'FINDING',
        ruleCode: 'OWN_WORK_TRANSFERRED',
        party: { unitId: 'so-xay-dung', unitName: XD, personId: cuong.personId, personName: 'Lê Văn Cường', resolvedAs: 'holder' },
        workingDays: 1,
        days: ['2026-03-05'],
        explanation: pushed,
        eventIds: [transferred, returned],
      }),
    ]);
    expect(body['supervisory']).toEqual([
      expect.objectContaining({
        kind: 'supervisory',
        basisCode: 'HELD_AFTER_DEADLINE',
        party: { unitId: 'so-xay-dung', unitName: XD, personId: binh.personId, personName: 'Nguyễn Thị Bình', resolvedAs: 'unit_head' },
        workingDays: 2,
        supervisesPersonId: cuong.personId,
        supervisesPersonName: 'Lê Văn Cường',
        days: ['2026-03-17', '2026-03-18'],
        explanation: `Trách nhiệm người đứng đầu (nguyên tắc thủ trưởng) đối với 2 ngày làm việc chậm của cấp dưới (từ 17/03/2026 đến 18/03/2026): ${late}`,
        eventIds: [returned, completed],
      }),
      expect.objectContaining({
        kind: 'supervisory',
        basisCode: 'FINDING',
        party: { unitId: 'so-xay-dung', unitName: XD, personId: binh.personId, personName: 'Nguyễn Thị Bình', resolvedAs: 'unit_head' },
        workingDays: 1,
        supervisesPersonId: cuong.personId,
        supervisesPersonName: 'Lê Văn Cường',
        days: ['2026-03-05'],
        eventIds: [transferred, returned],
      }),
    ]);
  });

  it('the list shows it with its Vietnamese status label and counts; an unknown task is a 404', async () => {
    const page = await rm.get('/tasks?unit=so-tnmt', chairman);
    expect(page['items']).toEqual([
      {
        id: taskId,
        title: 'Kiểm tra, xử lý công trình xây dựng không phép tại phường Hòa Cường Bắc',
        category: 'construction',
        categoryLabel: 'Xây dựng',
        lead: { unitId: 'so-xay-dung', unitName: XD },
        holder: named(person(cuong), XD, 'Lê Văn Cường'),
        deadline: DUE_AT,
        status: { code: 'completed_late', label: 'Hoàn thành quá hạn' },
        reassignmentCount: 2,
        hopCount: 2,
        resolvedByFirstLead: false,
      },
    ]);
    expect(page['nextCursor']).toBeNull();
    const missing = await rm.get('/tasks/00000000-0000-4000-8000-000000000000/custody', chairman, 404);
    expect(missing).toMatchObject({ status: 404, detail: 'Không tìm thấy nhiệm vụ 00000000-0000-4000-8000-000000000000.' });
  });

  it('handover network: Sở Xây dựng → Sở TN&MT and back, once each, with the waits', async () => {
    const body = await rm.get('/handover-network?level=unit&from=2026-03-01&to=2026-03-31', chairman);
    expect(body['edges'].map((edge: Record<string, unknown>) => [edge['from'], edge['to'], edge['count']])).toEqual([
      ['so-tnmt', 'so-xay-dung', 1],
      ['so-xay-dung', 'so-tnmt', 1],
      ['ubnd-tp', 'so-xay-dung', 1],
    ]);
    const transfer = body['edges'].find((edge: Record<string, unknown>) => edge['from'] === 'so-xay-dung' && edge['to'] === 'so-tnmt');
    expect(transfer).toMatchObject({ medianWaitWorkingDays: transfer['averageWaitWorkingDays'] });
    expect(body['tasks']).toBeNull();
    const outside = await rm.get('/handover-network?level=person&from=2026-04-01', chairman);
    expect(outside['edges']).toEqual([]);
  });

  it('handover network: one arc asked by giver and receiver lists exactly the tasks handed over on it', async () => {
    const arc = await rm.get('/handover-network?level=unit&from=2026-03-01&to=2026-03-31&giver=so-xay-dung&receiver=so-tnmt', chairman);
    expect(arc['tasks']).toEqual([{ id: taskId, title: expect.any(String), count: 1 }]);
    const listed = await rm.get(`/tasks?unit=so-tnmt`, chairman);
    expect(arc['tasks'][0]['title']).toBe(listed['items'][0]['title']);
    const none = await rm.get('/handover-network?level=unit&from=2026-03-01&to=2026-03-31&giver=so-tnmt&receiver=ubnd-tp', chairman);
    expect(none['tasks']).toEqual([]);
    const half = await rm.get('/handover-network?level=unit&giver=so-tnmt', chairman, 400);
    expect(half).toMatchObject({ status: 400, errors: [{ field: 'receiver' }] });
  });

  it('handover network: per unit first led, its tasks’ reassignments and how many its first lead resolved, as the task list gives them', async () => {
    const body = await rm.get('/handover-network?level=unit&from=2026-03-01&to=2026-03-31', chairman);
    const listed = (await rm.get(`/tasks?unit=so-xay-dung`, chairman))['items'] as Array<Record<string, any>>;
    const item = listed.find((row) => row['id'] === taskId)!;
    expect(body['units']).toEqual([
      {
        unitId: 'so-xay-dung',
        unitName: XD,
        taskCount: 1,
        reassignmentCount: item['reassignmentCount'],
        resolvedByFirstLeadCount: item['resolvedByFirstLead'] ? 1 : 0,
        resolvedByFirstLeadRate: item['resolvedByFirstLead'] ? 1 : 0,
      },
    ]);
  });
});
