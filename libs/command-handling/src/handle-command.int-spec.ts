import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { runMigrations } from '@lib/database';
import { DomainError, type Decider, type DomainEvent } from '@lib/domain/core';
import { eventStoreMigrations, PostgresEventStore, type EventStore } from '@lib/event-store';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { StreamAlreadyExistsError, StreamConflictError } from './command-handling.errors';
import { handleCommand, type HandleCommandOptions } from './handle-command';
import type { CommandMetadata } from './command-metadata';

// A counter of documents received by a ward office: small enough to read, enough to exercise the loop.
type Received = DomainEvent<'DocumentReceived', { number: string }>;
type Receive = { type: 'ReceiveDocument'; number: string };
type Register = { numbers: string[] };

class AlreadyReceivedError extends DomainError {
  constructor(number: string) {
    super('DOCUMENT_ALREADY_RECEIVED', `Văn bản số ${number} đã được tiếp nhận.`, { context: { number } });
  }
}

const register: Decider<Receive, Received, Register> = {
  initialState: () => ({ numbers: [] }),
  evolve: (state, event) => ({ numbers: [...state.numbers, event.data.number] }),
  decide: (command, state) => {
    if (state.numbers.includes(command.number)) throw new AlreadyReceivedError(command.number);
    return [{ type: 'DocumentReceived', data: { number: command.number } }];
  },
};

let sequence = 0;
const streamId = (): string => `register-${++sequence}`;
const metadata = (commandId: string, extra: Partial<CommandMetadata> = {}): CommandMetadata => ({
  actor: { personId: 'van-thu-phuong-1', unitId: 'ubnd-phuong-1' },
  commandId,
  correlationId: `corr-${commandId}`,
  occurredAt: '2026-03-02T09:00:00+07:00',
  schemaVersion: 1,
  ...extra,
});
const options = (extra: Partial<HandleCommandOptions> = {}): HandleCommandOptions => ({
  retries: 3,
  eventId: (index) => `00000000-0000-5000-8000-${String(++sequence * 10 + index).padStart(12, '0')}`,
  backoffMs: () => 0,
  ...extra,
});

/** Another office appends to the stream between our read and our append, `times` times. */
function racing(store: EventStore, times: number): EventStore {
  let left = times;
  return Object.assign(Object.create(store) as EventStore, {
    appendToStream: async (...args: Parameters<EventStore['appendToStream']>) => {
      if (left-- > 0) {
        const [id] = args;
        const current = await store.readStream(id);
        await store.appendToStream(
          id,
          [
            {
              id: options().eventId(0),
              type: 'DocumentReceived',
              data: { number: `khac-${left}` },
              metadata: { ...metadata('other'), causationId: null },
            },
          ],
          {
            expectedVersion: current.length === 0 ? 'no_stream' : current.length - 1,
          },
        );
      }
      return store.appendToStream(...args);
    },
  });
}

