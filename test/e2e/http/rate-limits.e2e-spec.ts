import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { Principal } from '../../../apps/api/src/testing';
import { startTestApp, type TestApp } from '../../support/test-app';

const reader = (personId: string): Principal => ({ personId, unitId: 'so-xay-dung', position: 'staff', roles: ['officer'] });

/** The answer as a test compares it: status, Retry-After and the problem document's type and scope. */
async function answer(call: request.Test) {
  const response = await call;
  return {
    status: response.status,
    retryAfter: response.headers['retry-after'] as string | undefined,
    type: response.body?.type as string | undefined,
    scope: response.body?.scope as string | undefined,
    contentType: response.headers['content-type'] as string | undefined,
  };
}

describe('rate limits: 429 with Retry-After and a problem document', () => {
  describe('per principal (RATE_LIMIT_PER_PRINCIPAL=3)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ rateLimitPerPrincipal: 3 }, { organisation: 'none' });
    });
    afterAll(() => t.close());
    const get = (who: Principal, path = '/org/units?asOf=2026-03-01') =>
      request(t.app.getHttpServer())
        .get(path)
        .set('Authorization', `Bearer ${t.tokenFor(who)}`);

    it('the fourth request of a minute is refused for that person only; others and public routes go on', async () => {
      const cuong = reader('le-van-cuong');
      for (let i = 0; i < 3; i++) await get(cuong).expect(200);
      const refused = await get(cuong);
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(20);
      expect(refused.body).toMatchObject({
        type: '/problems/too-many-requests',
        title: 'Too many requests',
        status: 429,
        scope: 'principal',
        retryAfterSeconds: Number(refused.headers['retry-after']),
      });
      expect(refused.body.detail).toBe(
        `Bạn đã gửi quá nhiều yêu cầu trong một phút; vui lòng thử lại sau ${refused.headers['retry-after']} giây.`,
      );
      // The same person with another token is the same person.
      await get(cuong).expect(429);
      await get(reader('vo-thi-en')).expect(200);
      await request(t.app.getHttpServer()).get('/health').expect(200);
    });
  });

  describe('per address (RATE_LIMIT_PER_ADDRESS=4)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ rateLimitPerAddress: 4 }, { organisation: 'none' });
    });
    afterAll(() => t.close());
    const http = () => request(t.app.getHttpServer());

    it('counts every request from the address, whoever sends it, /health and refused ones included', async () => {
      const answers = [];
      answers.push(await answer(http().get('/health')));
      answers.push(await answer(http().get('/tasks')));
      for (const personId of ['a', 'b'])
        answers.push(
          await answer(
            http()
              .get('/org/units?asOf=2026-03-01')
              .set('Authorization', `Bearer ${t.tokenFor(reader(personId))}`),
          ),
        );
      answers.push(
        await answer(
          http()
            .get('/org/units?asOf=2026-03-01')
            .set('Authorization', `Bearer ${t.tokenFor(reader('c'))}`),
        ),
      );
      answers.push(await answer(http().get('/health')));
      answers.push(await answer(http().get('/khong-co')));
      expect(answers.map(({ status, scope }) => [status, scope ?? null])).toEqual([
        [200, null],
        [401, null],
        [200, null],
        [200, null],
        [429, 'address'],
        [429, 'address'],
        [429, 'address'],
      ]);
      for (const refused of answers.slice(4)) {
        expect(refused).toMatchObject({
          type: '/problems/too-many-requests',
          contentType: expect.stringMatching(/^application\/problem\+json/),
        });
        expect(refused.retryAfter).toMatch(/^[1-9]\d*$/);
      }
    });
  });
});
