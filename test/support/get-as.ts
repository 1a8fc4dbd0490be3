import { expect } from '@jest/globals';
import request from 'supertest';
import type { TestApp } from './test-app';

/** GETs `path` as `who` and checks the status (showing the body when it differs); the JSON body. */
export async function getAs(t: TestApp, path: string, who: Parameters<TestApp['tokenFor']>[0], status = 200): Promise<Record<string, any>> {
  const response = await request(t.app.getHttpServer())
    .get(path)
    .set('Authorization', `Bearer ${t.tokenFor(who)}`);
  expect({ path, status: response.status, body: response.status === status ? null : response.body }).toEqual({ path, status, body: null });
  return response.body as Record<string, any>;
}
