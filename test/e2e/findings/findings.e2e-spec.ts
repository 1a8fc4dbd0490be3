import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import { dumpTables } from '@lib/projector';
import { PG_POOL, ProjectorService } from '../../../apps/api/src/testing';
import { FINDINGS_PROJECTION, FINDINGS_TABLES } from '@lib/read-models/findings';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { s1Assignment } from '../scenarios/s1-story';
import { at, ScenarioClient, unitParty, type TrailEvent } from '../scenarios/scenario-client';
import { FindingsClient } from './findings-client';

// Two tasks of Sở Xây dựng, construction work within its own mandate, Lê Văn Cường responsible:
// T1 is S1 (transferred to Sở TN&MT on 4 March, returned on 5 March, completed late on 18 March); T2 is
// transferred too, but the transfer was a slip and the chairman, who assigned it, voids it the same day (a
// voiding by Cường himself would hold the finding for the inspector instead: self-void.e2e-spec.ts).
const { chairman, binh, cuong, dung, inspector } = city;
const title1 = 'Kiểm tra, xử lý công trình xây dựng không phép tại phường Hòa Cường Bắc';
const title2 = 'Rà soát hồ sơ cấp phép xây dựng khu dân cư Nam Cẩm Lệ';
const confirmReason = 'Đã đối chiếu phiếu chuyển ngày 04/3/2026: việc thuộc thẩm quyền Sở Xây dựng, chuyển đi là sai.';
const dismissReason = 'Ông Cường trình bày có ý kiến chỉ đạo miệng của lãnh đạo Sở; cần xác minh thêm trước khi kết luận.';

