import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { city } from '../support/city.fixture';
import { startTestApp, type TestApp } from '../support/test-app';
import { FindingsClient } from './findings/findings-client';

/** d+N of S7: working days after Monday 2 March 2026, at 09:00 in Viet Nam. */
const on = (date: string, time = '09:00'): string => `2026-03-${date}T${time}:00+07:00`;

/**
 * S7 over HTTP: Phòng Quản lý đô thị holds dossier D7 (10 working days, promised d+10 = 16/03); it asks
 * for a missing drawing on d+3 (05/03), the applicant supplies it on d+8 (12/03), the result goes out on
 * d+14 (20/03). 5 working days paused: the promise moves to d+15 (23/03) and nothing is late.
 */
describe("POST /tasks/{id}/supplements: the applicant's complete supplement ends the pause", () => {
  let t: TestApp;
  let http: FindingsClient;
  const khoi = city.qldtStaff;
  const taskId = randomUUID();
  const eventTypes = async (): Promise<string[]> =>
    (await http.get(`/tasks/${taskId}/events`, city.giang))['events'].map((event: { type: string }) => event.type);

  beforeAll(async () => {
    t = await startTestApp();
    http = new FindingsClient(t);
    await http.post('/tasks', city.giang, {
      taskId,
      kind: 'dossier',
      title: 'Cấp giấy phép xây dựng nhà ở riêng lẻ – hồ sơ D7',
      category: 'construction',
      source: { number: 'HS-D7', date: '2026-03-02' },
      assigningAuthority: { personId: city.giang.personId, unitId: city.giang.unitId },
      leadUnitId: khoi.unitId,
      responsiblePerson: { personId: khoi.personId, unitId: khoi.unitId },
      deadline: { dueAt: '2026-03-16' },
      occurredAt: on('02', '08:00'),
    });
    await http.post(`/tasks/${taskId}/appointments`, khoi, { returnBy: on('16', '16:30'), occurredAt: on('02', '10:00') });
  });
  afterAll(() => t.close());

  it('is refused with 422 SUPPLEMENT_NOT_REQUESTED when no supplement request is open, and nothing is written', async () => {
    const refused = await http.post(`/tasks/${taskId}/supplements`, khoi, { content: 'Bản vẽ mặt bằng móng', occurredAt: on('04') }, 422);
    expect(refused).toMatchObject({ rule: 'SUPPLEMENT_NOT_REQUESTED' });
    expect(await eventTypes()).toEqual(['TaskAssigned', 'AppointmentIssued']);
  });

  it('refuses bad input with 400 naming the field, and nothing is written', async () => {
    for (const body of [{}, { content: '' }, { content: 42 }, { content: 'Bản vẽ', occurredAt: '12/03/2026' }]) {
      const refused = await http.post(`/tasks/${taskId}/supplements`, khoi, body, 400);
      const fields = new Set(refused['errors'].map((error: { field: string }) => error.field));
      expect([...fields]).toEqual([Object.keys(body).includes('occurredAt') ? 'occurredAt' : 'content']);
    }
    expect(await eventTypes()).toEqual(['TaskAssigned', 'AppointmentIssued']);
  });

  it('records the supplement against the open request, once under one Idempotency-Key', async () => {
    await http.post(`/tasks/${taskId}/supplement-requests`, khoi, {
      content: 'Bổ sung bản vẽ mặt bằng móng',
      stage: 'thẩm định hồ sơ',
      legalBasis: 'Điều 46 Nghị định 15/2021/NĐ-CP',
      approvedBy: { personId: city.qldtHead.personId, unitId: city.qldtHead.unitId },
      occurredAt: on('05'),
    });
    const body = { content: 'Bản vẽ mặt bằng móng có chữ ký của chủ đầu tư', occurredAt: on('12') };
    const key = `supplement-${taskId}`;
    const first = await http.post(`/tasks/${taskId}/supplements`, khoi, body, 201, { 'Idempotency-Key': key });
    const again = await http.post(`/tasks/${taskId}/supplements`, khoi, body, 201, { 'Idempotency-Key': key });
    expect(again).toEqual(first);
    const events = (await http.get(`/tasks/${taskId}/events`, city.giang))['events'];
    expect(events.map((event: { type: string }) => event.type)).toEqual([
      'TaskAssigned',
      'AppointmentIssued',
      'SupplementRequested',
      'SupplementReceived',
    ]);
    expect(events[3].data).toEqual({ requestEventId: events[2].id, content: body.content });
    await http.post(`/tasks/${taskId}/supplements`, khoi, { content: 'Lần nữa', occurredAt: on('13') }, 422);
  });

  it('with the result returned on d+14, nothing is late: 5 working days paused, the deadline moved to 23/03', async () => {
    await http.post(`/tasks/${taskId}/results`, khoi, { result: 'Giấy phép xây dựng số 88/GPXD', occurredAt: on('20') });
    await http.post(`/tasks/${taskId}/completion`, khoi, { result: 'Đã cấp phép', occurredAt: on('20', '10:00') });
    const custody = await http.get(`/tasks/${taskId}/custody`, city.giang);
    expect(custody['status']).toMatchObject({
      code: 'completed_early',
      dueAt: '2026-03-23T16:59:59.999Z',
      pausedWorkingDays: 5,
      workingDaysLate: 0,
    });
    expect(custody['pauses']).toEqual([
      expect.objectContaining({
        from: new Date(on('05')).toISOString(),
        to: new Date(on('12')).toISOString(),
        workingDays: 5,
        open: false,
      }),
    ]);
    expect(
      custody['intervals'].map((interval: Record<string, unknown>) => [
        interval['heldWorkingDays'],
        interval['pausedWorkingDays'],
        interval['workingDaysAfterDeadline'],
      ]),
    ).toEqual([[9, 5, 0]]);
    const findings = await http.statusesOf(taskId, city.inspector);
    expect(findings['LATE_RESULT_NO_APOLOGY']).toBeUndefined();
    expect(findings['OVERDUE_HOLD']).toBeUndefined();
  });

  it('the one-stop figures of the holder report D7 as paused from 05/03 to 12/03', async () => {
    const report = await http.get(`/reports/persons/${khoi.personId}?from=2026-03-01&to=2026-03-31`, city.qldtHead);
    expect(report['figures'].dossiers.paused).toMatchObject({ count: 1, workingDays: 5, items: [{ taskId, workingDays: 5, open: false }] });
    expect(report['figures'].completed.early).toBe(1);
  });
});
