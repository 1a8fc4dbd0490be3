import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DuplicateEventError,
  EmptyAppendError,
  EventTooLargeError,
  InvalidEventError,
  InvalidStreamIdError,
  WrongExpectedVersionError,
} from '../event-store.errors';
import type { EventStore } from '../event-store.port';
import type { Checkpoint, NewEvent, StoredEvent } from '../stored-event';
import { aStreamId, anEvent, someEvents } from './event-fixtures';

export interface ConformanceSubject {
  store: EventStore;
  /** Largest event the subject was configured to accept, in bytes. */
  maxEventBytes: number;
  dispose(): Promise<void>;
}

/** The behaviour every EventStore adapter must show. Call it from an adapter's integration spec. */
export function describeEventStoreConformance(adapter: string, createSubject: () => Promise<ConformanceSubject>): void {
  describe(`EventStore conformance: ${adapter}`, () => {
    let subject: ConformanceSubject;
    let store: EventStore;
    beforeAll(async () => {
      subject = await createSubject();
      store = subject.store;
    });
    afterAll(() => subject.dispose());

    describe('appending to a stream that does not exist', () => {
      it('stores the events at versions 0..n-1 with what was given and what the store adds', async () => {
        const streamId = aStreamId();
        const events = someEvents(3);
        const result = await store.appendToStream(streamId, events, { expectedVersion: 'no_stream' });
        expect(result.nextExpectedVersion).toBe(2);
        expect(result.replayed).toBe(false);
        const stored = await store.readStream(streamId);
        expect(stored.map((e) => [e.id, e.type, e.data, e.metadata, e.streamId, e.streamVersion])).toEqual(
          events.map((e, i) => [e.id, e.type, e.data, e.metadata, streamId, i]),
        );
        expect(stored.map((e) => e.globalPosition)).toEqual(result.events.map((e) => e.globalPosition));
        expect(isStrictlyIncreasing(stored.map((e) => e.globalPosition))).toBe(true);
        for (const event of stored) expect(Number.isNaN(Date.parse(event.recordedAt))).toBe(false);
      });

      it('rejects a numeric expected version and writes nothing', async () => {
        const streamId = aStreamId();
        await expect(store.appendToStream(streamId, someEvents(1), { expectedVersion: 0 })).rejects.toMatchObject({
          constructor: WrongExpectedVersionError,
          actual: 'no_stream',
        });
        expect(await store.readStream(streamId)).toEqual([]);
      });

      it('reads as an empty stream', async () => {
        expect(await store.readStream(aStreamId())).toEqual([]);
      });
    });

    describe('appending to an existing stream', () => {
      it('accepts the current version and continues the numbering', async () => {
        const streamId = aStreamId();
        await store.appendToStream(streamId, someEvents(2), { expectedVersion: 'no_stream' });
        const result = await store.appendToStream(streamId, someEvents(2), { expectedVersion: 1 });
        expect(result.events.map((e) => e.streamVersion)).toEqual([2, 3]);
        expect((await store.readStream(streamId)).map((e) => e.streamVersion)).toEqual([0, 1, 2, 3]);
      });

      it('raises a typed conflict for a stale version and writes nothing', async () => {
        const streamId = aStreamId();
        await store.appendToStream(streamId, someEvents(2), { expectedVersion: 'no_stream' });
        const error = await store.appendToStream(streamId, someEvents(1), { expectedVersion: 0 }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedVersionError);
        expect(error).toMatchObject({ streamId, expected: 0, actual: 1, code: 'wrong_expected_version' });
        expect(await store.readStream(streamId)).toHaveLength(2);
      });

      it('rejects no_stream', async () => {
        const streamId = aStreamId();
        await store.appendToStream(streamId, someEvents(1), { expectedVersion: 'no_stream' });
        await expect(store.appendToStream(streamId, someEvents(1), { expectedVersion: 'no_stream' })).rejects.toBeInstanceOf(
          WrongExpectedVersionError,
        );
        expect(await store.readStream(streamId)).toHaveLength(1);
      });

      it('accepts any version with `any`', async () => {
        const streamId = aStreamId();
        await store.appendToStream(streamId, someEvents(1), { expectedVersion: 'any' });
        await store.appendToStream(streamId, someEvents(1), { expectedVersion: 'any' });
        expect((await store.readStream(streamId)).map((e) => e.streamVersion)).toEqual([0, 1]);
      });

      it('lets exactly one of several concurrent writers at the same version win', async () => {
        const streamId = aStreamId();
        await store.appendToStream(streamId, someEvents(1), { expectedVersion: 'no_stream' });
        const outcomes = await Promise.allSettled(
          Array.from({ length: 6 }, () => store.appendToStream(streamId, someEvents(2), { expectedVersion: 0 })),
        );
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const failed of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
          expect(failed.reason).toBeInstanceOf(WrongExpectedVersionError);
        }
        expect((await store.readStream(streamId)).map((e) => e.streamVersion)).toEqual([0, 1, 2]);
      });
    });

    describe('re-appending events that are already stored (idempotency)', () => {
      it('succeeds without duplicating when the same ids come again at the same place', async () => {
        const streamId = aStreamId();
        const events = someEvents(3);
        const first = await store.appendToStream(streamId, events, { expectedVersion: 'no_stream' });
        const again = await store.appendToStream(streamId, events, { expectedVersion: 'no_stream' });
        expect(again.replayed).toBe(true);
        expect(again.events).toEqual(first.events);
        expect(again.nextExpectedVersion).toBe(2);
        const withAny = await store.appendToStream(streamId, events, { expectedVersion: 'any' });
        expect(withAny.replayed).toBe(true);
        expect(await store.readStream(streamId)).toHaveLength(3);
      });

      it('replays a later batch retried with its original expected version', async () => {
        const streamId = aStreamId();
        await store.appendToStream(streamId, someEvents(2), { expectedVersion: 'no_stream' });
        const second = someEvents(2);
        await store.appendToStream(streamId, second, { expectedVersion: 1 });
        const retried = await store.appendToStream(streamId, second, { expectedVersion: 1 });
        expect(retried.replayed).toBe(true);
        expect(retried.events.map((e) => e.streamVersion)).toEqual([2, 3]);
        expect(await store.readStream(streamId)).toHaveLength(4);
      });

      it('rejects the same id with different content', async () => {
        const streamId = aStreamId();
        const [event] = someEvents(1) as [NewEvent];
        await store.appendToStream(streamId, [event], { expectedVersion: 'no_stream' });
        const altered = { ...event, data: { note: 'nội dung khác' } };
        await expect(store.appendToStream(streamId, [altered], { expectedVersion: 'no_stream' })).rejects.toBeInstanceOf(
          DuplicateEventError,
        );
        expect((await store.readStream(streamId)).map((e) => e.data)).toEqual([event.data]);
      });

      it('rejects the same id in another stream and writes nothing there', async () => {
        const [event] = someEvents(1) as [NewEvent];
        await store.appendToStream(aStreamId(), [event], { expectedVersion: 'no_stream' });
        const other = aStreamId();
        await expect(store.appendToStream(other, [anEvent(), event], { expectedVersion: 'no_stream' })).rejects.toBeInstanceOf(
          DuplicateEventError,
        );
        expect(await store.readStream(other)).toEqual([]);
      });

      it('rejects a batch that repeats stored ids mixed with new ones, writing nothing', async () => {
        const streamId = aStreamId();
        const stored = someEvents(2);
        await store.appendToStream(streamId, stored, { expectedVersion: 'no_stream' });
        await expect(store.appendToStream(streamId, [stored[1]!, anEvent()], { expectedVersion: 'any' })).rejects.toBeInstanceOf(
          DuplicateEventError,
        );
        expect(await store.readStream(streamId)).toHaveLength(2);
      });
    });

    describe('bad input', () => {
      const badStreamIds: unknown[] = [
        '',
        'task',
        '-abc',
        'Task-1',
        'task-',
        'task- 1',
        '$all',
        'task-a b',
        42,
        null,
        `task-${'x'.repeat(300)}`,
      ];
      it.each(badStreamIds.map((id) => [JSON.stringify(id)?.slice(0, 30), id]))('rejects stream id %s', async (_label, id) => {
        await expect(store.appendToStream(id as string, someEvents(1), { expectedVersion: 'any' })).rejects.toBeInstanceOf(
          InvalidStreamIdError,
        );
      });

      it('rejects an empty event list', async () => {
        const streamId = aStreamId();
        await expect(store.appendToStream(streamId, [], { expectedVersion: 'any' })).rejects.toBeInstanceOf(EmptyAppendError);
        expect(await store.readStream(streamId)).toEqual([]);
      });

      const broken: Array<[string, (e: NewEvent) => unknown, string]> = [
        ['no type', (e) => ({ ...e, type: undefined }), 'type'],
        ['an empty type', (e) => ({ ...e, type: '' }), 'type'],
        ['no id', (e) => ({ ...e, id: undefined }), 'id'],
        ['an id that is not a UUID', (e) => ({ ...e, id: 'event-1' }), 'id'],
        ['data that is not an object', (e) => ({ ...e, data: 'text' }), 'data'],
        ['no actor', (e) => ({ ...e, metadata: { ...e.metadata, actor: undefined } }), 'metadata.actor'],
        [
          'an occurredAt that is not an instant',
          (e) => ({ ...e, metadata: { ...e.metadata, occurredAt: '23/11/2026' } }),
          'metadata.occurredAt',
        ],
        ['no schema version', (e) => ({ ...e, metadata: { ...e.metadata, schemaVersion: undefined } }), 'metadata.schemaVersion'],
      ];
      it.each(broken)('rejects an event with %s, writing none of the batch', async (_label, breakIt, field) => {
        const streamId = aStreamId();
        const events = [anEvent(), breakIt(anEvent())] as NewEvent[];
        await expect(store.appendToStream(streamId, events, { expectedVersion: 'any' })).rejects.toMatchObject({
          constructor: InvalidEventError,
          index: 1,
          field,
        });
        expect(await store.readStream(streamId)).toEqual([]);
      });

      it('rejects an event id repeated inside one batch', async () => {
        const event = anEvent();
        await expect(store.appendToStream(aStreamId(), [event, { ...event }], { expectedVersion: 'any' })).rejects.toBeInstanceOf(
          InvalidEventError,
        );
      });

      it('rejects an oversized event with its size and the limit, writing nothing', async () => {
        const streamId = aStreamId();
        const huge = anEvent('TaskCommented', { note: 'ý'.repeat(subject.maxEventBytes) });
        const error = await store.appendToStream(streamId, [anEvent(), huge], { expectedVersion: 'any' }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(EventTooLargeError);
        expect(error).toMatchObject({ index: 1, limitBytes: subject.maxEventBytes });
        expect((error as EventTooLargeError).bytes).toBeGreaterThan(subject.maxEventBytes);
        expect(await store.readStream(streamId)).toEqual([]);
      });
    });

    describe('reading one event by id', () => {
      it('finds it in whichever stream holds it', async () => {
        const streamId = aStreamId();
        const events = someEvents(2);
        await store.appendToStream(streamId, events, { expectedVersion: 'no_stream' });
        const found = await store.readEvent(events[1]!.id);
        expect(found).toMatchObject({ id: events[1]!.id, streamId, streamVersion: 1, data: events[1]!.data });
      });
      it('answers undefined for an unknown or malformed id', async () => {
        expect(await store.readEvent(anEvent().id)).toBeUndefined();
        expect(await store.readEvent('not-a-uuid')).toBeUndefined();
      });
    });

    describe('reading the global log', () => {
      it('returns events of all streams in append order, page by page, each once', async () => {
        const start = await headCheckpoint(store);
        const a = aStreamId();
        const b = aStreamId();
        const appended: string[] = [];
        for (const [stream, count] of [
          [a, 2],
          [b, 3],
          [a, 1],
        ] as const) {
          const events = someEvents(count);
          await store.appendToStream(stream, events, { expectedVersion: 'any' });
          appended.push(...events.map((e) => e.id));
        }
        await visibleInLog(store, start, appended[appended.length - 1]!);
        const pages: StoredEvent[][] = [];
        let after = start;
        for (;;) {
          const page = await store.readAll({ after, limit: 2 });
          if (page.length === 0) break;
          pages.push(page);
          after = page[page.length - 1]!.checkpoint;
        }
        expect(
          pages
            .flat()
            .filter((e) => e.streamId === a || e.streamId === b)
            .map((e) => e.id),
        ).toEqual(appended);
        expect(pages.every((page) => page.length <= 2)).toBe(true);
      });

      it('reads only the streams of the categories asked for, still in log order', async () => {
        const start = await headCheckpoint(store);
        const unitEvents = someEvents(2, 'UnitEstablished');
        const personEvents = someEvents(1, 'PersonRegistered');
        await store.appendToStream(aStreamId('unit'), [unitEvents[0]!], { expectedVersion: 'no_stream' });
        await store.appendToStream(aStreamId('task'), someEvents(3), { expectedVersion: 'no_stream' });
        await store.appendToStream(aStreamId('person'), personEvents, { expectedVersion: 'no_stream' });
        await store.appendToStream(aStreamId('unit'), [unitEvents[1]!], { expectedVersion: 'no_stream' });
        await visibleInLog(store, start, unitEvents[1]!.id);
        const read = await store.readAll({ after: start, limit: 100, categories: ['unit', 'person'] });
        expect(read.map((e) => e.id)).toEqual([unitEvents[0]!.id, personEvents[0]!.id, unitEvents[1]!.id]);
        expect(await store.readAll({ after: start, limit: 100, categories: ['case'] })).toEqual([]);
      });

      it('makes every earlier commit readable once awaitVisibility resolves', async () => {
        const start = await headCheckpoint(store);
        const events = someEvents(3);
        await store.appendToStream(aStreamId(), events, { expectedVersion: 'no_stream' });
        await store.awaitVisibility();
        const read = (await store.readAll({ after: start, limit: 1000 })).map((e) => e.id);
        expect(read).toEqual(expect.arrayContaining(events.map((e) => e.id)));
      });

      it('reads nothing past the head', async () => {
        const head = await headCheckpoint(store);
        expect(await store.readAll({ after: head, limit: 100 })).toEqual([]);
      });
    });

    describe('subscribing', () => {
      it('catches up from a checkpoint, then delivers new appends live, and stops when closed', async () => {
        const start = await headCheckpoint(store);
        const streamId = aStreamId();
        const before = someEvents(3);
        await store.appendToStream(streamId, before, { expectedVersion: 'no_stream' });
        const subscription = store.subscribe({ after: start, pollIntervalMs: 200 });
        const received: string[] = [];
        const after = someEvents(2);
        const consumed = (async () => {
          for await (const event of subscription) {
            if (event.streamId !== streamId) continue;
            received.push(event.id);
            if (received.length === 3) await store.appendToStream(streamId, after, { expectedVersion: 2 });
            if (received.length === 5) await subscription.close();
          }
        })();
        await withTimeout(consumed, 4000, 'the subscription did not deliver the live events before the poll interval');
        expect(received).toEqual([...before, ...after].map((e) => e.id));
      });
    });

    it('reports its health and the last global position', async () => {
      const streamId = aStreamId();
      const result = await store.appendToStream(streamId, someEvents(1), { expectedVersion: 'no_stream' });
      const health = await store.health();
      expect(health.ok).toBe(true);
      expect(health.lastGlobalPosition).toBeGreaterThanOrEqual(result.events[0]!.globalPosition);
    });
  });
}

/**
 * Readers see an event only once every transaction older than its own has ended, cluster-wide: a test that
 * reads right after appending waits for that instead of assuming it.
 */
export async function visibleInLog(store: EventStore, after: Checkpoint | undefined, eventId: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    let cursor = after;
    for (;;) {
      const page = await store.readAll({ after: cursor, limit: 1000 });
      if (page.some((event) => event.id === eventId)) return;
      if (page.length === 0) break;
      cursor = page[page.length - 1]!.checkpoint;
    }
    if (Date.now() > until) throw new Error(`event ${eventId} did not become visible in the log within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function headCheckpoint(store: EventStore): Promise<Checkpoint | undefined> {
  let after: Checkpoint | undefined;
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page.length === 0) return after;
    after = page[page.length - 1]!.checkpoint;
  }
}

function isStrictlyIncreasing(values: number[]): boolean {
  return values.every((value, i) => i === 0 || value > values[i - 1]!);
}

async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
