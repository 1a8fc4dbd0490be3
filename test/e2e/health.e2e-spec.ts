import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

const admin = { personId: 'quan-tri', unitId: 'ubnd-tp', roles: ['admin' as const] };
const officer = { personId: 'le-van-cuong', unitId: 'so-xay-dung', roles: ['officer' as const] };

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { organisation: 'none' });
  });
  afterAll(() => t.close());

  it('tells anyone only that the service is up', async () => {
    const anonymous = await request(t.app.getHttpServer()).get('/health').expect(200);
    expect(anonymous.body).toEqual({ status: 'up' });
    const notAdmin = await request(t.app.getHttpServer())
      .get('/health')
      .set('Authorization', `Bearer ${t.tokenFor(officer)}`)
      .expect(200);
    expect(notAdmin.body).toEqual({ status: 'up' });
    const forged = await request(t.app.getHttpServer()).get('/health').set('Authorization', 'Bearer a.b.c').expect(200);
    expect(forged.body).toEqual({ status: 'up' });
  });

  it("reports each part to an administrator: the database, the log's head, the organisation follower, projections, the deadline watcher, the ledger", async () => {
    const response = await request(t.app.getHttpServer())
      .get('/health')
      .set('Authorization', `Bearer ${t.tokenFor(admin)}`)
      .expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      database: { status: 'up', serverVersion: expect.stringMatching(/^\d+/), pool: { total: expect.any(Number) } },
      eventStore: { status: 'up', adapter: 'postgresql', lastGlobalPosition: 0 },
      organisation: { status: 'up', state: 'live', units: 0 },
      projections: { status: 'up', failed: [] },
      deadlineWatcher: { status: 'up', state: 'off' },
      ledger: { status: 'up', state: 'off', treeSize: 0, latestCheckpoint: null, verifiedUpTo: null },
    });
  });

  it('answers an unknown route with an RFC 7807 problem document', async () => {
    const response = await request(t.app.getHttpServer()).get('/khong-ton-tai').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: expect.stringContaining('/problems/not-found'),
      title: 'Not found',
      status: 404,
      detail: expect.any(String),
      instance: '/khong-ton-tai',
    });
  });
});

describe('GET /health when the database is gone', () => {
  it('answers 503 down with Retry-After, and tells an administrator which parts are down', async () => {
    const t = await startTestApp({}, { organisation: 'none' });
    try {
      await t.db.drop();
      const anonymous = await request(t.app.getHttpServer()).get('/health').expect(503);
      expect(anonymous.body).toEqual({ status: 'down' });
      expect(anonymous.headers['retry-after']).toMatch(/^\d+$/);
      const detailed = await request(t.app.getHttpServer())
        .get('/health')
        .set('Authorization', `Bearer ${t.tokenFor(admin)}`)
        .expect(503);
      expect(detailed.body).toMatchObject({ status: 'degraded', database: { status: 'down' }, eventStore: { status: 'down' } });
    } finally {
      await t.app.close();
    }
  });
});
