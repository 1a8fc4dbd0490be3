import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { PROBLEM_KINDS } from '../../../apps/api/src/testing';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('problem types point at pages the service serves', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { organisation: 'none' });
  });
  afterAll(() => t.close());

  it("a problem's type resolves on the service itself to what it means, in Vietnamese and English", async () => {
    const problem = await request(t.app.getHttpServer()).get('/khong-co-trang-nay').expect(404);
    expect(problem.body.type).toBe('/problems/not-found');
    const page = await request(t.app.getHttpServer()).get(problem.body.type).expect(200);
    expect(page.body).toMatchObject({ slug: 'not-found', status: 404, title: { vi: 'Không tìm thấy', en: 'Not found' } });
    const html = await request(t.app.getHttpServer()).get('/problems/service-unavailable').set('Accept', 'text/html').expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.text).toContain('Tạm thời không phục vụ');
    expect(html.text).toContain('Service unavailable');
  });

  it('lists every kind, and answers an unknown kind with a 404 problem', async () => {
    const list = await request(t.app.getHttpServer()).get('/problems').expect(200);
    expect(list.body.problems.map((kind: { slug: string }) => kind.slug)).toEqual(PROBLEM_KINDS.map((kind) => kind.slug));
    const unknown = await request(t.app.getHttpServer()).get('/problems/khong-ro').expect(404);
    expect(unknown.body).toMatchObject({ type: '/problems/not-found', status: 404 });
  });

  it('serves the API docs with and without a trailing slash', async () => {
    const plain = await request(t.app.getHttpServer()).get('/docs');
    expect([200, 301, 302]).toContain(plain.status);
    const slash = await request(t.app.getHttpServer()).get('/docs/').expect(200);
    expect(slash.text).toContain('swagger');
  });
});