describe('handleCommand: read, fold, replay, decide, stamp, append, retry', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase('cmd_handling');
    pool = new Pool({ connectionString: db.url, max: 4 });
    await runMigrations(pool, eventStoreMigrations);
    store = new PostgresEventStore(pool, {});
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  it('appends what the decider decides, stamped with the metadata (occurredAt normalised, caused by the last event)', async () => {
    const id = streamId();
    const first = await handleCommand(store, register, id, { type: 'ReceiveDocument', number: '12/UBND' }, metadata('c1'), options());
    const second = await handleCommand(
      store,
      register,
      id,
      { type: 'ReceiveDocument', number: '13/UBND' },
      metadata('c2', {
        onBehalfOf: { personId: 'chu-tich-phuong-1', unitId: 'ubnd-phuong-1' },
        import: { source: 'so-cu', batchId: 'b1' },
      }),
      options(),
    );
    expect(first).toMatchObject({
      replayed: false,
      streamVersion: 0,
      events: [{ type: 'DocumentReceived', data: { number: '12/UBND' }, streamVersion: 0 }],
    });
    expect(second.streamVersion).toBe(1);
    const [, stored] = await store.readStream(id);
    expect(stored!.metadata).toEqual({
      actor: { personId: 'van-thu-phuong-1', unitId: 'ubnd-phuong-1' },
      onBehalfOf: { personId: 'chu-tich-phuong-1', unitId: 'ubnd-phuong-1' },
      commandId: 'c2',
      correlationId: 'corr-c2',
      causationId: first.events[0]!.id,
      occurredAt: '2026-03-02T02:00:00.000Z',
      schemaVersion: 1,
      import: { source: 'so-cu', batchId: 'b1' },
    });
  });

  it('answers a command already recorded (same command id, same actor) from the stream, writing nothing', async () => {
    const id = streamId();
    const first = await handleCommand(store, register, id, { type: 'ReceiveDocument', number: '14/UBND' }, metadata('c3'), options());
    const again = await handleCommand(store, register, id, { type: 'ReceiveDocument', number: '14/UBND' }, metadata('c3'), options());
    expect(again).toEqual({ ...first, replayed: true });
    expect(await store.readStream(id)).toHaveLength(1);
  });

  it('with replay by event ids, writes a second part of the same command to the stream, and refuses a part whose stream moved on', async () => {
    const id = streamId();
    const part = (number: string, version: number): Promise<unknown> =>
      handleCommand(
        store,
        register,
        id,
        { type: 'ReceiveDocument', number },
        metadata('c-file'),
        options({
          replay: 'event-ids',
          expectedStreamVersion: version,
          eventId: (index) => `00000000-0000-5000-8000-0000000${version + 1}${index}000`,
        }),
      );
    await part('20/UBND', -1);
    await handleCommand(store, register, id, { type: 'ReceiveDocument', number: '21/UBND' }, metadata('c10'), options());
    await expect(part('22/UBND', 1)).resolves.toMatchObject({ replayed: false, streamVersion: 2 });
    await expect(part('22/UBND', 1)).rejects.toBeInstanceOf(StreamConflictError);
    expect((await store.readStream(id)).map((event) => event.data['number'])).toEqual(['20/UBND', '21/UBND', '22/UBND']);
  });

  it('lets a domain refusal through and writes nothing', async () => {
    const id = streamId();
    await handleCommand(store, register, id, { type: 'ReceiveDocument', number: '15/UBND' }, metadata('c4'), options());
    await expect(
      handleCommand(store, register, id, { type: 'ReceiveDocument', number: '15/UBND' }, metadata('c5'), options()),
    ).rejects.toBeInstanceOf(AlreadyReceivedError);
    expect(await store.readStream(id)).toHaveLength(1);
  });

  it('decides again on the newer stream after a lost race, within the retries', async () => {
    const id = streamId();
    const handled = await handleCommand(
      racing(store, 2),
      register,
      id,
      { type: 'ReceiveDocument', number: '16/UBND' },
      metadata('c6'),
      options({ retries: 2 }),
    );
    expect(handled.streamVersion).toBe(2);
    expect((await store.readStream(id)).map((event) => event.data['number'])).toEqual(['khac-1', 'khac-0', '16/UBND']);
  });

  it('gives up with a typed conflict once every retry lost the race', async () => {
    const id = streamId();
    const lost = handleCommand(
      racing(store, 3),
      register,
      id,
      { type: 'ReceiveDocument', number: '17/UBND' },
      metadata('c7'),
      options({ retries: 2 }),
    );
    await expect(lost).rejects.toEqual(new StreamConflictError(id, 3));
    await expect(lost).rejects.toMatchObject({ streamId: id, attempts: 3 });
  });

  it('refuses to create a stream that exists, and to act on a version other than the one a command was prepared on', async () => {
    const id = streamId();
    await handleCommand(store, register, id, { type: 'ReceiveDocument', number: '18/UBND' }, metadata('c8'), options());
    await expect(
      handleCommand(
        store,
        register,
        id,
        { type: 'ReceiveDocument', number: '19/UBND' },
        metadata('c9'),
        options({ expectedStreamVersion: 'no_stream' }),
      ),
    ).rejects.toBeInstanceOf(StreamAlreadyExistsError);
    await expect(
      handleCommand(
        store,
        register,
        id,
        { type: 'ReceiveDocument', number: '19/UBND' },
        metadata('c9'),
        options({ expectedStreamVersion: 5 }),
      ),
    ).rejects.toMatchObject({ streamId: id, attempts: 1 });
    expect(await store.readStream(id)).toHaveLength(1);
  });
});
