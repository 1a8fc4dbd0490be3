import type { Decider, DomainEvent } from '@lib/domain/core';
import { WrongExpectedVersionError, type EventStore, type NewEvent, type StoredEvent } from '@lib/event-store';
import { stampMetadata, type CommandMetadata } from './command-metadata';
import { foldStream } from './recorded-event';
import { StreamAlreadyExistsError, StreamConflictError } from './command-handling.errors';

/** An event the command wrote (or, on a replay, found already written), as the store holds it. */
export interface WrittenEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
  streamVersion: number;
  globalPosition: number;
  occurredAt: string;
  recordedAt: string;
}

export interface HandledCommand {
  events: WrittenEvent[];
  /** The stream's version after the command. */
  streamVersion: number;
  /** True when the command had already been recorded (same command id, same actor): nothing was written. */
  replayed: boolean;
}

export interface HandleCommandOptions {
  /** How many times a lost race is tried again before `StreamConflictError`. */
  retries: number;
  /** The id of the `index`-th event the command decides: stable across retries, so nothing is written twice. */
  eventId(index: number): string;
  /**
   * `any` (the default): whatever the stream holds. `no_stream`: the command creates the stream; if it already
   * exists (and this command is not in it) nothing is decided: `StreamAlreadyExistsError`. A number: the
   * command was prepared on that version (e.g. judged from it); on any other, `StreamConflictError` at once.
   */
  expectedStreamVersion?: 'no_stream' | 'any' | number;
  /**
   * `command` (the default): a command whose id and actor are already in the stream is answered from the stream.
   * `event-ids`: a command that writes one stream in several parts (an organisation file, planned across
   * streams) is not answered from its earlier parts; each part is prepared on a stream version
   * (`expectedStreamVersion`) and names its events by it, and the store finds a part already written by its ids.
   */
  replay?: 'command' | 'event-ids';
  /** Pause before attempt `attempt + 1`; growing full jitter by default. */
  backoffMs?(attempt: number): number;
}

/** Writers racing on one stream spread out instead of colliding again. */
function fullJitterBackoff(attempt: number): number {
  return Math.random() * Math.min(400, 10 * 2 ** attempt);
}

/**
 * One command on one stream: read it, fold it, answer from the stream if this command (by command id and
 * actor) is already there, otherwise decide, stamp the metadata and append at the version read. A lost race
 * is tried again from a fresh read, `retries` times, then `StreamConflictError`. Domain errors thrown by the
 * decider pass through untouched, and nothing is written.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  streamId: string,
  command: Command,
  metadata: CommandMetadata,
  options: HandleCommandOptions,
): Promise<HandledCommand> {
  for (let attempt = 0; ; attempt++) {
    const history = await store.readStream(streamId);
    const earlier = (options.replay ?? 'command') === 'command' ? history.filter((event) => sameCommand(event, metadata)) : [];
    if (earlier.length > 0) return { events: earlier.map(writtenOf), streamVersion: earlier.at(-1)!.streamVersion, replayed: true };
    const expected = options.expectedStreamVersion ?? 'any';
    if (expected === 'no_stream' && history.length > 0) throw new StreamAlreadyExistsError(streamId);
    if (typeof expected === 'number' && expected !== history.length - 1) throw new StreamConflictError(streamId, attempt + 1);
    const decided = decider.decide(command, foldStream(decider, history));
    const stamped = stampMetadata(metadata, history.at(-1)?.id ?? null);
    const events: NewEvent[] = decided.map((event, index) => ({
      id: options.eventId(index),
      type: event.type,
      data: event.data as Record<string, unknown>,
      metadata: stamped,
    }));
    try {
      const appended = await store.appendToStream(streamId, events, {
        expectedVersion: history.length === 0 ? 'no_stream' : history.length - 1,
      });
      return {
        events: appended.events.map((stored, index) => ({
          id: stored.id,
          type: events[index]!.type,
          data: events[index]!.data,
          streamVersion: stored.streamVersion,
          globalPosition: stored.globalPosition,
          occurredAt: stamped.occurredAt,
          recordedAt: stored.recordedAt,
        })),
        streamVersion: appended.nextExpectedVersion,
        replayed: appended.replayed,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (attempt >= options.retries || typeof expected === 'number') throw new StreamConflictError(streamId, attempt + 1);
      await new Promise((resolve) => setTimeout(resolve, (options.backoffMs ?? fullJitterBackoff)(attempt)));
    }
  }
}

function sameCommand(event: StoredEvent, metadata: CommandMetadata): boolean {
  return event.metadata.commandId === metadata.commandId && event.metadata.actor.personId === metadata.actor.personId;
}

function writtenOf(event: StoredEvent): WrittenEvent {
  return {
    id: event.id,
    type: event.type,
    data: event.data,
    streamVersion: event.streamVersion,
    globalPosition: event.globalPosition,
    occurredAt: event.metadata.occurredAt,
    recordedAt: event.recordedAt,
  };
}
