import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { s1Assignment } from '../scenarios/s1-story';
import { at, ScenarioClient, unitParty, type Person } from '../scenarios/scenario-client';
import { FindingsClient } from './findings-client';

// Issue 14, points 6 and 8. A difficulty Cường reports himself excuses nothing until the competent authority
// (the chairman, who assigned the task, or Bình, the head above him) accepts it; a protected initiative
// (Decree 73/2023) is recorded by the assigning authority alone, and the findings on the task then show it.
const { chairman, binh, cuong, dung, inspector } = city;

describe('objective causes confirmed and protected initiatives recorded, over HTTP', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let http: FindingsClient;

  const post = (who: Person, path: string, body: object, headers: Record<string, string> = {}) =>
    request(t.app.getHttpServer())
      .post(path)
      .set('Authorization', `Bearer ${t.tokenFor(who)}`)
      .set(headers)
      .send(body);
  const eventCount = async (taskId: string): Promise<number> => (await api.trail(taskId, chairman)).length;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    http = new FindingsClient(t);
  });
  afterAll(() => t.close());

  describe('POST /tasks/{id}/difficulties/{eventId}/assessments', () => {
    let taskId: string;
    let difficultyId: string;
    const path = () => `/tasks/${taskId}/difficulties/${difficultyId}/assessments`;
    const accept = { accepted: true, reason: 'Chủ đầu tư nghỉ Tết, đã có văn bản xác nhận chưa gửi số liệu', occurredAt: at('2026-03-20') };

    beforeAll(async () => {
      // S1's T1 held by Cường, due Monday 16 March; a difficulty reported on Friday 13 March; completed late on 18 March.
      taskId = await api.assign(chairman, s1Assignment('Kiểm tra công trình xây dựng không phép tại phường Hòa Cường Bắc'));
      const reported = await api.act(
        cuong,
        taskId,
        'difficulties',
        {
          to: { unitId: chairman.unitId, personId: chairman.personId },
          content: 'Chủ đầu tư chưa gửi số liệu',
          occurredAt: at('2026-03-13'),
        },
        ['DifficultyReported'],
      );
      difficultyId = reported.events[0]!.eventId;
      await api.act(cuong, taskId, 'completion', { result: 'Đã xử lý', occurredAt: at('2026-03-18', '15:00') }, ['TaskCompleted']);
    });

    it('shows a self-declared difficulty as no exemption in the attribution', async () => {
      const responsibility = await http.get(`/tasks/${taskId}/responsibility`, chairman);
      const held = responsibility['individual'].filter((line: Record<string, any>) => line.basisCode === 'HELD_AFTER_DEADLINE');
      expect(held.map((line: Record<string, any>) => [line.party.personId, line.workingDays, line.exemption])).toEqual([
        [cuong.personId, 2, null],
      ]);
    });

    it('refuses the holder who reported it and a head of another unit (422), writing nothing', async () => {
      const before = await eventCount(taskId);
      await api.refused(cuong, path(), accept, {
        rule: 'TASK_NOT_DIFFICULTY_ASSESSOR',
        detail: expect.stringContaining('nguyên nhân khách quan') as unknown as string,
      });
      await api.refused(dung, path(), accept, {
        rule: 'TASK_NOT_DIFFICULTY_ASSESSOR',
        detail: expect.stringContaining('nguyên nhân khách quan') as unknown as string,
      });
      expect((await post(inspector, path(), accept)).status).toBe(403);
      expect(await eventCount(taskId)).toBe(before);
    });

    it('answers 400 naming the field for bad input, 422 for an entry that is not a difficulty, writing nothing', async () => {
      const before = await eventCount(taskId);
      const missing = await post(chairman, path(), { reason: accept.reason }).expect(400);
      expect(missing.body.errors.map((error: { field: string }) => error.field)).toContain('accepted');
      const blank = await post(chairman, path(), { ...accept, reason: '' }).expect(400);
      expect(blank.body.errors.map((error: { field: string }) => error.field)).toContain('reason');
      const notUuid = await post(chairman, `/tasks/${taskId}/difficulties/d-1/assessments`, accept).expect(400);
      expect(notUuid.body.errors.map((error: { field: string }) => error.field)).toEqual(['difficultyEventId']);
      await api.refused(chairman, `/tasks/${taskId}/difficulties/${randomUUID()}/assessments`, accept, {
        rule: 'TASK_UNKNOWN_DIFFICULTY',
        detail: 'Không có báo cáo khó khăn, vướng mắc này trong nhiệm vụ.',
      });
      expect(await eventCount(taskId)).toBe(before);
    });

    it('records the acceptance by the assigning authority once under an Idempotency-Key, then refuses a second assessment', async () => {
      const before = await eventCount(taskId);
      const key = `assess-${randomUUID()}`;
      const first = await post(chairman, path(), accept, { 'Idempotency-Key': key }).expect(201);
      const again = await post(chairman, path(), accept, { 'Idempotency-Key': key }).expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      const trail = await api.trail(taskId, chairman);
      expect(trail).toHaveLength(before + 1);
      expect(trail.at(-1)).toMatchObject({
        type: 'DifficultyAssessed',
        data: {
          difficultyEventId: difficultyId,
          accepted: true,
          assessedBy: { unitId: chairman.unitId, personId: chairman.personId },
          reportedBy: { unitId: cuong.unitId, personId: cuong.personId },
        },
      });
      await api.refused(
        binh,
        path(),
        { accepted: false, reason: 'Không đồng ý', occurredAt: at('2026-03-21') },
        {
          rule: 'TASK_DIFFICULTY_ALREADY_ASSESSED',
          detail: expect.stringContaining('đã được xác nhận') as unknown as string,
        },
      );
    });

    it("shows the accepted objective cause as an exemption on the holder's lines of the attribution", async () => {
      const responsibility = await http.get(`/tasks/${taskId}/responsibility`, chairman);
      const held = responsibility['individual'].find((line: Record<string, any>) => line.basisCode === 'HELD_AFTER_DEADLINE');
      expect(held).toMatchObject({
        party: { personId: cuong.personId },
        workingDays: 2,
        exemption: { kind: 'objective_cause', effect: 'excused', eventIds: [difficultyId, expect.any(String)] },
      });
      expect(held.exemption.note).toContain('Nguyên nhân khách quan đã được cấp có thẩm quyền xác nhận ngày 20/03/2026');
      const supervisory = responsibility['supervisory'].find((line: Record<string, any>) => line.basisCode === 'HELD_AFTER_DEADLINE');
      expect(supervisory).toMatchObject({ party: { personId: binh.personId }, workingDays: 2, exemption: { kind: 'objective_cause' } });
    });
  });

  describe('POST /tasks/{id}/initiatives', () => {
    let taskId: string;
    const initiative = {
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '2026-03-03',
      personIds: [cuong.personId],
      from: '2026-03-02',
      effect: 'exempt',
      note: 'Thí điểm phối hợp liên ngành xử lý công trình trên đất chưa rõ nguồn gốc',
      occurredAt: at('2026-03-19'),
    };

    beforeAll(async () => {
      // S1 again: Cường transfers his own work to Sở TN&MT on 4 March (OWN_WORK_TRANSFERRED), it comes back on 5 March.
      taskId = await api.assign(chairman, s1Assignment('Rà soát công trình trên đất chưa rõ nguồn gốc tại phường Khuê Trung'));
      await api.act(
        cuong,
        taskId,
        'transfers',
        { to: unitParty('so-tnmt'), reason: 'Thuộc lĩnh vực đất đai', occurredAt: at('2026-03-04') },
        ['TaskTransferred'],
      );
      await api.act(
        dung,
        taskId,
        'returns',
        { reasonCode: 'not_our_mandate', reason: 'Không thuộc chức năng', occurredAt: at('2026-03-05') },
        ['TaskReturned'],
      );
      await api.act(cuong, taskId, 'completion', { result: 'Đã xử lý', occurredAt: at('2026-03-18', '15:00') }, ['TaskCompleted']);
    });

    it('shows no exemption before any initiative is recorded', async () => {
      const page = await http.get(`/findings?task=${taskId}`, inspector);
      const own = page['items'].find((item: Record<string, any>) => item.ruleCode === 'OWN_WORK_TRANSFERRED');
      expect(own).toMatchObject({ exempted: false });
    });

    it('refuses anyone but the assigning authority (422), the head of the lead unit included, writing nothing', async () => {
      const before = await eventCount(taskId);
      for (const who of [binh, cuong]) {
        await api.refused(who, `/tasks/${taskId}/initiatives`, initiative, {
          rule: 'TASK_NOT_ASSIGNING_AUTHORITY',
          detail: expect.stringContaining('cơ quan giao nhiệm vụ') as unknown as string,
        });
      }
      await api.refused(
        chairman,
        `/tasks/${taskId}/initiatives`,
        { ...initiative, personIds: [chairman.personId] },
        {
          rule: 'TASK_INITIATIVE_SELF_PROTECTION',
          detail: 'Người ghi nhận sáng kiến không thể tự ghi mình là người được bảo vệ.',
        },
      );
      expect((await post(inspector, `/tasks/${taskId}/initiatives`, initiative)).status).toBe(403);
      expect(await eventCount(taskId)).toBe(before);
    });

    it('answers 400 naming the field for bad input, writing nothing', async () => {
      const before = await eventCount(taskId);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ ...initiative, decisionNumber: '' }, 'decisionNumber'],
        [{ ...initiative, decisionDate: '03/03/2026' }, 'decisionDate'],
        [{ ...initiative, decisionDate: '2026-02-30' }, 'decisionDate'],
        [{ ...initiative, personIds: [] }, 'personIds'],
        [{ ...initiative, effect: 'forgive' }, 'effect'],
        [{ ...initiative, to: '1 tháng 3' }, 'to'],
      ];
      for (const [body, field] of cases) {
        const response = await post(chairman, `/tasks/${taskId}/initiatives`, body);
        expect({ field, status: response.status, type: response.body.type }).toEqual({
          field,
          status: 400,
          type: expect.stringMatching(/validation-failed$/),
        });
        expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      }
      await api.refused(
        chairman,
        `/tasks/${taskId}/initiatives`,
        { ...initiative, to: '2026-03-01' },
        {
          rule: 'TASK_INITIATIVE_PERIOD_INVALID',
          detail: 'Ngày không hợp lệ (định dạng yyyy-mm-dd), hoặc ngày kết thúc sớm hơn ngày bắt đầu.',
        },
      );
      expect(await eventCount(taskId)).toBe(before);
    });

    it('is recorded by the assigning authority once under an Idempotency-Key', async () => {
      const before = await eventCount(taskId);
      const key = `initiative-${randomUUID()}`;
      const first = await post(chairman, `/tasks/${taskId}/initiatives`, initiative, { 'Idempotency-Key': key }).expect(201);
      const again = await post(chairman, `/tasks/${taskId}/initiatives`, initiative, { 'Idempotency-Key': key }).expect(201);
      expect(again.body).toEqual(first.body);
      const trail = await api.trail(taskId, chairman);
      expect(trail).toHaveLength(before + 1);
      expect(trail.at(-1)).toMatchObject({
        type: 'InitiativeRecorded',
        data: {
          initiativeId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          decisionNumber: '15/QĐ-UBND',
          decisionDate: '2026-03-03',
          personIds: [cuong.personId],
          from: '2026-03-02',
          to: null,
          effect: 'exempt',
        },
      });
    });

    it('makes the findings on the task show the exemption, and the attribution charge no days for them', async () => {
      const page = await http.get(`/findings?task=${taskId}`, inspector);
      const own = page['items'].find((item: Record<string, any>) => item.ruleCode === 'OWN_WORK_TRANSFERRED');
      expect(own).toMatchObject({ exempted: true });
      const detail = await http.get(`/findings/${own.id}`, inspector);
      expect(detail['exemption']).toMatchObject({ effect: 'exempt', decisionReference: 'Quyết định số 15/QĐ-UBND ngày 03/03/2026' });
      expect(detail['explanation']).toContain('Nghị định 73/2023/NĐ-CP');
      const responsibility = await http.get(`/tasks/${taskId}/responsibility`, chairman);
      const cuongLines = responsibility['individual'].filter((line: Record<string, any>) => line.party.personId === cuong.personId);
      expect(cuongLines.length).toBeGreaterThan(0);
      for (const line of cuongLines)
        expect({ basis: line.basisCode, workingDays: line.workingDays }).toEqual({ basis: line.basisCode, workingDays: 0 });
      const held = cuongLines.find((line: Record<string, any>) => line.basisCode === 'HELD_AFTER_DEADLINE');
      expect(held.exemption).toMatchObject({ kind: 'protected_initiative', effect: 'exempt', waivedDays: ['2026-03-17', '2026-03-18'] });
    });
  });

  it('publishes both commands in the OpenAPI document, with Vietnamese examples', async () => {
    const response = await request(t.app.getHttpServer()).get('/docs/openapi.json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/tasks/{taskId}/difficulties/{difficultyEventId}/assessments', '/tasks/{taskId}/initiatives']),
    );
    expect(JSON.stringify(response.body.components.schemas.AssessDifficultyDto)).toContain('Chủ đầu tư nghỉ Tết');
    expect(JSON.stringify(response.body.components.schemas.RecordInitiativeDto)).toContain('15/QĐ-UBND');
  });
});
