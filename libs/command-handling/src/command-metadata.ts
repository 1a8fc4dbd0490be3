import type { EventMetadata, ImportOrigin } from '@lib/event-store';

/** Who records a command and how the request is traced: stamped on every event the command appends. */
export interface CommandMetadata {
  actor: { personId: string; unitId: string };
  /** A clerk recording for a named official: both are kept. */
  onBehalfOf?: { personId: string; unitId: string };
  commandId: string;
  correlationId: string;
  /**
   * The event (or command) that caused this one. Omitted: the stream's last event before the append
   * (null on a new stream).
   */
  causationId?: string | null;
  /** When it happened in the office (any ISO-8601 instant; stored normalised to UTC). */
  occurredAt: string;
  schemaVersion: number;
  /** History loaded in bulk: its source and batch. */
  import?: ImportOrigin;
}

/** The stored metadata of an event the command appends after `previousEventId` (null on a new stream). */
export function stampMetadata(metadata: CommandMetadata, previousEventId: string | null): EventMetadata {
  const { actor, onBehalfOf } = metadata;
  return {
    actor: { personId: actor.personId, unitId: actor.unitId },
    ...(onBehalfOf ? { onBehalfOf: { personId: onBehalfOf.personId, unitId: onBehalfOf.unitId } } : {}),
    commandId: metadata.commandId,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId === undefined ? previousEventId : metadata.causationId,
    occurredAt: new Date(metadata.occurredAt).toISOString(),
    schemaVersion: metadata.schemaVersion,
    ...(metadata.import ? { import: { source: metadata.import.source, batchId: metadata.import.batchId } } : {}),
  };
}
