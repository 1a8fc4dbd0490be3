import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

/** Headers every answer of the API carries, whatever produced it (a handler, a refusal, the 404 of no route). */
const EXPECTED = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

describe('security headers on every answer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => (path: string) => http().get(path).set('Authorization', `Bearer ${token}`);

  it('on answers, refusals and errors alike: 200, exports, 400, 401, 403, 404 and a malformed body', async () => {
    const inspector = as(t.tokenFor(city.inspector));
    const officer = as(t.tokenFor(city.cuong));
    const answers: Array<[string, number, request.Test]> = [
      ['health (public)', 200, http().get('/health')],
      ['calendar (public)', 200, http().get('/calendar/working-days?from=2026-01-01&to=2026-01-31')],
      ['a task list', 200, officer('/tasks?limit=1')],
      ['an audit CSV export', 200, inspector('/audit/events?unit=so-xay-dung&format=csv')],
      ['an audit JSON Lines export', 200, inspector('/audit/events?unit=so-xay-dung&format=jsonl')],
      ['a report as XLSX', 200, inspector('/reports/units/so-xay-dung?from=2026-03-01&to=2026-03-31&format=xlsx')],
      ['a bad parameter', 400, officer('/tasks?limit=0')],
      ['no token', 401, http().get('/tasks')],
      ['a role refused', 403, officer('/audit/events?unit=so-xay-dung')],
      ['an unknown task', 404, officer('/tasks/00000000-0000-4000-8000-000000000000')],
      ['no such route', 404, officer('/khong-co-duong-dan-nay')],
      [
        'malformed JSON',
        400,
        http()
          .post('/tasks')
          .set('Authorization', `Bearer ${t.tokenFor(city.cuong)}`)
          .set('Content-Type', 'application/json')
          .send('{"title": '),
      ],
    ];
    const seen: unknown[] = [];
    for (const [label, , call] of answers) {
      const response = await call.buffer(true).parse((res, done) => {
        res.on('data', () => undefined);
        res.on('end', () => done(null, null));
      });
      seen.push({
        label,
        status: response.status,
        headers: Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, response.headers[name]])),
      });
    }
    expect(seen).toEqual(answers.map(([label, status]) => ({ label, status, headers: EXPECTED })));
  });
});
