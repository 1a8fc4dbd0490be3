import type { Pool } from 'pg';
import { PostgresEventStore } from '@lib/event-store';
import { ProjectorRuntime } from '@lib/projector';
import { serviceProjections } from '@lib/read-models/catalogue';

export interface RebuildFigures {
  projection: string;
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

/** Rebuilds every projection of the service from the loaded log, one after the other, with a progress line. */
export async function rebuildAll(pool: Pool): Promise<RebuildFigures[]> {
  const rebuilds: RebuildFigures[] = [];
  for (const projection of serviceProjections()) {
    const runtime = new ProjectorRuntime({
      pool,
      eventStore: new PostgresEventStore(pool, { notify: false }),
      projections: [projection],
      batchSize: 1000,
    });
    const begin = Date.now();
    const [report] = await runtime.rebuild([projection.name], (progress) => {
      if (!progress.done && progress.eventsDone % 50_000 < 1000)
        process.stderr.write(`  rebuilding ${projection.name}: ${progress.eventsDone} events\r`);
    });
    const seconds = (Date.now() - begin) / 1000;
    rebuilds.push({ projection: projection.name, events: report!.eventsDone, seconds, eventsPerSecond: report!.eventsDone / seconds });
    process.stderr.write('\n');
  }
  return rebuilds;
}
