import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { apiAs, type ApiClient } from '../support/api-client';
import { city } from '../support/city.fixture';
import { startTestApp, type TestApp } from '../support/test-app';
import { assignmentTo } from './reliability/reliability-fixture';

/** The reliability specs' assignment with the deadline under test. */
const assignment = (deadline: Record<string, unknown>) => ({ ...assignmentTo('so-xay-dung', 210), deadline });

describe('deadlines in Viet Nam time', () => {
  let t: TestApp;
  let chairman: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    chairman = apiAs(t.app, t.tokenFor(city.chairman));
  });
  afterAll(() => t.close());

  it('a date given as dueAt is the end of that day in Asia/Ho_Chi_Minh, not midnight UTC', async () => {
    const created = await chairman.post('/tasks', assignment({ dueAt: '2026-03-10' })).expect(201);
    const events = (await chairman.get(`/tasks/${created.body.taskId}/events`).expect(200)).body.events;
    expect(events[0].data.deadline.dueAt).toBe('2026-03-10T16:59:59.999Z');
  });

  it('a deadline before the assignment is refused with its rule, as a date or an instant, and nothing is written', async () => {
    for (const dueAt of ['2026-03-01', '2026-03-02T07:59:00+07:00']) {
      const taskId = crypto.randomUUID();
      const refused = await chairman.post('/tasks', { ...assignment({ dueAt }), taskId }).expect(422);
      expect(refused.body).toMatchObject({ rule: 'TASK_DEADLINE_BEFORE_ASSIGNMENT', errors: [{ field: 'deadline' }] });
      await chairman.get(`/tasks/${taskId}`).expect(404);
    }
    await chairman.post('/tasks', assignment({ urgency: 'hoa_toc' })).expect(201);
  });

  it('/calendar/deadline counts from a plain date as from any instant of that day', async () => {
    const fromDate = await request(t.app.getHttpServer()).get('/calendar/deadline?start=2026-03-02&days=10').expect(200);
    const fromInstant = await request(t.app.getHttpServer())
      .get('/calendar/deadline?start=2026-03-02T09:00:00%2B07:00&days=10')
      .expect(200);
    expect(fromDate.body.dueAt).toBe(fromInstant.body.dueAt);
  });
});
