import request from 'supertest';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { getAs } from '../../support/get-as';
import type { TestApp } from '../../support/test-app';
import type { Person } from '../scenarios/scenario-client';

/** GETs the read-model endpoints as a person of the story. */
export class ReadModelClient {
  constructor(private readonly t: TestApp) {}

  async get(path: string, who: Person, status = 200): Promise<Record<string, any>> {
    return getAs(this.t, path, who, status);
  }

  /**
   * Bounded poll on the read itself: the projection has caught up with the task once its row counts
   * `events` entries; then every other projection (findings) has passed the log's head too. Fails after `timeoutMs`.
   */
  async caughtUp(taskId: string, events: number, who: Person, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const response = await request(this.t.app.getHttpServer())
        .get(`/tasks/${taskId}/custody`)
        .set('Authorization', `Bearer ${this.t.tokenFor(who)}`);
      if (response.status === 200 && (response.body as { eventCount: number }).eventCount === events)
        return projectionsCaughtUp(this.t.app, timeoutMs);
      if (Date.now() > until)
        throw new Error(
          `task_custody did not catch up with task ${taskId} (${events} events) within ${timeoutMs} ms: ${response.status} ${JSON.stringify(response.body)}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
