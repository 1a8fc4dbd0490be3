import type { Pool } from 'pg';
import type { EventStore, StoredEvent } from '@lib/event-store';

/**
 * A voiding or correction that touches the corrector's own affairs: `ownEntry` when it was made by (or
 * recorded for) the official the original entry was recorded for; `findingIds` when the corrector is a
 * person named in a finding that rests on the original entry (the findings read model lists it among the
 * finding's `contestedBy`, the same test that holds the finding for the inspector).
 */
export interface SelfCorrection {
  ownEntry: boolean;
  findingIds: string[];
}

const COMPENSATIONS = new Set(['EntryVoided', 'EntryCorrected']);

/** The self-corrections among a page of the log, by event id: read only when the page holds compensations. */
export async function selfCorrectionsOf(
  events: readonly StoredEvent[],
  store: EventStore,
  pool: Pool,
): Promise<Map<string, SelfCorrection>> {
  const compensations = events.filter((event) => COMPENSATIONS.has(event.type));
  const marks = new Map<string, SelfCorrection>();
  if (compensations.length === 0) return marks;
  const originals = new Map<string, StoredEvent | undefined>();
  for (const event of compensations) {
    const originalId = String(event.data['originalEventId']);
    if (!originals.has(originalId)) originals.set(originalId, await store.readEvent(originalId));
  }
  const { rows } = await pool.query<{ finding_id: string; contested_by: Array<{ eventId: string }> }>(
    'SELECT finding_id, contested_by FROM rm_finding WHERE contested_by @> ANY($1::jsonb[]) ORDER BY finding_id',
    [compensations.map((event) => JSON.stringify([{ eventId: event.id }]))],
  );
  for (const event of compensations) {
    const original = originals.get(String(event.data['originalEventId']));
    const corrector = (event.metadata.onBehalfOf ?? event.metadata.actor).personId;
    const ownEntry = original !== undefined && (original.metadata.onBehalfOf ?? original.metadata.actor).personId === corrector;
    const findingIds = rows.filter((row) => row.contested_by.some((contest) => contest.eventId === event.id)).map((row) => row.finding_id);
    if (ownEntry || findingIds.length > 0) marks.set(event.id, { ownEntry, findingIds });
  }
  return marks;
}
