import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

describe('calendar over HTTP (no token needed)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists Tết 2026 as holidays and counts the working days of February', async () => {
    const response = await request(t.app.getHttpServer()).get('/calendar/working-days?from=2026-02-01&to=2026-02-28').expect(200);
    const tet = response.body.days.filter((day: { date: string }) => day.date >= '2026-02-16' && day.date <= '2026-02-20');
    expect(tet.map((day: { working: boolean }) => day.working)).toEqual([false, false, false, false, false]);
    expect(tet[0].name).toMatch(/Tết Nguyên đán/);
    expect(response.body.workingDayCount).toBe(15);
  });

  it('computes scenario S4: 5 working days from Friday 13 February 2026 end on Friday 27 February', async () => {
    const response = await request(t.app.getHttpServer())
      .get('/calendar/deadline')
      .query({ start: '2026-02-13T09:00:00+07:00', days: 5 })
      .expect(200);
    expect(response.body).toMatchObject({ dueDate: '2026-02-27', dueAt: '2026-02-27T16:59:59.999Z' });
  });

  it('answers 400 naming the bad parameter', async () => {
    const response = await request(t.app.getHttpServer()).get('/calendar/deadline').query({ start: 'hôm nay', days: -1 }).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['days', 'start']);
    const range = await request(t.app.getHttpServer()).get('/calendar/working-days?from=2026-03-01&to=2026-02-01').expect(400);
    expect(range.body.detail).toMatch(/before/);
  });
});
