import { expect } from '@jest/globals';
import request from 'supertest';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { getAs } from '../../support/get-as';
import type { TestApp } from '../../support/test-app';
import type { Person } from '../scenarios/scenario-client';

/** GET and POST on /findings and /rules as a person of the story, once every projection has caught up. */
export class FindingsClient {
  constructor(private readonly t: TestApp) {}

  async get(path: string, who: Person, status = 200): Promise<Record<string, any>> {
    await projectionsCaughtUp(this.t.app);
    return getAs(this.t, path, who, status);
  }

  async post(path: string, who: Person, body: object, status = 201, headers: Record<string, string> = {}): Promise<Record<string, any>> {
    const response = await request(this.t.app.getHttpServer())
      .post(path)
      .set('Authorization', `Bearer ${this.t.tokenFor(who)}`)
      .set(headers)
      .send(body);
    expect({ path, status: response.status, body: response.status === status ? null : response.body }).toEqual({
      path,
      status,
      body: null,
    });
    return response.body as Record<string, any>;
  }

  /** The findings of one task as `{ rule: status }`, sorted by rule code. */
  async statusesOf(taskId: string, who: Person): Promise<Record<string, string>> {
    const page = await this.get(`/findings?task=${taskId}`, who);
    return Object.fromEntries(
      (page['items'] as Array<{ ruleCode: string; status: string }>).map((item) => [item.ruleCode, item.status]).sort(),
    );
  }
}
