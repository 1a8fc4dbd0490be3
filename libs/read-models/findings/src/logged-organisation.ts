import { OrganisationTimeline, type OrgEvent } from '@lib/domain/org';
import type { ProjectionTransaction } from '@lib/projector';
import type { StoredEvent } from '@lib/event-store';

/**
 * The organisation as the log knew it at the event being judged: the findings projection keeps its own
 * copy of the organisation events, in log order, in a table it owns, and folds them in memory. A rebuild
 * therefore judges every task against the same organisation as the live run did, whatever came later.
 * The memory copy is checked against the table at each batch (a rolled-back batch or another process
 * leaves a different count) and reloaded when they differ.
 */
export class LoggedOrganisation {
  private timeline = new OrganisationTimeline();
  private readonly applied = new Set<string>();
  /** Folded in memory, not yet in the table: written by `flush` in the same transaction. */
  private unwritten: Array<{ seq: number; eventId: string; type: string; data: Record<string, unknown> }> = [];

  get current(): OrganisationTimeline {
    return this.timeline;
  }

  async sync(tx: ProjectionTransaction): Promise<void> {
    this.unwritten = [];
    const [row] = await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM rm_finding_org_event');
    if (row!.count === this.applied.size) return;
    const rows = await tx.query<{ event_id: string; type: string; data: Record<string, unknown> }>(
      'SELECT event_id, type, data FROM rm_finding_org_event ORDER BY seq',
    );
    this.timeline = new OrganisationTimeline();
    this.applied.clear();
    for (const stored of rows) this.fold(stored.event_id, stored.type, stored.data);
  }

  /** Folds the event at once (later events of the batch are judged with it); `flush` writes it. */
  apply(event: StoredEvent): void {
    if (this.applied.has(event.id)) return;
    this.unwritten.push({ seq: this.applied.size + 1, eventId: event.id, type: event.type, data: event.data });
    this.fold(event.id, event.type, event.data);
  }

  async flush(tx: ProjectionTransaction): Promise<void> {
    if (this.unwritten.length === 0) return;
    const rows = this.unwritten;
    this.unwritten = [];
    await tx.query(
      'INSERT INTO rm_finding_org_event (seq, event_id, type, data) SELECT * FROM unnest($1::int[], $2::uuid[], $3::text[], $4::jsonb[])',
      [
        rows.map((row) => row.seq),
        rows.map((row) => row.eventId),
        rows.map((row) => row.type),
        rows.map((row) => JSON.stringify(row.data)),
      ],
    );
  }

  private fold(eventId: string, type: string, data: Record<string, unknown>): void {
    this.timeline.apply({ type, data } as OrgEvent);
    this.applied.add(eventId);
  }
}
