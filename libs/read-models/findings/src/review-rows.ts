import type { ReviewData } from '@lib/domain/finding-review';
import type { EventMetadata, StoredEvent } from '@lib/event-store';
import type { ProjectionTransaction } from '@lib/projector';

/** One inspector judgement as the findings read model shows it (the latest one sets the review status). */
export interface ReviewEntry {
  eventId: string;
  decision: 'confirmed' | 'dismissed';
  justification: string;
  inspector: { personId: string; unitId: string };
  occurredAt: string;
  recordedAt: string;
  globalPosition: number;
  revisesEventId: string | null;
}

export async function applyReview(tx: ProjectionTransaction, event: StoredEvent): Promise<void> {
  const data = event.data as unknown as ReviewData;
  const metadata = event.metadata as EventMetadata;
  const entry: ReviewEntry = {
    eventId: event.id,
    decision: event.type === 'FindingConfirmed' ? 'confirmed' : 'dismissed',
    justification: data.justification,
    inspector: { personId: metadata.actor.personId, unitId: metadata.actor.unitId },
    occurredAt: metadata.occurredAt,
    recordedAt: event.recordedAt,
    globalPosition: event.globalPosition,
    revisesEventId: data.revisesEventId,
  };
  await tx.query(
    `UPDATE rm_finding SET review_status = $2, reviews = reviews || jsonb_build_array($3::jsonb)
     WHERE finding_id = $1 AND NOT reviews @> jsonb_build_array(jsonb_build_object('eventId', $4::text))`,
    [data.findingId, entry.decision, JSON.stringify(entry), event.id],
  );
}
