import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { Principal } from '../../../apps/api/src/testing';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { s1Assignment } from '../scenarios/s1-story';

// Refusals the write path raises as typed errors and the problem filter alone turns into HTTP: the same
// status, problem type and Vietnamese detail the service has always answered, and nothing written.
const homeAffairs: Principal = {
  personId: 'tran-noi-vu',
  unitId: 'so-noi-vu',
  position: 'staff',
  roles: ['home_affairs'],
  jurisdictionUnitId: 'ubnd-tp',
  name: 'Trần Nội Vụ',
};

describe('write-path refusals become problems only in the filter', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (path: string, who: Principal, body: object) =>
    request(t.app.getHttpServer())
      .post(path)
      .set('Authorization', `Bearer ${t.tokenFor(who)}`)
      .send(body);

  it('a deadline given both as a date and as working days: 400 naming the field, no task', async () => {
    const body = {
      ...s1Assignment('Kiểm tra công trình sai phép tại phường Thạch Thang'),
      deadline: { dueAt: '2026-03-20', workingDays: 5 },
    };
    const response = await post('/tasks', city.chairman, body);
    expect({ status: response.status, body: response.body }).toMatchObject({
      status: 400,
      body: {
        type: expect.stringMatching(/\/problems\/validation-failed$/),
        detail: 'Chỉ nêu hạn bằng ngày cụ thể hoặc bằng số ngày làm việc, không cả hai.',
        errors: [{ field: 'deadline', reason: 'chỉ ghi một trong hai: dueAt hoặc workingDays' }],
      },
    });
    const listed = await request(t.app.getHttpServer())
      .get('/tasks?limit=5')
      .set('Authorization', `Bearer ${t.tokenFor(city.chairman)}`);
    expect(listed.body.items).toEqual([]);
  });

  it('a case for a person nobody knows: 404 naming the person', async () => {
    const response = await post('/cases', homeAffairs, {
      personId: 'khong-co-nguoi-nay',
      proposedForm: 'khien_trach',
      grounds: 'Đề nghị xem xét kỷ luật',
      findingIds: [randomUUID()],
    });
    expect({ status: response.status, body: response.body }).toMatchObject({
      status: 404,
      body: {
        type: expect.stringMatching(/\/problems\/not-found$/),
        detail: 'Không tìm thấy cán bộ khong-co-nguoi-nay.',
        personId: 'khong-co-nguoi-nay',
      },
    });
  });

  it('a step on a case that does not exist: 404 naming the case', async () => {
    const caseId = randomUUID();
    const response = await post(`/cases/${caseId}/review`, homeAffairs, { note: 'Đưa ra xem xét' });
    expect({ status: response.status, body: response.body }).toMatchObject({
      status: 404,
      body: { type: expect.stringMatching(/\/problems\/not-found$/), detail: `Không tìm thấy hồ sơ kỷ luật ${caseId}.`, caseId },
    });
  });
});
