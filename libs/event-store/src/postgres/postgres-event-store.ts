import type { DatabaseError, Pool } from 'pg';
import { assertValidAppend, assertValidStreamId, DEFAULT_MAX_EVENT_BYTES } from '../append-validation';
import { DuplicateEventError, VisibilityTimeoutError, WrongExpectedVersionError } from '../event-store.errors';
import type {
  AppendOptions,
  EventStore,
  EventStoreHealth,
  EventSubscription,
  ExpectedVersion,
  ReadAllOptions,
  SubscribeOptions,
} from '../event-store.port';
import type { AppendResult, NewEvent, StoredEvent } from '../stored-event';
import { decodeCheckpoint } from './postgres-checkpoint';
import { EVENT_COLUMNS, toStoredEvent, type EventRow } from './postgres-event-row';
import { PostgresNotifications } from './postgres-notifications';
import { PostgresSubscription } from './postgres-subscription';

export interface PostgresEventStoreOptions {
  /** Largest accepted event (data plus metadata, as JSON), in bytes. */
  maxEventBytes?: number;
  /**
   * How live subscriptions are woken (they also poll): `true` sends NOTIFY inside each append's transaction;
   * `'coalesced'` sends one NOTIFY after appends have committed, at most every `notifyDelayMs`, outside the
   * writers' commits (a notifying commit cannot share a WAL flush with others, so in-transaction NOTIFY
   * serialises concurrent writers); `false` sends none.
   */
  notify?: boolean | 'coalesced';
  /** With `notify: 'coalesced'`: how long appends are gathered before one NOTIFY (default 2 ms). */
  notifyDelayMs?: number;
}

export const APPENDED_CHANNEL = 'event_store_appended';
const MAX_READ_LIMIT = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AppendRow {
  event_id: string;
  stream_version: number;
  global_position: string;
  recorded_at: Date;
  replayed: boolean;
}

export class PostgresEventStore implements EventStore {
  private readonly maxEventBytes: number;
  private readonly notify: boolean | 'coalesced';
  private readonly notifyDelayMs: number;
  private notifyPending: NodeJS.Timeout | null = null;
  private readonly notifications: PostgresNotifications;

  constructor(
    private readonly pool: Pool,
    options: PostgresEventStoreOptions = {},
  ) {
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    this.notify = options.notify ?? true;
    this.notifyDelayMs = options.notifyDelayMs ?? 2;
    this.notifications = new PostgresNotifications(pool, APPENDED_CHANNEL);
  }

  async appendToStream(streamId: string, events: ReadonlyArray<NewEvent>, options: AppendOptions): Promise<AppendResult> {
    assertValidAppend(streamId, events, options?.expectedVersion, this.maxEventBytes);
    const expected = options.expectedVersion;
    try {
      const { rows } = await this.pool.query<AppendRow>(
        'SELECT * FROM append_to_stream($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[], $7::timestamptz[], $8)',
        [
          streamId,
          expectedAsNumber(expected),
          events.map((event) => event.id),
          events.map((event) => event.type),
          events.map((event) => JSON.stringify(event.data)),
          events.map((event) => JSON.stringify(event.metadata)),
          events.map((event) => event.metadata.occurredAt),
          this.notify === true,
        ],
      );
      rows.sort((a, b) => a.stream_version - b.stream_version);
      if (this.notify === 'coalesced' && !rows[0]!.replayed) this.notifySoon();
      return {
        nextExpectedVersion: rows[rows.length - 1]!.stream_version,
        replayed: rows[0]!.replayed,
        events: rows.map((row) => ({
          id: row.event_id,
          streamVersion: row.stream_version,
          globalPosition: Number(row.global_position),
          recordedAt: row.recorded_at.toISOString(),
        })),
      };
    } catch (error) {
      throw translateAppendError(error, streamId, expected, events);
    }
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    assertValidStreamId(streamId);
    const { rows } = await this.pool.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_version`, [
      streamId,
    ]);
    return rows.map(toStoredEvent);
  }

  /** One NOTIFY for every append committed in the last `notifyDelayMs`; a lost one only delays readers to their poll. */
  private notifySoon(): void {
    if (this.notifyPending !== null) return;
    this.notifyPending = setTimeout(() => {
      this.notifyPending = null;
      this.pool.query('SELECT pg_notify($1, $2)', [APPENDED_CHANNEL, '']).catch(() => undefined);
    }, this.notifyDelayMs);
    this.notifyPending.unref();
  }

  async readEvent(eventId: string): Promise<StoredEvent | undefined> {
    if (!UUID.test(eventId)) return undefined;
    const { rows } = await this.pool.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = $1`, [eventId]);
    return rows[0] ? toStoredEvent(rows[0]) : undefined;
  }

  async readAll(options: ReadAllOptions): Promise<StoredEvent[]> {
    const after = decodeCheckpoint(options.after);
    const limit = Math.max(1, Math.min(MAX_READ_LIMIT, Math.trunc(options.limit)));
    const categories = options.categories;
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
        WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
          AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
          ${categories ? 'AND category = ANY($4::text[])' : ''}
        ORDER BY events.transaction_id, events.global_position
        LIMIT $3`,
      categories ? [after.transactionId, after.globalPosition, limit, categories] : [after.transactionId, after.globalPosition, limit],
    );
    return rows.map(toStoredEvent);
  }

  subscribe(options: SubscribeOptions = {}): EventSubscription {
    return new PostgresSubscription(this, this.notifications, options);
  }

  async awaitVisibility(timeoutMs = 30_000): Promise<void> {
    const { rows } = await this.pool.query<{ horizon: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS horizon');
    const horizon = rows[0]!.horizon;
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { rows: check } = await this.pool.query<{ visible: boolean }>(
        'SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::xid8 AS visible',
        [horizon],
      );
      if (check[0]!.visible) return;
      if (Date.now() > until) throw new VisibilityTimeoutError(timeoutMs);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async health(): Promise<EventStoreHealth> {
    try {
      const { rows } = await this.pool.query<{ last: string | null }>('SELECT max(global_position) AS last FROM events');
      return { ok: true, adapter: 'postgresql', lastGlobalPosition: Number(rows[0]?.last ?? 0) };
    } catch (error) {
      return { ok: false, adapter: 'postgresql', lastGlobalPosition: 0, detail: (error as Error).message };
    }
  }
}

function expectedAsNumber(expected: ExpectedVersion): number {
  if (expected === 'any') return -2;
  if (expected === 'no_stream') return -1;
  return expected;
}

function translateAppendError(error: unknown, streamId: string, expected: ExpectedVersion, events: ReadonlyArray<NewEvent>): unknown {
  const dbError = error as Partial<DatabaseError>;
  switch (dbError.code) {
    case 'EV001': {
      const actual = Number(dbError.detail);
      return new WrongExpectedVersionError(streamId, expected, actual < 0 ? 'no_stream' : actual);
    }
    case 'EV002':
      return new DuplicateEventError(dbError.detail ?? events[0]!.id, 'stored before with other content or at another place');
    case '23505':
      if (dbError.constraint === 'events_event_id_key') {
        return new DuplicateEventError(events[0]!.id, 'appended concurrently to another stream');
      }
      return error;
    default:
      return error;
  }
}
