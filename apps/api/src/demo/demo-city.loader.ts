import type { INestApplication } from '@nestjs/common';
import { DEMO_ORGANISATION } from '@lib/domain/org';
import type { EventStore } from '@lib/event-store';
import { EVENT_STORE } from '../event-store/event-store.module';
import { DEMO_RECORDER, seedDemoOrganisation, type DemoSeedingOptions } from '../org/demo-organisation.seeder';
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
  const anything = await store.readAll({ limit: 1 });
  return anything.length > 0 ? { kind: 'foreign' } : { kind: 'absent' };
}

/** Before the app serves: the organisation part (the organisation read model loads it at boot). */
export async function loadDemoOrganisation(store: EventStore, state: DemoState, shouldStop: () => boolean): Promise<number> {
  if (state.kind === 'loaded' || state.kind === 'foreign') return 0;
  return seedDemoOrganisation(store, { resume: state.kind === 'partial', shouldStop });
}

/**
 * Once the app serves: the tasks through the real command handler, then the marker. Interrupted anywhere, the
 * next start finds the demo partial and resumes it (command ids are name-based: nothing is recorded twice),
 * with the same end date as the first attempt so the same tasks are generated.
 */
export async function loadDemoTasks(app: INestApplication, state: DemoState, progress: (line: string) => void, options: Required<Pick<DemoSeedingOptions, 'shouldStop'>>): Promise<number> {
  if (state.kind === 'loaded' || state.kind === 'foreign') return 0;
  const until = state.kind === 'partial' ? state.startedAt : new Date();
  const store = app.get<EventStore>(EVENT_STORE);
  const tasks = await seedDemoTasks(app, until, progress, { resume: state.kind === 'partial', shouldStop: options.shouldStop });
  await store.appendToStream(
    DEMO_LOADED_STREAM,
    [
      {
        id: '6f1b2f0e-4c55-5d0a-9a8e-1d3c2b7e9a01',
        type: 'DemoDataLoaded',
        data: { organisationEvents: DEMO_ORGANISATION.length, tasks, until: until.toISOString() },
        metadata: { actor: DEMO_RECORDER, commandId: 'demo-loaded', correlationId: 'demo-organisation', causationId: null, occurredAt: new Date().toISOString(), schemaVersion: 1 },
      },
    ],
    { expectedVersion: 'any' },
  );
  return tasks;
}
