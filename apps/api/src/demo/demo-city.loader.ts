import type { INestApplication } from '@nestjs/common';
import { DEMO_ORGANISATION } from '@lib/domain/org';
import type { EventStore } from '@lib/event-store';
import { CLOCK, systemClock, type Clock } from '../clock/clock';
import { EVENT_STORE } from '../event-store/event-store.module';
import { importStreamId } from '../imports/import-batch.events';
import { ImportBatchLog } from '../imports/import-batch.log';
import { DEMO_IMPORT, DEMO_RECORDER, seedDemoOrganisation, type DemoSeedingOptions } from '../org/demo-organisation.seeder';
import { seedDemoTasks } from './demo-tasks.seeder';

/** The demo is whole once this stream holds its one event, appended last. */
export const DEMO_LOADED_STREAM = 'system-demo';

export type DemoState =
  /** Nothing of the demo is in the log yet. */
  | { kind: 'absent' }
  /** Loaded whole by an earlier start. */
  | { kind: 'loaded' }
  /** An earlier load was interrupted: the part it appended is there, begun at `startedAt`. */
  | { kind: 'partial'; startedAt: Date }
  /** The log holds another organisation: the demo is never mixed into it. */
  | { kind: 'foreign' };

export async function demoStateOf(store: EventStore): Promise<DemoState> {
  if ((await store.readStream(DEMO_LOADED_STREAM)).length > 0) return { kind: 'loaded' };
  const first = await store.readEvent(DEMO_ORGANISATION[0]!.eventId);
  if (first) return { kind: 'partial', startedAt: new Date(first.recordedAt) };
  // Stopped between opening the import batch and the first organisation event.
  const opened = (await store.readStream(importStreamId(DEMO_IMPORT.batchId)))[0];
  if (opened) return { kind: 'partial', startedAt: new Date(opened.recordedAt) };
  const anything = await store.readAll({ limit: 1 });
  return anything.length > 0 ? { kind: 'foreign' } : { kind: 'absent' };
}

/**
 * The demo city is one import batch, `demo-city`, whose lifecycle is the stream `import-demo-city`: while it
 * runs, the deadline watcher (of this process or any other) appends no lapse to its tasks.
 */
export function demoImportBatch(store: EventStore, clock: Clock = systemClock): ImportBatchLog {
  return new ImportBatchLog(store, { ...DEMO_IMPORT }, DEMO_RECORDER, clock);
}

/** Before the app serves: the batch started (or resumed, after an interruption), then the organisation part. */
export async function loadDemoOrganisation(store: EventStore, state: DemoState, shouldStop: () => boolean): Promise<number> {
  if (state.kind === 'loaded' || state.kind === 'foreign') return 0;
  await demoImportBatch(store).open();
  return seedDemoOrganisation(store, { resume: state.kind === 'partial', shouldStop });
}

/**
 * Once the app serves: the tasks through the real command handler, then the end of the import batch and the
 * marker. Interrupted anywhere, the next start finds the demo partial and resumes it (command ids are
 * name-based: nothing is recorded twice), with the same end date as the first attempt so the same tasks are
 * generated. An interrupted batch stays open: the watcher waits for it until it falls silent for
 * IMPORT_STALE_MINUTES, and a later resumption opens it again.
 */
export async function loadDemoTasks(
  app: INestApplication,
  state: DemoState,
  progress: (line: string) => void,
  options: Required<Pick<DemoSeedingOptions, 'shouldStop'>> & { until?: Date },
): Promise<number> {
  if (state.kind === 'loaded' || state.kind === 'foreign') return 0;
  const until = options.until ?? (state.kind === 'partial' ? state.startedAt : new Date());
  const store = app.get<EventStore>(EVENT_STORE);
  const batch = demoImportBatch(store, app.get<Clock>(CLOCK));
  if (!(await batch.exists())) await batch.open();
  const tasks = await seedDemoTasks(app, until, progress, { resume: state.kind === 'partial', shouldStop: options.shouldStop, batch });
  // Finished before the marker: a stop between the two leaves the demo partial, and the resumption reopens the batch.
  await batch.finish(tasks);
  await store.appendToStream(
    DEMO_LOADED_STREAM,
    [
      {
        id: '6f1b2f0e-4c55-5d0a-9a8e-1d3c2b7e9a01',
        type: 'DemoDataLoaded',
        data: { organisationEvents: DEMO_ORGANISATION.length, tasks, until: until.toISOString() },
        metadata: {
          actor: DEMO_RECORDER,
          commandId: 'demo-loaded',
          correlationId: 'demo-organisation',
          causationId: null,
          occurredAt: new Date().toISOString(),
          schemaVersion: 1,
        },
      },
    ],
    { expectedVersion: 'any' },
  );
  return tasks;
}
