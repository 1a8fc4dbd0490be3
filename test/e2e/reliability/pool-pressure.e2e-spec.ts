import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool, PoolClient } from 'pg';
import request from 'supertest';
import { PG_POOL } from '../../../apps/api/src/testing';
import { apiAs, type ApiClient } from '../../support/api-client';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { assignmentTo } from './reliability-fixture';

const assignment = () => assignmentTo('so-xay-dung', 15);

/** A request that never answers fails here instead of hanging the suite until Jest's timeout. */
function answered<T>(work: PromiseLike<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    Promise.resolve(work).then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

describe('a small pool under concurrent keyed commands', () => {
  const poolSize = 4;
  let t: TestApp;
  let chairman: ApiClient;
  beforeAll(async () => {
    t = await startTestApp({ databasePoolSize: poolSize, databaseAcquireTimeoutMs: 2_000 });
    chairman = apiAs(t.app, t.tokenFor(city.chairman));
  });
  afterAll(() => t.close());

  it(`answers every one of ${4 * poolSize} concurrent commands with an Idempotency-Key, and still answers afterwards`, async () => {
    const keys = Array.from({ length: 4 * poolSize }, () => `pool-${randomUUID()}`);
    const statuses = await answered(
      Promise.all(keys.map((key) => chairman.post('/tasks', assignment(), { 'Idempotency-Key': key }).then((r) => r.status))),
      20_000,
    );
    // Each answers 201, or 503 with Retry-After when the pool stayed busy past its acquire timeout: never silence.
    expect(statuses.every((status) => status === 201 || status === 503)).toBe(true);
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThan(0);
    const retried = await answered(
      Promise.all(keys.map((key) => chairman.post('/tasks', assignment(), { 'Idempotency-Key': key }).then((r) => r.status))),
      20_000,
    );
    expect(retried).toEqual(keys.map(() => 201));
    await answered(chairman.get('/tasks?limit=5').expect(200), 5_000);
    await answered(request(t.app.getHttpServer()).get('/health').expect(200), 5_000);
  });
});

describe('a pool with no free connection', () => {
  let t: TestApp;
  let chairman: ApiClient;
  beforeAll(async () => {
    t = await startTestApp({ databasePoolSize: 3, databaseAcquireTimeoutMs: 300 });
    chairman = apiAs(t.app, t.tokenFor(city.chairman));
  });
  afterAll(() => t.close());

  it('answers 503 with Retry-After once the acquire timeout passes, then serves again when connections come back', async () => {
    const pool = t.app.get<Pool>(PG_POOL);
    const held: PoolClient[] = [];
    for (let i = 0; i < 3; i++) held.push(await pool.connect());
    try {
      const busy = await answered(chairman.post('/tasks', assignment(), { 'Idempotency-Key': `busy-${randomUUID()}` }), 10_000);
      expect(busy.status).toBe(503);
      expect(busy.headers['retry-after']).toMatch(/^\d+$/);
      expect(busy.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(busy.body).toMatchObject({ status: 503, title: 'Service unavailable', detail: expect.stringContaining('thử lại') });
    } finally {
      held.forEach((client) => client.release());
    }
    await chairman.post('/tasks', assignment(), { 'Idempotency-Key': `after-${randomUUID()}` }).expect(201);
  });
});
