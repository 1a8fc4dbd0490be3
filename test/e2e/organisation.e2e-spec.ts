import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiAs, type ApiClient } from '../support/api-client';
import { city } from '../support/city.fixture';
import { startTestApp, type TestApp } from '../support/test-app';

const assignment = (leadUnitId: string, occurredAt: string) => ({
  title: 'Thẩm định dự án đầu tư xây dựng trường mầm non',
  category: 'investment',
  source: { number: '77/UBND-KT', date: occurredAt.slice(0, 10) },
  assigningAuthority: { personId: city.chairman.personId, unitId: city.chairman.unitId },
  leadUnitId,
  deadline: { workingDays: 10 },
  occurredAt,
});

describe('the organisation as of a date', () => {
  let t: TestApp;
  let chairman: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    chairman = apiAs(t.app, t.tokenFor(city.chairman));
  });
  afterAll(() => t.close());

  it('moves the investment mandate to the successor after the 2025 merger', async () => {
    const before = await chairman.get('/org/mandates?category=investment&asOf=2025-01-15').expect(200);
    const after = await chairman.get('/org/mandates?category=investment&asOf=2025-06-01').expect(200);
    expect(before.body.unitIds).toEqual(['so-ke-hoach-dau-tu']);
    expect(after.body.unitIds).toEqual(['so-tai-chinh']);
    const merged = await chairman.get('/org/units/so-ke-hoach-dau-tu?asOf=2025-01-15').expect(200);
    expect(merged.body).toMatchObject({ unitId: 'so-ke-hoach-dau-tu', successorChain: ['so-tai-chinh'] });
  });

  it("gives a unit's history: the merger on the merged unit and on its successor, with the day; 404 for an unknown unit", async () => {
    const merged = await chairman.get('/org/units/so-ke-hoach-dau-tu/history').expect(200);
    expect(merged.body).toEqual({
      unitId: 'so-ke-hoach-dau-tu',
      entries: [
        { kind: 'established', on: '2015-01-01', name: 'Sở Kế hoạch và Đầu tư', parent: { unitId: 'ubnd-tp', name: 'UBND thành phố' } },
        { kind: 'merged', on: '2025-03-01', successor: { unitId: 'so-tai-chinh', name: 'Sở Tài chính' } },
      ],
    });
    const successor = await chairman.get('/org/units/so-tai-chinh/history').expect(200);
    expect(successor.body.entries).toContainEqual({
      kind: 'absorbed',
      on: '2025-03-01',
      mergedUnit: { unitId: 'so-ke-hoach-dau-tu', name: 'Sở Kế hoạch và Đầu tư' },
    });
    await chairman.get('/org/units/khong-co/history').expect(404);
  });

  it("lists a unit's staff on a day: the merged unit's staff until its last day, at the successor from the merger", async () => {
    const before = await chairman.get('/org/units/so-ke-hoach-dau-tu/staff?asOf=2025-02-28').expect(200);
    expect(before.body.staff.length).toBeGreaterThan(0);
    expect(before.body.staff.every((member: { unitId: string }) => member.unitId === 'so-ke-hoach-dau-tu')).toBe(true);
    const movedIds = before.body.staff.map((member: { personId: string }) => member.personId);
    const gone = await chairman.get('/org/units/so-ke-hoach-dau-tu/staff?asOf=2025-03-01').expect(200);
    expect(gone.body.staff).toEqual([]);
    const successor = await chairman.get('/org/units/so-tai-chinh/staff?asOf=2025-03-01').expect(200);
    expect(successor.body.staff.map((member: { personId: string }) => member.personId)).toEqual(expect.arrayContaining(movedIds));
    const binh = await chairman.get('/org/units/so-xay-dung/staff?asOf=2026-03-02').expect(200);
    expect(binh.body.staff).toContainEqual(expect.objectContaining({ personId: 'nguyen-thi-binh', position: 'head', from: '2024-10-01' }));
    await chairman.get('/org/units/khong-co/staff?asOf=2026-03-02').expect(404);
  });

  it('names the head of Sở Xây dựng before and after the change of head', async () => {
    const before = await chairman.get('/org/units/so-xay-dung/head?asOf=2024-06-01').expect(200);
    const after = await chairman.get('/org/units/so-xay-dung/head?asOf=2026-03-02').expect(200);
    expect(before.body.head).toMatchObject({ personId: 'nguyen-quang-thanh', position: 'head', to: '2024-08-31' });
    expect(after.body.head).toMatchObject({ personId: 'nguyen-thi-binh', position: 'head' });
  });

  it('lists a person with appointments, and answers 404 for an unknown one', async () => {
    const response = await chairman.get('/org/persons/le-van-cuong').expect(200);
    expect(response.body).toMatchObject({
      fullName: 'Lê Văn Cường',
      appointments: [expect.objectContaining({ unitId: 'so-xay-dung', position: 'staff' })],
    });
    await chairman.get('/org/persons/khong-co-ai').expect(404);
    await chairman.get('/org/units?asOf=03-2026').expect(400);
  });

  it('lists the people holding a post in a unit on a date, by name (to choose an official by name), 404 for an unknown unit', async () => {
    const response = await chairman.get('/org/units/so-xay-dung/staff?asOf=2026-03-02').expect(200);
    const staff = response.body.staff as Array<{ personId: string; fullName: string; position: string }>;
    expect(staff).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: 'nguyen-thi-binh', fullName: 'Nguyễn Thị Bình', position: 'head', unitId: 'so-xay-dung' }),
        expect.objectContaining({ personId: 'le-van-cuong', fullName: 'Lê Văn Cường', position: 'staff', unitId: 'so-xay-dung' }),
      ]),
    );
    // The head before 2024-09-01 no longer holds a post there in 2026.
    expect(staff.map((person) => person.personId)).not.toContain('nguyen-quang-thanh');
    const before = await chairman.get('/org/units/so-xay-dung/staff?asOf=2024-06-01').expect(200);
    expect(before.body.staff.map((person: { personId: string }) => person.personId)).toContain('nguyen-quang-thanh');
    await chairman.get('/org/units/khong-co-don-vi/staff').expect(404);
  });

  describe('task commands are checked against it', () => {
    it('refuses to assign a task to a unit merged away by then, naming it and why (422)', async () => {
      const response = await chairman.post('/tasks', assignment('so-ke-hoach-dau-tu', '2026-03-02T08:00:00+07:00')).expect(422);
      expect(response.body).toMatchObject({
        rule: 'ORG_REFERENCE_INACTIVE',
        context: { kind: 'unit', id: 'so-ke-hoach-dau-tu', reason: 'merged' },
      });
      expect(response.body.detail).toContain('sáp nhập');
    });

    it('accepts the same assignment dated before the merger', async () => {
      await chairman.post('/tasks', assignment('so-ke-hoach-dau-tu', '2025-01-15T08:00:00+07:00')).expect(201);
    });

    it('refuses an actor who holds no post in the unit of the token on that day', async () => {
      const stranger = apiAs(t.app, t.tokenFor({ ...city.cuong, unitId: 'so-tnmt' }));
      const response = await stranger.post('/tasks', assignment('so-xay-dung', '2026-03-02T08:00:00+07:00')).expect(422);
      expect(response.body).toMatchObject({ rule: 'ORG_OFFICIAL_NOT_IN_UNIT', context: { personId: 'le-van-cuong', unitId: 'so-tnmt' } });
    });

    it('takes the position from the organisation: a clerk records the head of unit delegating', async () => {
      const taskId = (
        await chairman.post('/tasks', { ...assignment('so-xay-dung', '2026-03-02T08:00:00+07:00'), category: 'construction' }).expect(201)
      ).body.taskId;
      const clerk = apiAs(t.app, t.tokenFor(city.clerk));
      await clerk
        .post(`/tasks/${taskId}/delegations`, {
          person: { personId: city.cuong.personId, unitId: city.cuong.unitId },
          onBehalfOf: { personId: city.binh.personId, unitId: city.binh.unitId },
          occurredAt: '2026-03-02T09:00:00+07:00',
        })
        .expect(201);
      const state = (await chairman.get(`/tasks/${taskId}`).expect(200)).body;
      expect(state.custody.holder).toEqual({
        unitId: 'so-xay-dung',
        unitName: 'Sở Xây dựng',
        personId: 'le-van-cuong',
        personName: 'Lê Văn Cường',
      });
    });
  });
});
