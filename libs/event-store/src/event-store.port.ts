import type { AppendResult, Checkpoint, NewEvent, StoredEvent } from './stored-event';

/** `no_stream`: the stream must not exist yet; `any`: no check; a number: the stream's current version. */
export type ExpectedVersion = number | 'no_stream' | 'any';

export interface AppendOptions {
  expectedVersion: ExpectedVersion;
}

export interface ReadAllOptions {
  /** Read events after this checkpoint; omit to read from the start of the log. */
  after?: Checkpoint;
  limit: number;
  /** Only streams of these categories (the part of the stream id before the first dash, e.g. `unit`). */
  categories?: ReadonlyArray<string>;
}

export interface SubscribeOptions {
  after?: Checkpoint;
  /** Only streams of these categories; all streams when omitted. */
  categories?: ReadonlyArray<string>;
  /** Events fetched per read while catching up. */
  batchSize?: number;
  /** How often to look for new events when no wake-up arrives. */
  pollIntervalMs?: number;
}

/** A catch-up-then-live subscription. Iterate it; `close()` ends the iteration. */
export interface EventSubscription extends AsyncIterable<StoredEvent> {
  close(): Promise<void>;
}

export interface EventStoreHealth {
  ok: boolean;
  adapter: string;
  /** The global position of the last event in the log (0 when empty). */
  lastGlobalPosition: number;
  detail?: string;
}

/**
 * The event store port. Adapters: PostgreSQL (reference) and, for clustered deployments,
 * EventStoreDB/KurrentDB. Every adapter passes the same conformance suite.
 */
export interface EventStore {
  appendToStream(streamId: string, events: ReadonlyArray<NewEvent>, options: AppendOptions): Promise<AppendResult>;
  /** All events of a stream in version order; an empty array when the stream does not exist. */
  readStream(streamId: string): Promise<StoredEvent[]>;
  /** One event by its id, wherever it is stored; undefined when there is none. */
  readEvent(eventId: string): Promise<StoredEvent | undefined>;
  /** Events in global log order. Never returns an event whose writing transaction may still be followed by an earlier one. */
  readAll(options: ReadAllOptions): Promise<StoredEvent[]>;
  subscribe(options?: SubscribeOptions): EventSubscription;
  /**
   * Resolves once every event committed before the call is visible to `readAll` (a reader may lag while
   * older transactions are still open). Readers that must start complete, e.g. at boot, await it first.
   */
  awaitVisibility(timeoutMs?: number): Promise<void>;
  health(): Promise<EventStoreHealth>;
}

/** What a reader of single streams needs of the event store (the read-model queries that cite a stream's events). */
export type StreamReader = Pick<EventStore, 'readStream'>;
