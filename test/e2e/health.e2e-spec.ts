import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { organisation: 'none' });
  });
  afterAll(() => t.close());

  it('reports the database and the event store as up, with the head of the log', async () => {
    const response = await request(t.app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      database: { status: 'up', serverVersion: expect.stringMatching(/^\d+/) },
      eventStore: { status: 'up', adapter: 'postgresql', lastGlobalPosition: 0 },
      projections: { status: 'up', failed: [] },
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
  it('answers 503 and says which part is down', async () => {
    const t = await startTestApp({}, { organisation: 'none' });
    try {
      await t.db.drop();
      const response = await request(t.app.getHttpServer()).get('/health').expect(503);
      expect(response.body).toMatchObject({ status: 'degraded', database: { status: 'down' }, eventStore: { status: 'down' } });
    } finally {
      await t.app.close();
    }
  });
});
