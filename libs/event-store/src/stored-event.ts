/**
 * History loaded in bulk (the demo city, an earlier system's records, an organisation file): where it came
 * from and the batch it was loaded in. Such events are recorded long after they occurred without being late.
 */
export interface ImportOrigin {
  /** Where the history comes from, as a person reads it (e.g. `demo-city`, `import-org:so-noi-vu.csv`). */
  source: string;
  /** The load it came in; the batch's lifecycle, when it has one, is the stream `import-<batchId>`. */
  batchId: string;
}

/** Who did it, when it happened in the office, and how it came in. Stored with every event. */
export interface EventMetadata {
  actor: { personId: string; unitId: string };
  /** A clerk may record an event on behalf of a named official: both are kept. */
  onBehalfOf?: { personId: string; unitId: string };
  commandId: string;
  correlationId: string;
  causationId: string | null;
  /** When it happened in the office, as declared (ISO-8601 instant). Custody is computed on this. */
  occurredAt: string;
  schemaVersion: number;
  /** Present on history loaded in bulk: its source and batch. */
  import?: ImportOrigin;
  [extension: string]: unknown;
}

export interface NewEvent<Type extends string = string, Data = Record<string, unknown>> {
  /** UUID; also the idempotency key of the append. */
  id: string;
  /** Explicit stored type name, never a class name. */
  type: Type;
  data: Data;
  metadata: EventMetadata;
}

/**
 * An opaque, adapter-specific token for a place in the global log. Callers store it and pass it
 * back to `readAll` / `subscribe`; they never parse or compare it.
 */
export type Checkpoint = string;

export interface StoredEvent<Type extends string = string, Data = Record<string, unknown>> extends NewEvent<Type, Data> {
  streamId: string;
  /** 0 for the first event of a stream. */
  streamVersion: number;
  /** A unique, increasing number per event, cited as evidence. Log order is given by `checkpoint`. */
  globalPosition: number;
  checkpoint: Checkpoint;
  /** When the store recorded it (ISO-8601), set by the store. */
  recordedAt: string;
}

export interface AppendResult {
  /** The stream's version after the append: pass it as the next expected version. */
  nextExpectedVersion: number;
  events: ReadonlyArray<{ id: string; streamVersion: number; globalPosition: number; recordedAt: string }>;
  /** True when every event was already stored at these positions: nothing was written. */
  replayed: boolean;
}