describe('findings over HTTP: detection, evidence, review, superseded entries, attribution, rebuild', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let http: FindingsClient;
  let t1: string;
  let t2: string;
  let trail1: TrailEvent[];
  let byRule: Record<string, string>;
  let voidedFindingId: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    http = new FindingsClient(t);
    t1 = await api.assign(chairman, s1Assignment(title1, at('2026-03-02', '08:30')));
    await api.act(cuong, t1, 'transfers', { to: unitParty('so-tnmt'), reason: 'Thuộc lĩnh vực đất đai', occurredAt: at('2026-03-04') }, [
      'TaskTransferred',
    ]);
    await api.act(dung, t1, 'returns', { reasonCode: 'not_our_mandate', reason: 'Không thuộc chức năng', occurredAt: at('2026-03-05') }, [
      'TaskReturned',
    ]);
    await api.act(cuong, t1, 'completion', { result: 'Đã xử lý', occurredAt: at('2026-03-18', '15:00') }, ['TaskCompleted']);
    trail1 = await api.trail(t1, chairman);
    const page = await http.get(`/findings?task=${t1}`, inspector);
    byRule = Object.fromEntries((page['items'] as Array<{ ruleCode: string; id: string }>).map((item) => [item.ruleCode, item.id]));

    t2 = await api.assign(chairman, s1Assignment(title2, at('2026-03-03', '08:30')));
    const transfer = await api.act(
      cuong,
      t2,
      'transfers',
      { to: unitParty('so-tnmt'), reason: 'Chuyển nhầm', occurredAt: at('2026-03-04', '10:00') },
      ['TaskTransferred'],
    );
    const detected = await http.get(`/findings?task=${t2}`, inspector);
    expect(detected['items'].map((item: { ruleCode: string; status: string }) => [item.ruleCode, item.status])).toEqual([
      ['OWN_WORK_TRANSFERRED', 'open'],
    ]);
    voidedFindingId = detected['items'][0].id;
    await http.post(`/events/${transfer.events[0]!.eventId}/voidings`, chairman, {
      reason: 'Ghi nhầm việc chuyển; nhiệm vụ vẫn do Sở Xây dựng xử lý',
      occurredAt: at('2026-03-04', '10:30'),
    });
  });
  afterAll(() => t.close());

  it('T1 has exactly its S1 findings, newest first, each open', async () => {
    const page = await http.get(`/findings?task=${t1}`, inspector);
    expect(page['items'].map((item: Record<string, unknown>) => [item['ruleCode'], item['on'], item['status']])).toEqual([
      ['OVERDUE_HOLD', '2026-03-17', 'open'],
      ['PING_PONG', '2026-03-05', 'open'],
      ['OWN_WORK_TRANSFERRED', '2026-03-04', 'open'],
    ]);
    expect(page['nextCursor']).toBeNull();
  });

  it('GET /findings/{id}: evidence events inline with positions, Vietnamese explanation with names, basis, rule version and parameters', async () => {
    const [, transferred, returned] = trail1;
    const detail = await http.get(`/findings/${byRule['OWN_WORK_TRANSFERRED']}`, binh);
    expect(detail).toMatchObject({
      id: byRule['OWN_WORK_TRANSFERRED'],
      ruleCode: 'OWN_WORK_TRANSFERRED',
      ruleVersion: 1,
      ruleTitle: expect.stringMatching(/\S/),
      taskId: t1,
      status: 'open',
      responsible: [
        { unitId: 'so-xay-dung', unitName: 'Sở Xây dựng', personId: cuong.personId, personName: 'Lê Văn Cường', resolvedAs: 'named' },
      ],
      supervisory: [
        {
          unitId: 'so-xay-dung',
          unitName: 'Sở Xây dựng',
          personId: binh.personId,
          personName: 'Nguyễn Thị Bình',
          supervisesPersonId: cuong.personId,
        },
      ],
      explanation: `Ngày 04/03/2026, Lê Văn Cường (Sở Xây dựng) chuyển nhiệm vụ “${title1}” (lĩnh vực "construction", thuộc chức năng, nhiệm vụ của Sở Xây dựng tại thời điểm đó) sang Sở Tài nguyên và Môi trường.`,
      explanationWithIds: `Ngày 04/03/2026, le-van-cuong (so-xay-dung) chuyển nhiệm vụ ${t1} (lĩnh vực "construction", thuộc chức năng, nhiệm vụ của so-xay-dung tại thời điểm đó) sang so-tnmt.`,
      basis: expect.stringContaining('2128/UBND-TH'),
      detectedBy: { eventId: transferred!.id, globalPosition: transferred!.globalPosition },
      superseded: null,
      reviews: [],
    });
    expect(
      detail['evidence'].map((event: Record<string, unknown>) => [
        event['eventId'],
        event['type'],
        event['globalPosition'],
        event['streamVersion'],
      ]),
    ).toEqual([
      [transferred!.id, 'TaskTransferred', transferred!.globalPosition, 1],
      [returned!.id, 'TaskReturned', returned!.globalPosition, 2],
    ]);
    expect(detail['evidence'][0]).toMatchObject({
      actor: { personId: cuong.personId, personName: 'Lê Văn Cường', unitName: 'Sở Xây dựng' },
      data: { reason: 'Thuộc lĩnh vực đất đai' },
    });
    expect(detail['findingShares']).toEqual([expect.objectContaining({ findingId: byRule['OWN_WORK_TRANSFERRED'], days: ['2026-03-05'] })]);
    expect(detail['explanation']).toBe(detail['explanation'].normalize('NFC'));
  });

  it('a transfer voided by someone the finding does not name leaves no active finding: the one it caused is superseded, kept visible with the reason, and cannot be judged', async () => {
    expect(await http.statusesOf(t2, inspector)).toEqual({ OWN_WORK_TRANSFERRED: 'superseded' });
    const detail = await http.get(`/findings/${voidedFindingId}`, inspector);
    expect(detail).toMatchObject({ status: 'superseded', superseded: { reason: 'evidence_voided', byEventId: expect.any(String) } });
    const refused = await http.post(`/findings/${voidedFindingId}/confirmation`, inspector, { justification: confirmReason }, 422);
    expect(refused).toMatchObject({ status: 422, rule: 'FINDING_SUPERSEDED', detail: expect.stringContaining('thay thế') });
    const open = await http.get(`/findings?task=${t2}&status=open`, inspector);
    expect(open['items']).toEqual([]);
  });

  it('only an inspector judges; a justification is required; an unknown or malformed id is a 404 or 400', async () => {
    await http.post(`/findings/${byRule['PING_PONG']}/confirmation`, binh, { justification: confirmReason }, 403);
    const missing = await http.post(`/findings/${byRule['PING_PONG']}/confirmation`, inspector, {}, 400);
    expect(new Set(missing['errors'].map((error: { field: string }) => error.field))).toEqual(new Set(['justification']));
    const short = await http.post(`/findings/${byRule['PING_PONG']}/dismissal`, inspector, { justification: '  Sai.  ' }, 422);
    expect(short).toMatchObject({ rule: 'JUSTIFICATION_REQUIRED', context: { length: 4 } });
    await http.post('/findings/00000000-0000-4000-8000-000000000000/confirmation', inspector, { justification: confirmReason }, 404);
    const malformed = await http.get('/findings/not-a-uuid', inspector, 400);
    expect(malformed['errors']).toEqual([{ field: 'findingId', reason: 'phải là mã UUID' }]);
    expect(await http.statusesOf(t1, inspector)).toEqual({ OVERDUE_HOLD: 'open', OWN_WORK_TRANSFERRED: 'open', PING_PONG: 'open' });
  });

  it('confirmation is an event on the review stream, safe to retry under an Idempotency-Key, refused a second time', async () => {
    const key = 'review-ping-pong-1';
    const first = await http.post(`/findings/${byRule['PING_PONG']}/confirmation`, inspector, { justification: confirmReason }, 201, {
      'Idempotency-Key': key,
    });
    const again = await http.post(`/findings/${byRule['PING_PONG']}/confirmation`, inspector, { justification: confirmReason }, 201, {
      'Idempotency-Key': key,
    });
    expect(again).toEqual(first);
    expect(first).toMatchObject({ findingId: byRule['PING_PONG'], decision: 'confirmed', streamVersion: 0 });
    const twice = await http.post(`/findings/${byRule['PING_PONG']}/confirmation`, inspector, { justification: confirmReason }, 422);
    expect(twice).toMatchObject({ rule: 'FINDING_ALREADY_REVIEWED' });
    const detail = await http.get(`/findings/${byRule['PING_PONG']}`, inspector);
    expect(detail['status']).toBe('confirmed');
    expect(detail['reviews']).toEqual([
      expect.objectContaining({
        eventId: first['eventId'],
        decision: 'confirmed',
        justification: confirmReason,
        inspector: { personId: inspector.personId, personName: 'Vũ Thu Hà', unitId: inspector.unitId, unitName: 'Thanh tra thành phố' },
        revisesEventId: null,
      }),
    ]);
  });

  it('a dismissed finding stays listed with its reason, and its share leaves the attribution (set aside); a revision brings it back', async () => {
    const line = { basisCode: 'FINDING', ruleCode: 'OWN_WORK_TRANSFERRED', days: ['2026-03-05'] };
    const before = await http.get(`/tasks/${t1}/responsibility`, chairman);
    expect(before['individual']).toEqual(expect.arrayContaining([expect.objectContaining(line)]));

    const dismissed = await http.post(`/findings/${byRule['OWN_WORK_TRANSFERRED']}/dismissal`, inspector, { justification: dismissReason });
    const listed = await http.get(`/findings?task=${t1}&status=dismissed`, inspector);
    expect(listed['items'].map((item: { id: string }) => item.id)).toEqual([byRule['OWN_WORK_TRANSFERRED']]);
    const detail = await http.get(`/findings/${byRule['OWN_WORK_TRANSFERRED']}`, inspector);
    expect(detail['reviews'].map((review: Record<string, unknown>) => [review['decision'], review['justification']])).toEqual([
      ['dismissed', dismissReason],
    ]);
    const after = await http.get(`/tasks/${t1}/responsibility`, chairman);
    expect(after['individual']).not.toEqual(expect.arrayContaining([expect.objectContaining(line)]));
    expect(after['setAside']).toEqual([
      { findingId: byRule['OWN_WORK_TRANSFERRED'], ruleCode: 'OWN_WORK_TRANSFERRED', status: 'dismissed' },
    ]);

    const revised = await http.post(`/findings/${byRule['OWN_WORK_TRANSFERRED']}/confirmation`, inspector, {
      justification: confirmReason,
    });
    expect(revised['streamVersion']).toBe(1);
    const review = await http.get(`/findings/${byRule['OWN_WORK_TRANSFERRED']}`, inspector);
    expect(review['status']).toBe('confirmed');
    expect(review['reviews'].map((entry: Record<string, unknown>) => [entry['decision'], entry['revisesEventId']])).toEqual([
      ['dismissed', null],
      ['confirmed', dismissed['eventId']],
    ]);
    const restored = await http.get(`/tasks/${t1}/responsibility`, chairman);
    expect(restored['individual']).toEqual(expect.arrayContaining([expect.objectContaining(line)]));
    expect(restored['setAside']).toEqual([]);
  });

  it('lists by rule, unit, person, status and period, newest first, with a cursor; bad filters are 400s naming the field', async () => {
    const byPerson = await http.get(`/findings?person=${binh.personId}`, inspector);
    expect(byPerson['items'].map((item: { ruleCode: string }) => item.ruleCode)).toEqual([
      'OVERDUE_HOLD',
      'PING_PONG',
      'OWN_WORK_TRANSFERRED',
      'OWN_WORK_TRANSFERRED',
    ]);
    expect((await http.get('/findings?unit=so-tnmt', inspector))['items']).toEqual([]);
    expect((await http.get('/findings?rule=PING_PONG', inspector))['items'].map((item: { id: string }) => item.id)).toEqual([
      byRule['PING_PONG'],
    ]);
    expect(
      (await http.get('/findings?status=confirmed&from=2026-03-05&to=2026-03-05', inspector))['items'].map(
        (item: { ruleCode: string }) => item.ruleCode,
      ),
    ).toEqual(['PING_PONG']);
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Record<string, any> = await http.get(`/findings?unit=so-xay-dung&limit=1${cursor ? `&cursor=${cursor}` : ''}`, inspector);
      pages.push(...page['items'].map((item: { id: string }) => item.id));
      cursor = page['nextCursor'];
    } while (cursor !== null);
    const whole = await http.get('/findings?unit=so-xay-dung&limit=200', inspector);
    expect(pages).toEqual(whole['items'].map((item: { id: string }) => item.id));
    expect(pages).toHaveLength(4);
    for (const [query, field] of [
      ['rule=BLAME', 'rule'],
      ['status=closed', 'status'],
      ['limit=0', 'limit'],
      ['from=yesterday', 'from'],
      ['cursor=abc', 'cursor'],
      ['task=T1', 'task'],
      ['colour=red', 'colour'],
    ] as const) {
      const problem = await http.get(`/findings?${query}`, inspector, 400);
      expect(problem).toMatchObject({ status: 400, errors: [expect.objectContaining({ field })] });
    }
    await http.get('/findings', cuong, 403);
  });

  it('rebuilding the findings projection twice gives the same rows byte for byte as the live ones, reviews included', async () => {
    const pool = t.app.get<Pool>(PG_POOL);
    const projector = t.app.get(ProjectorService);
    await http.get(`/findings?task=${t1}`, inspector);
    const live = await dumpTables(pool, FINDINGS_TABLES);
    expect(live).toMatch(/"decision": ?"confirmed"/);
    await projector.runtime.rebuild([FINDINGS_PROJECTION]);
    const first = await dumpTables(pool, FINDINGS_TABLES);
    await projector.runtime.rebuild([FINDINGS_PROJECTION]);
    const second = await dumpTables(pool, FINDINGS_TABLES);
    expect(second).toBe(first);
    expect(first).toBe(live);
  });
});
