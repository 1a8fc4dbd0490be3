import type { INestApplication } from '@nestjs/common';
import { ProjectorService } from '../../apps/api/src/testing';

/**
 * Bounded poll until every projection has passed the log's newest event (lag 0, no failure). Tests that
 * read several read models call it after their writes, instead of sleeping.
 */
export async function projectionsCaughtUp(app: INestApplication, timeoutMs = 15_000): Promise<void> {
  const projector = app.get(ProjectorService);
  const until = Date.now() + timeoutMs;
  for (;;) {
    const statuses = await projector.status();
    const failed = statuses.find((status) => status.failure !== null);
    if (failed) throw new Error(`projection ${failed.name} failed: ${failed.failure!.message}`);
    if (statuses.every((status) => status.lag.events === 0)) return;
    if (Date.now() > until)
      throw new Error(`projections did not catch up within ${timeoutMs} ms: ${JSON.stringify(statuses.map((s) => [s.name, s.lag]))}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
