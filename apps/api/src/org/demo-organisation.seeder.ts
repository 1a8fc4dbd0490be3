import { DEMO_ORGANISATION, type DemoOrgEntry } from '@lib/domain/org';
import type { EventStore, NewEvent } from '@lib/event-store';
import { ORG_STREAM_CATEGORIES } from './organisation.read-model';

/** Who recorded the demo organisation: the system itself, on behalf of the city's office. */
export const DEMO_RECORDER = { personId: 'he-thong', unitId: 'van-phong-ubnd-tp' };

/** The demo city is history loaded in one batch: every event of it, organisation and tasks, carries this. */
export const DEMO_IMPORT = { source: 'demo-city', batchId: 'demo-city' } as const;

export interface DemoSeedingOptions {
  /** Append what is missing even though part of the demo is there (an earlier load was interrupted). */
  resume?: boolean;
  /** Asked between appends: true stops the seeding with `DemoLoadInterrupted`. */
  shouldStop?: () => boolean;
}

/** A stop was asked for while the demo was being loaded; what was appended stays, and the next start resumes. */
export class DemoLoadInterrupted extends Error {}

/**
 * Appends the demo city's organisation when the log holds no organisation yet; does nothing otherwise (with
 * `resume`, appends only what is missing: each append is all or nothing and re-appending stored events
 * changes nothing). Consecutive entries of one stream go in one append, keeping the demo's own order.
 */
export async function seedDemoOrganisation(store: EventStore, options: DemoSeedingOptions = {}): Promise<number> {
  const existing = await store.readAll({ limit: 1, categories: ORG_STREAM_CATEGORIES });
  if (existing.length > 0 && !options.resume) return 0;
  let batch: DemoOrgEntry[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    if (options.shouldStop?.()) throw new DemoLoadInterrupted('the demo organisation was not loaded whole');
    await store.appendToStream(batch[0]!.streamId, batch.map(toNewEvent), { expectedVersion: 'any' });
    batch = [];
  };
  for (const entry of DEMO_ORGANISATION) {
    if (batch.length > 0 && batch[0]!.streamId !== entry.streamId) await flush();
    batch.push(entry);
  }
  await flush();
  return DEMO_ORGANISATION.length;
}

function toNewEvent(entry: DemoOrgEntry): NewEvent {
  return {
    id: entry.eventId,
    type: entry.event.type,
    data: entry.event.data as unknown as Record<string, unknown>,
    metadata: {
      actor: DEMO_RECORDER,
      commandId: `demo-organisation-${entry.eventId}`,
      correlationId: 'demo-organisation',
      causationId: null,
      occurredAt: new Date(entry.occurredAt).toISOString(),
      schemaVersion: 1,
      import: { ...DEMO_IMPORT },
    },
  };
}
