import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { apiAs, type ApiClient } from '../support/api-client';
import { city } from '../support/city.fixture';
import { startTestApp, type TestApp } from '../support/test-app';

const assignment = (overrides: Record<string, unknown> = {}) => ({
  title: 'Rà soát, xử lý công trình xây dựng sai phép tại phường Hòa Cường Bắc',
  category: 'construction',
  source: { number: '2128/UBND-TH', date: '2026-03-02' },
  assigningAuthority: { personId: city.chairman.personId, unitId: city.chairman.unitId },
  leadUnitId: 'so-xay-dung',
  coordinatingUnitIds: ['so-tnmt'],
  deadline: { workingDays: 10 },
  occurredAt: '2026-03-02T08:00:00+07:00',
  ...overrides,
});

describe('task commands over HTTP', () => {
  let t: TestApp;
  let chairman: ApiClient;
  let binh: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    chairman = apiAs(t.app, t.tokenFor(city.chairman));
    binh = apiAs(t.app, t.tokenFor(city.binh));
  });
  afterAll(() => t.close());

  async function newTask(): Promise<string> {
    const response = await chairman.post('/tasks', assignment()).expect(201);
    return response.body.taskId as string;
  }

  async function eventCount(taskId: string): Promise<number> {
    const response = await chairman.get(`/tasks/${taskId}/events`).expect(200);
    return response.body.events.length as number;
  }

  describe('authentication and roles', () => {
    it('answers 401 without a token, as a problem document', async () => {
      const response = await request(t.app.getHttpServer()).post('/tasks').send(assignment()).expect(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized', detail: expect.stringContaining('Bearer') });
    });

    it('answers 401 to a token signed with another key or expired', async () => {
      const forged = apiAs(t.app, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
      await forged.post('/tasks', assignment()).expect(401);
      await forged.get('/tasks/' + randomUUID()).expect(401);
    });

    it('answers 403 when the role may not record task actions, writing nothing', async () => {
      const inspector = apiAs(t.app, t.tokenFor(city.inspector));
      const taskId = randomUUID();
      const response = await inspector.post('/tasks', assignment({ taskId })).expect(403);
      expect(response.body).toMatchObject({ status: 403, requiredRoles: expect.arrayContaining(['officer', 'clerk']) });
      await chairman.get(`/tasks/${taskId}`).expect(404);
    });

    it('takes the actor from the token, never from the body', async () => {
      await chairman.post('/tasks', { ...assignment(), actor: { personId: 'someone-else' } }).expect(400);
      const taskId = await newTask();
      const events = (await chairman.get(`/tasks/${taskId}/events`).expect(200)).body.events;
      expect(events[0].metadata.actor).toEqual({ personId: city.chairman.personId, unitId: city.chairman.unitId });
    });

    it('keeps both the clerk and the official a clerk records for', async () => {
      const taskId = await newTask();
      const clerk = apiAs(t.app, t.tokenFor(city.clerk));
      const officer = apiAs(t.app, t.tokenFor(city.cuong));
      const refused = await officer
        .post(`/tasks/${taskId}/comments`, { content: 'Ghi thay', onBehalfOf: { personId: city.binh.personId, unitId: city.binh.unitId } })
        .expect(422);
      expect(refused.body.rule).toBe('ON_BEHALF_REQUIRES_CLERK');
      await clerk
        .post(`/tasks/${taskId}/comments`, {
          content: 'Đã nhận văn bản giấy',
          onBehalfOf: { personId: city.binh.personId, unitId: city.binh.unitId },
        })
        .expect(201);
      const events = (await chairman.get(`/tasks/${taskId}/events`).expect(200)).body.events;
      expect(events[1].metadata).toMatchObject({
        actor: { personId: city.clerk.personId, unitId: city.clerk.unitId },
        onBehalfOf: { personId: city.binh.personId, unitId: city.binh.unitId },
      });
    });
  });

  describe('bad input', () => {
    it('names every failing field in a 400 problem and writes nothing', async () => {
      const taskId = randomUUID();
      const response = await chairman
        .post('/tasks', assignment({ taskId, title: '', category: 'Xây dựng', source: { number: '2128/UBND-TH', date: '02/03/2026' } }))
        .expect(400);
      expect(response.body.type).toMatch(/validation-failed$/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['title', 'category', 'source.date']),
      );
      await chairman.get(`/tasks/${taskId}`).expect(404);
    });

    it('refuses unknown fields', async () => {
      const response = await chairman.post('/tasks', assignment({ priority: 'cao' })).expect(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'priority' })]));
    });

    it('refuses malformed JSON and a path id that is not a UUID', async () => {
      const malformed = await request(t.app.getHttpServer())
        .post('/tasks')
        .set('Authorization', `Bearer ${t.tokenFor(city.chairman)}`)
        .set('Content-Type', 'application/json')
        .send('{"title": ')
        .expect(400);
      expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(malformed.body).toMatchObject({ status: 400, detail: expect.stringMatching(/JSON/) });
      const badId = await binh.post('/tasks/khong-phai-uuid/comments', { content: 'x' }).expect(400);
      expect(badId.body.errors).toEqual([{ field: 'taskId', reason: 'phải là mã UUID' }]);
    });

    it('answers 413 to a body over the limit, writing nothing', async () => {
      const taskId = randomUUID();
      const huge = 'ý'.repeat(t.config.maxEventBytes * 2);
      const response = await chairman.post('/tasks', assignment({ taskId, title: huge })).expect(413);
      expect(response.body).toMatchObject({ status: 413, type: expect.stringMatching(/payload-too-large$/) });
      await chairman.get(`/tasks/${taskId}`).expect(404);
    });

    it('answers 404 for a task that does not exist', async () => {
      const response = await binh.post(`/tasks/${randomUUID()}/comments`, { content: 'Có ai không?' }).expect(404);
      expect(response.body).toMatchObject({ status: 404, rule: 'TASK_NOT_FOUND' });
      await chairman.get(`/tasks/${randomUUID()}/events`).expect(404);
    });

    it('answers 422 with the rule that was broken, in Vietnamese, writing nothing', async () => {
      const taskId = await newTask();
      const en = apiAs(t.app, t.tokenFor(city.en));
      const response = await en.post(`/tasks/${taskId}/completion`, { result: 'Đã xong' }).expect(422);
      expect(response.body).toMatchObject({ status: 422, rule: 'TASK_NOT_CURRENT_HOLDER' });
      expect(response.body.detail).toMatch(/[ạ-ỹ]/u);
      expect(await eventCount(taskId)).toBe(1);
    });

    it('refuses an occurredAt in the future beyond the clock skew', async () => {
      const taskId = await newTask();
      const response = await binh
        .post(`/tasks/${taskId}/comments`, { content: 'Ghi trước', occurredAt: '2099-01-01T00:00:00+07:00' })
        .expect(422);
      expect(response.body.rule).toBe('OCCURRED_IN_FUTURE');
    });

    it('refuses to create a task over an existing one', async () => {
      const taskId = await newTask();
      const response = await chairman.post('/tasks', assignment({ taskId })).expect(409);
      expect(response.body.type).toMatch(/task-exists$/);
      expect(await eventCount(taskId)).toBe(1);
    });
  });

  describe('Idempotency-Key', () => {
    it('returns the original response to a retry with the same body, without a new event', async () => {
      const taskId = await newTask();
      const key = `comment-${randomUUID()}`;
      const first = await binh
        .post(`/tasks/${taskId}/comments`, { content: 'Đã giao Cường xử lý' }, { 'Idempotency-Key': key })
        .expect(201);
      const again = await binh
        .post(`/tasks/${taskId}/comments`, { content: 'Đã giao Cường xử lý' }, { 'Idempotency-Key': key })
        .expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(await eventCount(taskId)).toBe(2);
      const events = (await chairman.get(`/tasks/${taskId}/events`).expect(200)).body.events;
      expect(events[1].metadata.commandId).toBe(key);
    });

    it('refuses the same key with another body (422)', async () => {
      const taskId = await newTask();
      const key = randomUUID();
      await binh.post(`/tasks/${taskId}/comments`, { content: 'Lần một' }, { 'Idempotency-Key': key }).expect(201);
      const reused = await binh.post(`/tasks/${taskId}/comments`, { content: 'Lần hai' }, { 'Idempotency-Key': key }).expect(422);
      expect(reused.body.rule).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await eventCount(taskId)).toBe(2);
    });

    it('creates one task for concurrent retries of the same POST /tasks', async () => {
      const key = randomUUID();
      const responses = await Promise.all([1, 2, 3].map(() => chairman.post('/tasks', assignment(), { 'Idempotency-Key': key })));
      expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
      const taskIds = new Set(responses.map((r) => r.body.taskId));
      expect(taskIds.size).toBe(1);
      expect(await eventCount([...taskIds][0])).toBe(1);
    });
  });

  describe('concurrent commands on one task', () => {
    it('retries on a version conflict so that every command lands once, in some order', async () => {
      const taskId = await newTask();
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) => binh.post(`/tasks/${taskId}/comments`, { content: `Ý kiến số ${i + 1}` })),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
      const events = (await chairman.get(`/tasks/${taskId}/events`).expect(200)).body.events;
      expect(events.map((e: { streamVersion: number }) => e.streamVersion)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
      expect(
        events
          .slice(1)
          .map((e: { data: { content: string } }) => e.data.content)
          .sort(),
      ).toEqual(Array.from({ length: 8 }, (_, i) => `Ý kiến số ${i + 1}`).sort());
    });

    it('answers 409 when the retries run out', async () => {
      const strict = await startTestApp({ commandRetries: 0 });
      try {
        const api = apiAs(strict.app, strict.tokenFor(city.chairman));
        const taskId = (await api.post('/tasks', assignment()).expect(201)).body.taskId;
        const responses = await Promise.all(
          Array.from({ length: 20 }, (_, i) => api.post(`/tasks/${taskId}/comments`, { content: `Ý kiến ${i}` })),
        );
        const statuses = responses.map((r) => r.status);
        expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
        expect(statuses).toContain(409);
        const conflict = responses.find((r) => r.status === 409)!;
        expect(conflict.body).toMatchObject({ type: expect.stringMatching(/concurrency-conflict$/), taskId });
        const events = (await api.get(`/tasks/${taskId}/events`).expect(200)).body.events;
        expect(events).toHaveLength(1 + statuses.filter((s) => s === 201).length);
      } finally {
        await strict.close();
      }
    });
  });

  describe('reassigning a returned task', () => {
    it('names the new lead, a responsible person and a new deadline in working days', async () => {
      const taskId = await newTask();
      await binh
        .post(`/tasks/${taskId}/returns`, {
          reasonCode: 'not_our_mandate',
          reason: 'Thuộc lĩnh vực đất đai',
          occurredAt: '2026-03-02T10:00:00+07:00',
        })
        .expect(201);
      await chairman
        .post(`/tasks/${taskId}/reassignments`, {
          leadUnitId: 'so-tnmt',
          responsiblePerson: { personId: city.en.personId, unitId: 'so-tnmt' },
          deadline: { workingDays: 5 },
          occurredAt: '2026-03-03T08:00:00+07:00',
        })
        .expect(201);
      const state = (await chairman.get(`/tasks/${taskId}`).expect(200)).body;
      expect(state.lead).toEqual({
        unitId: 'so-tnmt',
        unitName: 'Sở Tài nguyên và Môi trường',
        coordinatingUnitIds: [],
        coordinatingUnitNames: [],
        responsiblePersonId: city.en.personId,
        responsiblePersonName: 'Võ Thị Én',
      });
      expect(state.deadline.dueAt).toBe('2026-03-10T16:59:59.999Z');
    });
  });

  describe('reading a task', () => {
    it('folds the state and the deadline computed in working days', async () => {
      const taskId = await newTask();
      const response = await binh.get(`/tasks/${taskId}`).expect(200);
      expect(response.body).toMatchObject({
        status: 'open',
        taskId,
        lead: { unitId: 'so-xay-dung', coordinatingUnitIds: ['so-tnmt'] },
        deadline: { dueAt: '2026-03-16T16:59:59.999Z', computation: expect.objectContaining({ rule: 'working_days' }) },
        streamVersion: 0,
      });
    });

    it('publishes the OpenAPI document with every command and Vietnamese examples', async () => {
      const response = await request(t.app.getHttpServer()).get('/docs/openapi.json').expect(200);
      const paths = Object.keys(response.body.paths);
      for (const path of [
        '/tasks',
        '/tasks/{taskId}/transfers',
        '/tasks/{taskId}/consultations/{consultationId}/answers',
        '/tasks/{taskId}/apologies',
        '/events/{eventId}/voidings',
      ]) {
        expect(paths).toContain(path);
      }
      expect(JSON.stringify(response.body.components.schemas.TransferTaskDto)).toContain('Thuộc lĩnh vực đất đai');
    });
  });
});
