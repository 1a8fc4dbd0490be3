import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiAs } from '../../support/api-client';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { ScenarioClient, type TrailEvent } from '../scenarios/scenario-client';
import { s1Registered } from '../scenarios/s1-story';
import { playStory } from '../scenarios/story-driver';
import { ReadModelClient } from './read-model-client';

// S1 (assigned 2 March 2026 to Sở Xây dựng, transferred to Sở TN&MT on 4 March, returned on 5 March,
// completed on 18 March), then Sở Xây dựng renamed from 5 March: the read endpoints name it as it was
// named on the day of each event — the old name up to the transfer, the new one from the return on.
const { chairman, cuong, inspector } = city;
const OLD = 'Sở Xây dựng';
const NEW = 'Sở Xây dựng và Quy hoạch';
const TNMT = 'Sở Tài nguyên và Môi trường';
const admin = { personId: 'quan-tri-vien', unitId: 'so-noi-vu', roles: ['admin' as const] };

describe('read endpoints give names beside ids, as the organisation named them on the event’s day', () => {
  let t: TestApp;
  let rm: ReadModelClient;
  let taskId: string;
  let trail: TrailEvent[];

  beforeAll(async () => {
    t = await startTestApp();
    const api = new ScenarioClient(t);
    rm = new ReadModelClient(t);
    taskId = await playStory(api, s1Registered('Không thuộc chức năng của Sở', { text: 'Đã xử lý' }));
    trail = await api.trail(taskId, chairman);
    await rm.caughtUp(taskId, 6, chairman);
    await apiAs(t.app, t.tokenFor(admin)).post('/org/units/so-xay-dung/renames', { name: NEW, validFrom: '2026-03-05' }).expect(201);
  });
  afterAll(() => t.close());

  it('the slip (custody): each hand-over names the giver and the receiver as on its day', async () => {
    const body = await rm.get(`/tasks/${taskId}/custody`, chairman);
    expect(body['categoryLabel']).toBe('Xây dựng');
    const intervals = body['intervals'] as Array<Record<string, any>>;
    expect(intervals.map((interval) => [interval['giver']?.['unitName'] ?? null, interval['receiver']['unitName']])).toEqual([
      ['UBND thành phố', OLD],
      [OLD, OLD],
      [OLD, TNMT],
      [TNMT, NEW],
    ]);
    expect(intervals[3]!['receiver']).toEqual({
      unitId: 'so-xay-dung',
      unitName: NEW,
      personId: cuong.personId,
      personName: 'Lê Văn Cường',
    });
    expect(intervals[3]!['giver']).toMatchObject({ personName: 'Phạm Minh Dũng' });
    expect((body['unitStints'] as Array<Record<string, any>>).map((stint) => stint['unitName'])).toEqual([OLD, TNMT, NEW]);
    expect(body['measures']).toMatchObject({ firstLeadUnitId: 'so-xay-dung', firstLeadUnitName: OLD });
  });

  it('the task list names the lead and the holder as on the day they took it, and labels the category', async () => {
    const page = await rm.get(`/tasks?unit=so-tnmt`, chairman);
    expect(page['items']).toEqual([
      expect.objectContaining({
        id: taskId,
        categoryLabel: 'Xây dựng',
        lead: { unitId: 'so-xay-dung', unitName: NEW },
        holder: { unitId: 'so-xay-dung', unitName: NEW, personId: cuong.personId, personName: 'Lê Văn Cường' },
      }),
    ]);
  });

  it('the task names each entry’s person and unit as on the entry’s day', async () => {
    const task = await rm.get(`/tasks/${taskId}`, chairman);
    const [assigned, , , transferred, , completed] = trail.map((event) => event.id);
    expect(task['categoryLabel']).toBe('Xây dựng');
    expect(task['assigningAuthority']).toEqual({
      unitId: 'ubnd-tp',
      unitName: 'UBND thành phố',
      personId: 'tran-van-an',
      personName: 'Trần Văn An',
    });
    expect(task['entries'][assigned!]['recordedFor']).toMatchObject({ unitName: 'UBND thành phố', personName: 'Trần Văn An' });
    expect(task['entries'][transferred!]['recordedFor']).toEqual({
      unitId: 'so-xay-dung',
      unitName: OLD,
      personId: cuong.personId,
      personName: 'Lê Văn Cường',
    });
    expect(task['entries'][completed!]['recordedFor']).toMatchObject({ unitId: 'so-xay-dung', unitName: NEW });
    expect(task['lead']).toMatchObject({ unitId: 'so-xay-dung', unitName: NEW, coordinatingUnitNames: [] });
  });

  it('the handover network names each end of an arc as on the day of the arc’s last hand-over', async () => {
    const unit = await rm.get('/handover-network?level=unit&from=2026-03-01&to=2026-04-01', chairman);
    expect(unit['edges'].map((edge: Record<string, unknown>) => [edge['from'], edge['fromName'], edge['to'], edge['toName']])).toEqual([
      ['so-tnmt', TNMT, 'so-xay-dung', NEW],
      ['so-xay-dung', OLD, 'so-tnmt', TNMT],
      ['ubnd-tp', 'UBND thành phố', 'so-xay-dung', OLD],
    ]);
    const person = await rm.get('/handover-network?level=person&from=2026-03-01&to=2026-04-01', chairman);
    const names = new Map<string, unknown>();
    for (const edge of person['edges'] as Array<Record<string, unknown>>) {
      names.set(edge['from'] as string, edge['fromName']);
      names.set(edge['to'] as string, edge['toName']);
    }
    expect(names.get(cuong.personId)).toBe('Lê Văn Cường');
    expect(names.get('tran-van-an')).toBe('Trần Văn An');
  });

  it('the trail (GET /tasks/{id}/events) names each recorder beside the stored metadata, as on the event’s day', async () => {
    const events = (await rm.get(`/tasks/${taskId}/events`, chairman))['events'] as Array<Record<string, any>>;
    const byType = new Map(events.map((event) => [event['type'], event]));
    expect(byType.get('TaskTransferred')!['actor']).toEqual({
      unitId: 'so-xay-dung',
      unitName: OLD,
      personId: cuong.personId,
      personName: 'Lê Văn Cường',
    });
    expect(byType.get('TaskTransferred')!['metadata']['actor']).toEqual({ unitId: 'so-xay-dung', personId: cuong.personId });
    expect(byType.get('TaskCompleted')!['actor']).toMatchObject({ unitName: NEW });
    expect(byType.get('TaskCompleted')!['onBehalfOf']).toBeNull();
  });

  it('the audit trail names the recorder’s unit as on the day the event occurred', async () => {
    const page = await rm.get(`/audit/events?task=${taskId}`, inspector);
    const byType = new Map((page['items'] as Array<Record<string, any>>).map((entry) => [entry['type'], entry]));
    expect(byType.get('TaskTransferred')!['actor']).toMatchObject({ unitName: OLD, personName: 'Lê Văn Cường', name: 'Lê Văn Cường' });
    expect(byType.get('TaskCompleted')!['actor']).toMatchObject({ unitId: 'so-xay-dung', unitName: NEW });
  });

  it('findings and responsibility name the person and the unit as on the finding’s day', async () => {
    const findings = await rm.get(`/findings?task=${taskId}`, inspector);
    const pushed = (findings['items'] as Array<Record<string, any>>).find((item) => item['ruleCode'] === 'OWN_WORK_TRANSFERRED')!;
    expect(pushed['responsible']).toEqual([
      expect.objectContaining({ unitId: 'so-xay-dung', unitName: OLD, personId: cuong.personId, personName: 'Lê Văn Cường' }),
    ]);
    const responsibility = await rm.get(`/tasks/${taskId}/responsibility`, chairman);
    const lines = responsibility['individual'] as Array<Record<string, any>>;
    expect(lines.find((line) => line['basisCode'] === 'FINDING')!['party']).toMatchObject({ unitName: OLD, personName: 'Lê Văn Cường' });
    expect(lines.find((line) => line['basisCode'] === 'HELD_AFTER_DEADLINE')!['party']).toMatchObject({ unitName: NEW });
    expect(responsibility['supervisory'][0]).toMatchObject({
      supervisesPersonName: 'Lê Văn Cường',
      party: { personName: 'Nguyễn Thị Bình' },
    });
  });
});
